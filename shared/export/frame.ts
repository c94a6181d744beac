// The furniture of a board-paper page: title block, legend, footnotes, footer,
// DRAFT watermark. Each function returns shapes and the height it used, so
// pages can fit the chart into what is left.
import { LINE_KINDS, type LineKind, type OrgTag } from '../model/types';
import { fitText, lineHeight, measureText, wrapText } from '../text/measure';
import type { GroupShape, Shape, TagPattern, TextShape } from './drawing';
import { LINE_STYLE, NEUTRAL, UNTAGGED_COLOUR } from './style';

export const MARGIN = 30;
export const INK = NEUTRAL.text;
export const MUTED = '#4b5563';

export type Theme = 'standard' | 'high-contrast';

const PATTERNS: TagPattern[] = ['hatch', 'dots', 'cross', 'backhatch', 'grid', 'none'];

/**
 * In high contrast, each tag also has its own fill pattern, so no reader depends on colour alone.
 * `documentTags` must be the document's whole tag list, never the tags one page or slide happens
 * to use: the pattern belongs to the tag (looked up by its id), so a box and its legend swatch
 * agree on every chart, page and focused slide of the document.
 */
export function tagPattern(documentTags: readonly OrgTag[], tagId: string | null, theme: Theme): TagPattern {
  if (theme !== 'high-contrast' || !tagId) return 'none';
  const index = documentTags.findIndex((t) => t.id === tagId);
  return index < 0 ? 'none' : at(PATTERNS, index % PATTERNS.length, 'pattern');
}

export function textLines(
  lines: string[],
  x: number,
  top: number,
  size: number,
  options: { bold?: boolean; colour?: string; anchor?: TextShape['anchor'] } = {},
): { shapes: TextShape[]; height: number } {
  const lh = lineHeight({ size });
  const shapes = lines.map((text, i) => ({
    type: 'text' as const,
    x,
    y: top + lh * (i + 1) - size * 0.25,
    text,
    size,
    bold: options.bold,
    colour: options.colour ?? INK,
    anchor: options.anchor,
  }));
  return { shapes, height: lh * lines.length };
}

/** "2007-01-31" → "31 January 2007": the one date rule, in shared/format.ts. */
export { formatDate } from '../format';
import { formatDate } from '../format';
import { at } from '../must';

/** Title, optional subtitle, and the date (top right), ruled off from the chart. */
export function titleBlock(
  title: string,
  subtitle: string,
  rightText: string,
  width: number,
  top?: number,
  margin = MARGIN,
): { group: GroupShape; height: number } {
  const children: Shape[] = [];
  const start = top ?? margin;
  const date = formatDate(rightText);
  const rightWidth = date ? measureText(date, { size: 9 }) + 16 : 0;
  const titleLines = wrapText(title, width - 2 * margin - rightWidth, { size: 15, bold: true }, 2);
  const t = textLines(titleLines, margin, start, 15, { bold: true });
  children.push(...t.shapes);
  let y = start + t.height;
  if (subtitle) {
    const s = textLines(wrapText(subtitle, width - 2 * margin - rightWidth, { size: 9.5 }, 2), margin, y + 1, 9.5, { colour: MUTED });
    children.push(...s.shapes);
    y += s.height + 1;
  }
  if (date) children.push({ type: 'text', x: width - margin, y: start + 12, text: date, size: 9, colour: MUTED, anchor: 'end' });
  y += 6;
  children.push({
    type: 'path',
    points: [
      { x: margin, y },
      { x: width - margin, y },
    ],
    stroke: '#9ca3af',
    strokeWidth: 0.6,
  });
  return { group: { type: 'group', role: 'title', label: title, children }, height: y - start + 8 };
}

export interface LegendOptions {
  /** The tags drawn on this page, in legend order. */
  tags: readonly OrgTag[];
  /** The document's whole tag list, which decides each tag's pattern (see tagPattern). */
  documentTags: readonly OrgTag[];
  theme: Theme;
  showInferred: boolean;
  /** Some boxes have no organisation tag (drawn with a grey band). */
  showUntagged?: boolean;
  /** Line kinds drawn on the page (default: all). */
  lineKinds?: readonly LineKind[];
  margin?: number;
}

/** Colour of inferred lines: lighter in the standard theme; black (told apart by dots) in high contrast. */
export function inferredLineColour(theme: Theme): string {
  return theme === 'high-contrast' ? '#000000' : NEUTRAL.inferredLine;
}

export const INFERRED_DASH = [1.5, 2];

