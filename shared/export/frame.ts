// The furniture of a board-paper page: title block, legend, footnotes, footer,
// DRAFT watermark. Each function returns shapes and the height it used, so
// pages can fit the chart into what is left.
import { LINE_KINDS, type OrgTag } from '../model/types';
import { lineHeight, measureText, wrapText } from '../text/measure';
import type { GroupShape, Shape, TagPattern, TextShape } from './drawing';
import { LINE_STYLE, NEUTRAL } from './style';

export const MARGIN = 30;
export const INK = NEUTRAL.text;
export const MUTED = '#4b5563';

export type Theme = 'standard' | 'high-contrast';

const PATTERNS: TagPattern[] = ['hatch', 'dots', 'cross', 'backhatch', 'grid', 'none'];

/** In high contrast, each tag also has its own fill pattern, so no reader depends on colour alone. */
export function tagPattern(tags: readonly OrgTag[], tagId: string | null, theme: Theme): TagPattern {
  if (theme !== 'high-contrast' || !tagId) return 'none';
  const index = tags.findIndex((t) => t.id === tagId);
  return index < 0 ? 'none' : PATTERNS[index % PATTERNS.length];
}

export function textLines(lines: string[], x: number, top: number, size: number, options: { bold?: boolean; colour?: string; anchor?: TextShape['anchor'] } = {}): { shapes: TextShape[]; height: number } {
  const lh = lineHeight({ size });
  const shapes = lines.map((text, i) => ({ type: 'text' as const, x, y: top + lh * (i + 1) - size * 0.25, text, size, bold: options.bold, colour: options.colour ?? INK, anchor: options.anchor }));
  return { shapes, height: lh * lines.length };
}

export function titleBlock(title: string, subtitle: string, rightText: string, width: number, top = MARGIN): { group: GroupShape; height: number } {
  const children: Shape[] = [];
  const rightWidth = rightText ? measureText(rightText, { size: 9 }) + 16 : 0;
  const titleLines = wrapText(title, width - 2 * MARGIN - rightWidth, { size: 15, bold: true }, 2);
  const t = textLines(titleLines, MARGIN, top, 15, { bold: true });
  children.push(...t.shapes);
  let y = top + t.height;
  if (subtitle) {
    const s = textLines(wrapText(subtitle, width - 2 * MARGIN - rightWidth, { size: 9.5 }, 2), MARGIN, y + 1, 9.5, { colour: MUTED });
    children.push(...s.shapes);
    y += s.height + 1;
  }
  if (rightText) children.push({ type: 'text', x: width - MARGIN, y: top + 12, text: rightText, size: 9, colour: MUTED, anchor: 'end' });
  y += 6;
  children.push({ type: 'path', points: [{ x: MARGIN, y }, { x: width - MARGIN, y }], stroke: '#9ca3af', strokeWidth: 0.6 });
  return { group: { type: 'group', role: 'title', label: title, children }, height: y - top + 8 };
}

export interface LegendOptions {
  tags: readonly OrgTag[];
  theme: Theme;
  showInferred: boolean;
  showIllustrative: boolean;
}

