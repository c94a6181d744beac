// The canvas from the keyboard. The canvas is one Tab stop (the current box, or
// the selected line); inside it the arrow keys move the selection along the
// structure (structureNavigation.ts), E steps through the lines of the box,
// Enter edits in the inspector, + and − expand and collapse, Escape deselects
// and, with nothing selected, leaves for the inspector. The box reached is
// brought into view clear of the legend, minimap and controls (WCAG 2.4.11).
import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import type { ChartLayout } from '../../shared/layout/layout';
import { toggleCollapsed } from '../../shared/model/commands';
import type { Chart } from '../../shared/model/types';
import { motion } from '../a11y/motion';
import { useEditorStore } from '../store';
import { firstRoot, linesOfNode, navStructure, nextNode, type Direction, type NavStructure } from './structureNavigation';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Said by screen readers on every box and line (their aria-describedby). */
export const CANVAS_KEYS_HELP =
  'Arrow keys: up to the line manager, down to the first report, left and right to the neighbours. Shift with an arrow: add the box reached to the selection. E: the lines of this box. Enter: edit in the inspector. Plus and minus: expand and collapse. Escape: deselect, then leave the chart.';

function cssId(id: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}

export function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.canvas .react-flow__node[data-id="${cssId(id)}"]`);
}

function lineElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.canvas .react-flow__edge[data-id="${cssId(id)}"]`);
}

/**
 * Focuses an element once React Flow has drawn it, and again if it is drawn
 * anew: a line just selected, or a box just scrolled into view, is missing for
 * a frame or two while React Flow takes in its new nodes and edges, and a line
 * whose box was deselected is moved to another layer (a new element). Focus
 * must hold for a few frames in a row before this stops.
 */
let focusRequest = 0;

function focusWhenDrawn(find: () => HTMLElement | null): void {
  const request = ++focusRequest;
  holdFocus(request, find, 30, 0);
}

/** The newest request wins: a key pressed again before the last focus held takes over from it. */
function holdFocus(request: number, find: () => HTMLElement | null, frames: number, held: number): void {
  if (request !== focusRequest) return;
  const element = find();
  if (element && document.activeElement !== element) element.focus({ preventScroll: true });
  const holding = element !== null && document.activeElement === element ? held + 1 : 0;
  // Something else took the focus (the user moved on): leave it there.
  const elsewhere = document.activeElement !== null && document.activeElement !== document.body && !document.activeElement.closest('.canvas');
  if (holding >= 3 || elsewhere || frames <= 0) return;
  requestAnimationFrame(() => holdFocus(request, find, frames - 1, holding));
}

/** Focuses the canvas's Tab stop (the skip link's target). */
export function focusCanvas(): boolean {
  const stop = document.querySelector<HTMLElement>('.canvas .react-flow__node[tabindex="0"], .canvas .react-flow__edge[tabindex="0"]');
  stop?.focus();
  return !!stop;
}

/** Focuses the first field of the inspector (the post's title, the body's name, the line's kind). */
export function focusInspectorField(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('.inspector form input, .inspector form select, .inspector form textarea');
    field?.focus();
    if (field instanceof HTMLInputElement) field.select();
  });
}

/** True when a screen rectangle lies inside the pane and clear of every overlay drawn over it. */
function inClearView(rect: DOMRect): boolean {
  const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
  if (!pane) return true;
  if (rect.left < pane.left || rect.top < pane.top || rect.right > pane.right || rect.bottom > pane.bottom) return false;
  const overlays = [...document.querySelectorAll('.canvas .react-flow__panel, .canvas .view-controls')].map((e) => e.getBoundingClientRect());
  // The focus ring is drawn a few pixels outside the box: keep that clear too.
  const ring = 8;
  return overlays.every((o) => rect.right + ring < o.left || rect.left - ring > o.right || rect.bottom + ring < o.top || rect.top - ring > o.bottom);
}

