// A waterfall of the full-year recurring cost: baseline → removed posts →
// added posts → changed posts → option. Pure geometry, drawn by the app (SVG)
// and the board pack (drawing shapes) alike.
import type { WaterfallFigures } from './ledger';

export type WaterfallKind = 'total' | 'down' | 'up';

export interface WaterfallBar {
  label: string;
  value: number;
  kind: WaterfallKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WATERFALL_COLOURS: Record<WaterfallKind, string> = { total: '#4b5563', down: '#15803d', up: '#b91c1c' };

/** Bars in a box of `width` × `height`, the axis starting at zero. */
export function waterfallBars(w: WaterfallFigures, width: number, height: number): WaterfallBar[] {
  const steps: { label: string; start: number; end: number; kind: WaterfallKind; value: number }[] = [];
  steps.push({ label: 'Baseline', start: 0, end: w.baseline, kind: 'total', value: w.baseline });
  let level = w.baseline;
  for (const [label, value] of [
    ['Removed posts', w.removed],
    ['New posts', w.added],
    ['Changed posts', w.changed],
  ] as const) {
    steps.push({ label, start: level, end: level + value, kind: value < 0 ? 'down' : 'up', value });
    level += value;
  }
  steps.push({ label: 'Option', start: 0, end: w.option, kind: 'total', value: w.option });
  const top = Math.max(1, ...steps.map((s) => Math.max(s.start, s.end)));
  const slot = width / steps.length;
  const scale = height / top;
  return steps.map((s, i) => {
    const hi = Math.max(s.start, s.end);
    const lo = Math.min(s.start, s.end);
    return {
      label: s.label,
      value: s.value,
      kind: s.kind,
      x: i * slot + slot * 0.15,
      width: slot * 0.7,
      y: height - hi * scale,
      height: Math.max(0.5, (hi - lo) * scale),
    };
  });
}