/** Legend laid out in rows across the page width, bottom-aligned at `bottom`. */
export function legend(options: LegendOptions, width: number, bottom: number): { group: GroupShape; height: number } {
  const size = 8;
  const items: { draw: (x: number, y: number) => Shape[]; text: string; swatch: number }[] = [];
  for (const tag of options.tags) {
    const pattern = tagPattern(options.tags, tag.id, options.theme);
    items.push({
      text: `${tag.label}${tag.name && tag.name !== tag.label ? ` — ${tag.name}` : ''}`,
      swatch: 18,
      draw: (x, y) => [
        {
          type: 'rect',
          x,
          y: y - 7,
          width: 18,
          height: 9,
          fill: options.theme === 'high-contrast' ? '#ffffff' : tag.colour,
          stroke: options.theme === 'high-contrast' ? '#000000' : tag.colour,
          strokeWidth: 0.6,
          pattern,
          patternColour: options.theme === 'high-contrast' ? '#000000' : undefined,
        },
      ],
    });
  }
  for (const kind of LINE_KINDS) {
    const style = LINE_STYLE[kind];
    items.push({
      text: style.label,
      swatch: 24,
      draw: (x, y) => [{ type: 'path', points: [{ x, y: y - 3 }, { x: x + 24, y: y - 3 }], stroke: style.colour, strokeWidth: style.width, dash: style.dash.length ? style.dash : undefined, arrowEnd: style.arrow }],
    });
  }
  if (options.showInferred) {
    items.push({
      text: 'Inferred: not stated in the source papers (dashed box, dotted line)',
      swatch: 24,
      draw: (x, y) => [{ type: 'path', points: [{ x, y: y - 3 }, { x: x + 24, y: y - 3 }], stroke: NEUTRAL.inferredLine, strokeWidth: 1.2, dash: [1.5, 2] }],
    });
  }
  if (options.showIllustrative) {
    items.push({ text: 'Costs marked (illustrative) are not real figures', swatch: 0, draw: () => [] });
  }
  // Flow items into rows.
  const rows: { item: (typeof items)[number]; x: number }[][] = [[]];
  let x = MARGIN + measureText('Legend', { size, bold: true }) + 10;
  const start = x;
  for (const item of items) {
    const w = item.swatch + (item.swatch ? 5 : 0) + measureText(item.text, { size }) + 14;
    if (x + w > width - MARGIN && rows[rows.length - 1].length) {
      rows.push([]);
      x = start;
    }
    rows[rows.length - 1].push({ item, x });
    x += w;
  }
  const rowHeight = 13;
  const height = rows.length * rowHeight + 6;
  const top = bottom - height;
  const children: Shape[] = [{ type: 'text', x: MARGIN, y: top + 12, text: 'Legend', size, bold: true, colour: INK }];
  rows.forEach((row, r) => {
    const y = top + 12 + r * rowHeight;
    for (const { item, x: ix } of row) {
      children.push(...item.draw(ix, y));
      children.push({ type: 'text', x: ix + item.swatch + (item.swatch ? 5 : 0), y, text: item.text, size, colour: INK });
    }
  });
  return { group: { type: 'group', role: 'legend', label: 'Legend', children }, height };
}

export function footnotes(notes: string[], width: number, bottom: number): { group: GroupShape; height: number } {
  const size = 8;
  const lines: string[] = [];
  notes.forEach((note, i) => {
    const prefix = notes.length > 1 ? `Note ${i + 1}: ` : 'Note: ';
    lines.push(...wrapText(prefix + note, width - 2 * MARGIN, { size }));
  });
  const height = lines.length ? lines.length * lineHeight({ size }) + 4 : 0;
  const t = textLines(lines, MARGIN, bottom - height, size, { colour: INK });
  return { group: { type: 'group', role: 'footnote', label: 'Footnotes', children: t.shapes }, height };
}

export const FOOTER_HEIGHT = 16;

/** Version label and date on the left, page number on the right. Filled in once pages are counted. */
export function footer(left: string, pageNumber: number, pageCount: number, width: number, height: number): GroupShape {
  const y = height - MARGIN + 8;
  return {
    type: 'group',
    role: 'footer',
    children: [
      { type: 'path', points: [{ x: MARGIN, y: y - 10 }, { x: width - MARGIN, y: y - 10 }], stroke: '#d1d5db', strokeWidth: 0.5 },
      { type: 'text', x: MARGIN, y, text: left, size: 7.5, colour: MUTED },
      { type: 'text', x: width - MARGIN, y, text: `Page ${pageNumber} of ${pageCount}`, size: 7.5, colour: MUTED, anchor: 'end' },
    ],
  };
}

export function watermark(width: number, height: number): GroupShape {
  const size = Math.min(width, height) / 5;
  return {
    type: 'group',
    role: 'watermark',
    label: 'Draft',
    children: [{ type: 'text', x: width / 2, y: height / 2 + size / 3, text: 'DRAFT', size, bold: true, colour: '#9ca3af', anchor: 'middle', rotate: 30, opacity: 0.18 }],
  };
}