export function useCanvasKeyboard(chart: Chart, layout: ChartLayout, onCursor: (id: string) => void) {
  const store = useEditorStore();
  const flow = useReactFlow();
  // Built on the first arrow key after a change, not on every edit: at 10,000 posts
  // it costs about as much as drawing the edit. The Tab stop needs only the first top box.
  const structure = useMemo(() => {
    let built: NavStructure | null = null;
    return () =>
      (built ??= navStructure(
        layout.boxes.keys(),
        (id) => layout.treeParent.get(id),
        (id) => layout.boxes.get(id),
      ));
  }, [layout]);
  const firstTop = useMemo(
    () =>
      firstRoot(
        layout.boxes.values(),
        (id) => layout.treeParent.get(id),
        (id) => layout.boxes.has(id),
      ),
    [layout],
  );
  // The box whose lines E is stepping through, kept while a line of it is selected.
  const lineOwner = useRef<string | null>(null);

  /** Brings a box into clear view if it is not, then focuses it (after it is drawn, for large charts). */
  const reveal = useCallback(
    (id: string) => {
      const box = layout.boxes.get(id);
      const element = nodeElement(id);
      if (box && (!element || !inClearView(element.getBoundingClientRect()))) {
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom(), duration: motion(150) });
      }
      focusWhenDrawn(() => nodeElement(id));
    },
    [flow, layout],
  );

  const goTo = useCallback(
    (id: string, extendFrom?: readonly string[]) => {
      lineOwner.current = null;
      // Shift with an arrow adds the box reached to the selection (several posts edited at once).
      store.getState().select({ nodes: extendFrom ? [...new Set([...extendFrom, id])] : [id] });
      onCursor(id);
      reveal(id);
    },
    [store, reveal, onCursor],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || event.ctrlKey || event.metaKey || event.altKey) return;
      const onLine = target.closest('.react-flow__edge')?.getAttribute('data-id') ?? null;
      const onNode = target.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
      if (!onLine && !onNode) return;
      const { selection, select } = store.getState();
      const direction = ARROWS[event.key];

      if (onLine) {
        const line = chart.lines.find((l) => l.id === onLine);
        if (!line) return;
        if (direction === 'up' || direction === 'down') {
          event.preventDefault();
          goTo(direction === 'up' ? line.from : line.to);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          goTo(lineOwner.current ?? line.to);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          focusInspectorField();
        } else if (event.key.toLowerCase() === 'e' && lineOwner.current) {
          event.preventDefault();
          stepLines(lineOwner.current, onLine, event.shiftKey ? -1 : 1);
        }
        return;
      }
      // Not on a line, so on a box (the check above returned when on neither).
      if (onNode === null) return;

      const current = selection.nodes.length === 1 ? (selection.nodes[0] ?? onNode) : onNode;
      if (direction) {
        event.preventDefault();
        const next = nextNode(structure(), current, direction);
        if (next) goTo(next, event.shiftKey ? (selection.nodes.length ? selection.nodes : [onNode]) : undefined);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (selection.nodes.length !== 1 || selection.nodes[0] !== onNode) select({ nodes: [onNode] });
        focusInspectorField();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (selection.nodes.length || selection.lines.length) select({});
        else document.querySelector<HTMLElement>('#structura-inspector')?.focus();
      } else if (event.key.toLowerCase() === 'e') {
        event.preventDefault();
        stepLines(onNode, null, event.shiftKey ? -1 : 1);
      } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '−') {
        const node = chart.nodes.find((n) => n.id === onNode);
        if (node?.kind !== 'post') return;
        const expand = event.key !== '-' && event.key !== '−';
        if (node.collapsed === expand) {
          event.preventDefault();
          store.getState().apply((d) => toggleCollapsed(d, chart.id, node.id));
          requestAnimationFrame(() => focusWhenDrawn(() => nodeElement(node.id)));
        }
      }

      function stepLines(owner: string, from: string | null, step: number) {
        const ids = linesOfNode(chart.lines, owner).filter((id) => {
          const l = chart.lines.find((x) => x.id === id);
          return l !== undefined && layout.boxes.has(l.from) && layout.boxes.has(l.to);
        });
        if (!ids.length) {
          store.getState().notify({ kind: 'info', text: 'This box has no lines shown.' });
          return;
        }
        const at = from === null ? (step > 0 ? -1 : 0) : ids.indexOf(from);
        const next = ids[(at + step + ids.length) % ids.length];
        if (next === undefined) return;
        lineOwner.current = owner;
        store.getState().select({ nodes: [], lines: [next] });
        focusWhenDrawn(() => lineElement(next));
      }
    },
    [chart, layout, store, structure, goTo],
  );

  return { onKeyDown, firstTop };
}
