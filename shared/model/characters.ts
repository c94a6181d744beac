// Characters a document may not hold in its text: Unicode non-characters
// (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane)
// and lone surrogates. XML cannot carry them, so an SVG holding one is not an
// image at all; they are never typed, only pasted from damaged data.
import { must } from '../must';

function isNonCharacter(code: number): boolean {
  return (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
}

/** Index (UTF-16) of the first character a document may not hold, or -1. */
export function findForbiddenCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800) continue;
    if (unit <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) return i;
      if (isNonCharacter(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000)) return i;
      i++;
    } else if (unit <= 0xdfff || isNonCharacter(unit)) {
      return i;
    }
  }
  return -1;
}

/** The text without the characters findForbiddenCharacter finds (one pass). */
export function stripForbiddenCharacters(text: string): string {
  if (findForbiddenCharacter(text) < 0) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800) continue;
    let width = 1;
    let forbidden: boolean;
    if (unit <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      const paired = low >= 0xdc00 && low <= 0xdfff;
      if (paired) width = 2;
      forbidden = !paired || isNonCharacter(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
    } else {
      forbidden = unit <= 0xdfff || isNonCharacter(unit);
    }
    if (forbidden) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return out + text.slice(from);
}

/** "U+FFFE" or "a lone surrogate U+D800", for messages. */
export function describeForbiddenCharacter(text: string, at: number): string {
  // `at` comes from findForbiddenCharacter on the same text, so it is inside it.
  const code = must(text.codePointAt(at), `the character at ${at} of a ${text.length}-character text`);
  const hex = 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
  return code >= 0xd800 && code <= 0xdfff ? `a lone surrogate (${hex})` : `the non-character ${hex}`;
}