/** Legend laid out in rows across the page width, bottom-aligned at `bottom`. */
export function legend(options: LegendOptions, width: number, bottom: number): { group: GroupShape; height: number } {
  const size = 8;
  const margin = options.margin ?? MARGIN;
  const contrast = options.theme === 'high-contrast';
  const items: { draw: (x: number, y: number) => Shape[]; text: string; swatch: number }[] = [];
  const swatch =
    (fill: string, pattern: TagPattern) =>
    (x: number, y: number): Shape[] => [
      {
        type: 'rect',
        x,
        y: y - 7,
        width: 18,
        height: 9,
        fill: contrast ? '#ffffff' : fill,
        stroke: contrast ? '#000000' : fill,
        strokeWidth: 0.6,
        pattern,
        patternColour: contrast ? '#000000' : undefined,
      },
    ];
  for (const tag of options.tags) {
    items.push({
      text: `${tag.label}${tag.name && tag.name !== tag.label ? ` — ${tag.name}` : ''}`,
      swatch: 18,
      draw: swatch(tag.colour, tagPattern(options.documentTags, tag.id, options.theme)),
    });
  }
  if (options.showUntagged) items.push({ text: 'No organisation recorded', swatch: 18, draw: swatch(UNTAGGED_COLOUR, 'none') });
  for (const kind of options.lineKinds ?? LINE_KINDS) {
    const style = LINE_STYLE[kind];
    items.push({
      text: style.label,
      swatch: 24,
      draw: (x, y) => [
        {
          type: 'path',
          points: [
            { x, y: y - 3 },
            { x: x + 24, y: y - 3 },
          ],
          stroke: contrast ? '#000000' : style.colour,
          strokeWidth: style.width,
          dash: style.dash.length ? style.dash : undefined,
          arrowEnd: style.arrow,
        },
      ],
    });
  }
  if (options.showInferred) {
    items.push({
      text: contrast
        ? 'Inferred: not stated in the source papers (dashed box, dotted line)'
        : 'Inferred: not stated in the source papers (dashed box, lighter dotted line)',
      swatch: 24,
      draw: (x, y) => [
        {
          type: 'path',
          points: [
            { x, y: y - 3 },
            { x: x + 24, y: y - 3 },
          ],
          stroke: inferredLineColour(options.theme),
          strokeWidth: 1.2,
          dash: INFERRED_DASH,
        },
      ],
    });
  }
  // Flow items into rows.
  let row: { item: (typeof items)[number]; x: number }[] = [];
  const rows = [row];
  const start = margin + measureText('Legend', { size, bold: true }) + 10;
  let x = start;
  for (const item of items) {
    const text = item.swatch + (item.swatch ? 5 : 0) + measureText(item.text, { size });
    if (x + text > width - margin && row.length) {
      rows.push((row = []));
      x = start;
    }
    row.push({ item, x });
    x += text + 14;
  }
  const rowHeight = 13;
  const height = rows.length * rowHeight + 6;
  const top = bottom - height;
  const children: Shape[] = [{ type: 'text', x: margin, y: top + 12, text: 'Legend', size, bold: true, colour: INK }];
  rows.forEach((row, r) => {
    const y = top + 12 + r * rowHeight;
    for (const { item, x: ix } of row) {
      children.push(...item.draw(ix, y));
      children.push({ type: 'text', x: ix + item.swatch + (item.swatch ? 5 : 0), y, text: item.text, size, colour: INK });
    }
  });
  return { group: { type: 'group', role: 'legend', label: 'Legend', children }, height };
}

export function footnotes(notes: string[], width: number, bottom: number, margin = MARGIN): { group: GroupShape; height: number } {
  const size = 8;
  const lines: string[] = [];
  notes.forEach((note, i) => {
    const prefix = notes.length > 1 ? `Note ${i + 1}: ` : 'Note: ';
    lines.push(...wrapText(prefix + note, width - 2 * margin, { size }));
  });
  const height = lines.length ? lines.length * lineHeight({ size }) + 4 : 0;
  const t = textLines(lines, margin, bottom - height, size, { colour: INK });
  return { group: { type: 'group', role: 'footnote', label: 'Footnotes', children: t.shapes }, height };
}

export const FOOTER_HEIGHT = 16;

export const ILLUSTRATIVE_NOTE = 'Costs marked illustrative are not real figures';

/**
 * Version label and date on the left, an optional note in the middle (e.g. that
 * costs are illustrative), page number on the right. Filled in once pages are counted.
 */
export function footer(
  left: string,
  pageNumber: number,
  pageCount: number,
  width: number,
  height: number,
  options: { note?: string; margin?: number } = {},
): GroupShape {
  const margin = options.margin ?? MARGIN;
  const y = height - margin + 8;
  const size = 7.5;
  const pageText = `Page ${pageNumber} of ${pageCount}`;
  const children: Shape[] = [
    {
      type: 'path',
      points: [
        { x: margin, y: y - 10 },
        { x: width - margin, y: y - 10 },
      ],
      stroke: '#d1d5db',
      strokeWidth: 0.5,
    },
  ];
  // The note gets the room it needs; the left text gives way (it is the longest and least important).
  const right = measureText(pageText, { size }) + 16;
  const note = options.note ? options.note : '';
  const noteWidth = note ? measureText(note, { size, bold: true }) + 16 : 0;
  const leftText = fitText(left, width - 2 * margin - right - noteWidth, { size });
  children.push({ type: 'text', x: margin, y, text: leftText, size, colour: MUTED });
  if (note) children.push({ type: 'text', x: width - margin - right, y, text: note, size, bold: true, colour: INK, anchor: 'end' });
  children.push({ type: 'text', x: width - margin, y, text: pageText, size, colour: MUTED, anchor: 'end' });
  return { type: 'group', role: 'footer', children };
}

export function watermark(width: number, height: number): GroupShape {
  const size = Math.min(width, height) / 5;
  return {
    type: 'group',
    role: 'watermark',
    label: 'Draft',
    children: [
      { type: 'text', x: width / 2, y: height / 2 + size / 3, text: 'DRAFT', size, bold: true, colour: '#9ca3af', anchor: 'middle', rotate: 30, opacity: 0.18 },
    ],
  };
}
