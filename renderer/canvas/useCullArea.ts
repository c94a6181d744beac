// The area of a large chart whose boxes are handed to React Flow (culling.ts),
// following React Flow's viewport. The viewport is watched outside React (a
// subscription to React Flow's store), so a pan or zoom inside the area does
// not render the canvas at all; only leaving it does.
import { useStoreApi, type Viewport } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { cullArea, needsRecull, worldView, type Rect } from './culling';

/** The pane's size before React Flow has measured it: the window less the inspector. */
function estimatedPane(): { width: number; height: number } {
  if (typeof window === 'undefined') return { width: 1200, height: 800 };
  return { width: Math.max(400, window.innerWidth - 340), height: Math.max(300, window.innerHeight) };
}

/**
 * The culled area for the canvas, or null when nothing is culled (`enabled`
 * false). Starts from `opening` (the viewport the chart opens at), and is
 * worked out afresh whenever `key` changes (another chart). `paneSize`, when
 * known, is the pane's size before React Flow has measured it.
 */
export function useCullArea(enabled: boolean, opening: Viewport | undefined, key: string, paneSize?: { width: number; height: number }): Rect | null {
  const flowStore = useStoreApi();
  const initial = (): { key: string; area: Rect | null } => {
    if (!enabled || !opening) return { key, area: null };
    const pane = paneSize ?? estimatedPane();
    return { key, area: cullArea(worldView([opening.x, opening.y, opening.zoom], pane.width, pane.height)) };
  };
  const [state, setState] = useState(initial);
  const current = state.key === key ? state : initial();

  useEffect(() => {
    if (!enabled) return;
    const check = ({ transform, width, height }: { transform: readonly [number, number, number]; width: number; height: number }) => {
      if (!width || !height) return;
      const view = worldView(transform, width, height);
      setState((prev) => (prev.key === key && prev.area && !needsRecull(prev.area, view) ? prev : { key, area: cullArea(view) }));
    };
    check(flowStore.getState());
    return flowStore.subscribe(check);
  }, [enabled, key, flowStore]);

  return enabled ? current.area : null;
}
