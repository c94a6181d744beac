// The compare view's change marks drawn onto a chart page: round each marked
// box an outline in the first mark's colour and shape, and above its top edge
// a chip per mark with its symbol and name (CHANGE_MARK_STYLE, as the compare
// view's ChangeMarks draws them), so a slide of a phase shows what it changes
// by more than colour.
import type { ChangeMark } from '../compare/compare';
import { CHANGE_MARK_ORDER, CHANGE_MARK_STYLE, MARK_TEXT } from '../compare/markStyle';
import { measureText } from '../text/measure';
import type { GroupShape, Page, RectShape, Shape } from './drawing';

const DASH: Record<(typeof CHANGE_MARK_STYLE)[ChangeMark]['outline'], number[] | undefined> = {
  solid: undefined,
  dashed: [6, 3],
  dotted: [1.5, 2],
  double: undefined,
};

/** The mark's name without the explanation in brackets ("moved (new line manager)" → "moved"). */
export const shortMarkLabel = (mark: ChangeMark) => CHANGE_MARK_STYLE[mark].label.replace(/ \(.*\)$/, '');

function markShapes(frame: RectShape, marks: readonly ChangeMark[]): Shape[] {
  const shown = CHANGE_MARK_ORDER.filter((m) => marks.includes(m));
  const [firstMark] = shown;
  if (firstMark === undefined) return [];
  const first = CHANGE_MARK_STYLE[firstMark];
  const weight = Math.max(1.5, Math.min(3, frame.height * 0.04));
  const pad = weight * 1.6;
  const outline = (inset: number): RectShape => ({
    type: 'rect',
    x: frame.x - pad + inset,
    y: frame.y - pad + inset,
    width: frame.width + 2 * (pad - inset),
    height: frame.height + 2 * (pad - inset),
    stroke: first.colour,
    strokeWidth: first.outline === 'double' ? weight / 2 : weight,
    dash: DASH[first.outline],
    radius: (frame.radius ?? 0) + pad - inset,
  });
  const shapes: Shape[] = [outline(0)];
  if (first.outline === 'double') shapes.push(outline(weight));
  // Chips sit on the box's top edge from its right, where the tag band's label is not.
  const size = Math.max(5.5, Math.min(10, frame.height * 0.16));
  const height = size * 1.5;
  let right = frame.x + frame.width;
  for (const mark of [...shown].reverse()) {
    const style = CHANGE_MARK_STYLE[mark];
    const text = `${style.symbol} ${shortMarkLabel(mark)}`;
    const width = measureText(text, { size, bold: true }) + size;
    const x = right - width;
    const y = frame.y - pad - height * 0.6;
    shapes.push(
      { type: 'rect', x, y, width, height, fill: style.colour, stroke: MARK_TEXT, strokeWidth: 0.5, dash: DASH[style.outline], radius: height / 3 },
      { type: 'text', x: x + width / 2, y: y + height * 0.7, text, size, bold: true, colour: MARK_TEXT, anchor: 'middle' },
    );
    right = x - size * 0.4;
  }
  return shapes;
}

/** The page with `marks` (node id → its changes) drawn on the boxes of those nodes; other shapes unchanged. */
export function withChangeMarks(page: Page, marks: ReadonlyMap<string, readonly ChangeMark[]>): Page {
  if (!marks.size) return page;
  const overlays: Shape[] = [];
  const walk = (shapes: readonly Shape[]) => {
    for (const s of shapes) {
      if (s.type !== 'group') continue;
      const list = (s.role === 'post' || s.role === 'body') && s.ref ? marks.get(s.ref) : undefined;
      const frame = list ? s.children.find((c): c is RectShape => c.type === 'rect') : undefined;
      if (list && frame) {
        const label = `Changes: ${CHANGE_MARK_ORDER.filter((m) => list.includes(m))
          .map(shortMarkLabel)
          .join(', ')}`;
        overlays.push({ type: 'group', role: 'other', label: `${s.label ?? s.ref}: ${label}`, ref: s.ref, children: markShapes(frame, list) });
      } else walk(s.children);
    }
  };
  walk(page.shapes);
  // Drawn over the chart (after its boxes and lines), so no line runs across a chip.
  const group: GroupShape = { type: 'group', role: 'other', label: 'Change marks', children: overlays };
  return { ...page, shapes: [...page.shapes, group] };
}
