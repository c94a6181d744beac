// Text measurement with the metrics of the fonts every output uses (Liberation
// Sans, metric-compatible with Arial), so wrapping is decided once, in shared/,
// and is the same in the app, the SVG, the PDF and on every machine.
import { LIBERATION_SANS_BOLD, LIBERATION_SANS_REGULAR, type FontMetrics } from './fontMetrics.generated';

export interface TextStyle {
  size: number;
  bold?: boolean;
}

export const FONT_FAMILY = 'Liberation Sans';
export const FONT_FAMILY_CSS = "'Liberation Sans', Arial, Helvetica, sans-serif";

const TABLE_SIZE = 0x2213;

/** Advance widths in em, indexed by code point, for a lookup per character. */
function widthTable(metrics: FontMetrics): Float32Array {
  const table = new Float32Array(TABLE_SIZE).fill(metrics.fallback / metrics.unitsPerEm);
  for (const [cp, width] of Object.entries(metrics.widths)) table[Number(cp)] = width / metrics.unitsPerEm;
  return table;
}

const REGULAR = widthTable(LIBERATION_SANS_REGULAR);
const BOLD = widthTable(LIBERATION_SANS_BOLD);
const FALLBACK_REGULAR = LIBERATION_SANS_REGULAR.fallback / LIBERATION_SANS_REGULAR.unitsPerEm;
const FALLBACK_BOLD = LIBERATION_SANS_BOLD.fallback / LIBERATION_SANS_BOLD.unitsPerEm;

export const ASCENT = LIBERATION_SANS_REGULAR.ascent / LIBERATION_SANS_REGULAR.unitsPerEm;
export const DESCENT = -LIBERATION_SANS_REGULAR.descent / LIBERATION_SANS_REGULAR.unitsPerEm;

export function measureText(text: string, style: TextStyle): number {
  const table = style.bold ? BOLD : REGULAR;
  const fallback = style.bold ? FALLBACK_BOLD : FALLBACK_REGULAR;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    em += cp < TABLE_SIZE ? table[cp] : fallback;
  }
  return em * style.size;
}

/** Distance between baselines of consecutive lines. */
export function lineHeight(style: TextStyle): number {
  return style.size * 1.22;
}

const ELLIPSIS = '…';

/** Breaks a word wider than the line into pieces, preferring to break after "/" or "-". */
function breakWord(word: string, maxWidth: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (measureText(rest, style) > maxWidth && rest.length > 1) {
    let end = 1;
    while (end < rest.length && measureText(rest.slice(0, end + 1), style) <= maxWidth) end++;
    const soft = Math.max(rest.lastIndexOf('/', end - 1), rest.lastIndexOf('-', end - 1));
    if (soft > 0 && soft + 1 < end && soft + 1 >= end / 2) end = soft + 1;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Wraps text into lines no wider than maxWidth, breaking at spaces; a word
 * longer than a line is broken. With maxLines, the last kept line ends with "…".
 * Every word of the text is kept unless maxLines cuts it.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, maxLines?: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  const space = measureText(' ', style);
  let line = '';
  let width = 0;
  for (const word of words) {
    const w = measureText(word, style);
    if (line && width + space + w <= maxWidth) {
      line += ' ' + word;
      width += space + w;
      continue;
    }
    if (line) lines.push(line);
    if (w <= maxWidth) {
      line = word;
      width = w;
    } else {
      const pieces = breakWord(word, maxWidth, style);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
      width = measureText(line, style);
    }
  }
  if (line) lines.push(line);
  if (maxLines !== undefined && lines.length > maxLines) {
    const kept = lines.slice(0, Math.max(1, maxLines));
    let last = kept[kept.length - 1];
    while (last && measureText(last + ELLIPSIS, style) > maxWidth) last = last.slice(0, -1);
    kept[kept.length - 1] = last.trimEnd() + ELLIPSIS;
    return kept;
  }
  return lines;
}

/** Shortens a single line to fit, with "…". */
export function fitText(text: string, maxWidth: number, style: TextStyle): string {
  if (measureText(text, style) <= maxWidth) return text;
  let cut = text;
  while (cut && measureText(cut + ELLIPSIS, style) > maxWidth) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}
