// Text measurement with the metrics of the fonts every output uses (Liberation
// Sans, metric-compatible with Arial), so wrapping is decided once, in shared/,
// and is the same in the app, the SVG, the PDF and on every machine.
import { LIBERATION_SANS_BOLD, LIBERATION_SANS_REGULAR, type FontMetrics } from './fontMetrics.generated';
import { at } from '../must';

export interface TextStyle {
  size: number;
  bold?: boolean;
}

export const FONT_FAMILY = 'Liberation Sans';
export const FONT_FAMILY_CSS = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Code points below this are looked up in a table; the rest take the fallback width. */
const TABLE_SIZE = 0x2213;

/** Advance widths in em, indexed by code point: measuring is one lookup per character. */
function widthTable(metrics: FontMetrics): Float64Array {
  const em = metrics.unitsPerEm;
  const fallback = metrics.fallback / em;
  const table = new Float64Array(TABLE_SIZE).fill(fallback);
  for (const [first, widths] of metrics.ranges) {
    widths.forEach((width, k) => {
      if (width >= 0) table[first + k] = width / em;
    });
  }
  const space = at(table, 0x20, 'space width');
  // Controls, combining marks and zero-width characters take no room; spaces the
  // font lacks are drawn by a fallback font about as wide as a space.
  table.fill(0, 0, 0x20);
  table.fill(0, 0x300, 0x370);
  for (let cp = 0x2000; cp <= 0x200a; cp++) if (table[cp] === fallback) table[cp] = space;
  for (const cp of [0x200b, 0x200c, 0x200d, 0x2060]) table[cp] = 0;
  return table;
}

const REGULAR = widthTable(LIBERATION_SANS_REGULAR);
const BOLD = widthTable(LIBERATION_SANS_BOLD);
const FALLBACK_REGULAR = LIBERATION_SANS_REGULAR.fallback / LIBERATION_SANS_REGULAR.unitsPerEm;
const FALLBACK_BOLD = LIBERATION_SANS_BOLD.fallback / LIBERATION_SANS_BOLD.unitsPerEm;

/** Ascent and descent in em (both positive), for placing baselines. */
export const ASCENT = LIBERATION_SANS_REGULAR.ascent / LIBERATION_SANS_REGULAR.unitsPerEm;
export const DESCENT = -LIBERATION_SANS_REGULAR.descent / LIBERATION_SANS_REGULAR.unitsPerEm;

/** Width in em of text[start, end). */
function emWidth(text: string, start: number, end: number, table: Float64Array, fallback: number): number {
  let em = 0;
  for (let i = start; i < end; i++) {
    const cp = text.charCodeAt(i);
    // The table has TABLE_SIZE entries (fallback where the font has no glyph), so
    // `width` is defined below TABLE_SIZE; testing it is what lets TypeScript see so.
    if (cp < TABLE_SIZE) {
      const width = table[cp];
      if (width !== undefined) em += width;
    } else if (cp !== 0xfeff && (cp < 0xdc00 || cp > 0xdfff)) em += fallback; // a surrogate pair counts once
  }
  return em;
}

/** Advance width of the text at the style's size (points, or px: the same units as size). */
export function measureText(text: string, style: TextStyle): number {
  return style.bold ? emWidth(text, 0, text.length, BOLD, FALLBACK_BOLD) * style.size : emWidth(text, 0, text.length, REGULAR, FALLBACK_REGULAR) * style.size;
}

/** Distance between baselines of consecutive lines. */
export function lineHeight(style: TextStyle): number {
  return style.size * 1.22;
}

const ELLIPSIS = '…';

/** Characters after which a line may break inside a word. */
const isSoftBreak = (cp: number) => cp === 0x2d /* - */ || cp === 0x2f /* / */ || cp === 0x2013; /* – */

/**
 * The longest prefix of text[start, end) no wider than maxWidth, as an end
 * index; at least one character, so that progress is always made.
 */
function fitEnd(text: string, start: number, end: number, maxEm: number, table: Float64Array, fallback: number): number {
  let em = 0;
  let i = start;
  while (i < end) {
    const step = emWidth(text, i, i + 1, table, fallback);
    if (em + step > maxEm + 1e-9 && i > start) break;
    em += step;
    i++;
  }
  // Never split a surrogate pair.
  const cp = text.charCodeAt(i);
  if (i < end && i > start + 1 && cp >= 0xdc00 && cp <= 0xdfff) i--;
  return i;
}

/**
 * Wraps text into lines no wider than maxWidth, breaking at spaces and after
 * hyphens and slashes; a word longer than a line is broken between characters
 * (only a single character wider than maxWidth can make a line overflow).
 * Every word is kept, unless maxLines cuts the text: then the last kept line
 * ends with "…". Runs of white space become one space.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, maxLines?: number): string[] {
  const table = style.bold ? BOLD : REGULAR;
  const fallback = style.bold ? FALLBACK_BOLD : FALLBACK_REGULAR;
  const maxEm = maxWidth / style.size;
  const spaceEm = at(table, 0x20, 'space width');
  const lines: string[] = [];
  let line = '';
  let lineEm = 0;
  const n = text.length;
  let i = 0;
  // Each step takes one segment: up to the next space or just after a soft break.
  while (i < n) {
    let gap = false;
    while (i < n && isSpace(text.charCodeAt(i))) {
      gap = true;
      i++;
    }
    if (i >= n) break;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) {
      end++;
      if (isSoftBreak(text.charCodeAt(end - 1)) && end < n && !isSpace(text.charCodeAt(end))) break;
    }
    const segEm = emWidth(text, i, end, table, fallback);
    const glueEm = gap && line ? spaceEm : 0;
    if (line && lineEm + glueEm + segEm <= maxEm + 1e-9) {
      line += (glueEm ? ' ' : '') + text.slice(i, end);
      lineEm += glueEm + segEm;
    } else {
      if (line) lines.push(line);
      // A segment wider than the line is broken between characters.
      let start = i;
      let startEm = segEm;
      while (startEm > maxEm + 1e-9 && end - start > 1) {
        const cut = fitEnd(text, start, end, maxEm, table, fallback);
        lines.push(text.slice(start, cut));
        // Subtract the piece rather than measure the rest again: measuring the
        // rest made breaking one long word cost the square of its length.
        startEm -= emWidth(text, start, cut, table, fallback);
        start = cut;
      }
      line = text.slice(start, end);
      lineEm = startEm;
    }
    i = end;
    if (maxLines !== undefined && lines.length > maxLines) break;
  }
  if (line) lines.push(line);
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = withEllipsis(at(kept, last, 'line'), maxEm, table, fallback);
  return kept;
}

const isSpace = (cp: number) => cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x2028 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a);

/** The line shortened (if need be) so that it fits with "…" after it. */
function withEllipsis(line: string, maxEm: number, table: Float64Array, fallback: number): string {
  const room = maxEm - at(table, 0x2026, 'ellipsis width');
  const end = room > 0 ? fitEnd(line, 0, line.length, room, table, fallback) : 0;
  const fits = end > 0 && emWidth(line, 0, end, table, fallback) <= room + 1e-9 ? end : 0;
  return line.slice(0, fits).trimEnd() + ELLIPSIS;
}

/** Shortens a single line to fit, with "…". */
export function fitText(text: string, maxWidth: number, style: TextStyle): string {
  if (measureText(text, style) <= maxWidth) return text;
  const table = style.bold ? BOLD : REGULAR;
  const fallback = style.bold ? FALLBACK_BOLD : FALLBACK_REGULAR;
  return withEllipsis(text, maxWidth / style.size, table, fallback);
}
