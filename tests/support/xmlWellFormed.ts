import { defined } from './defined';

// A small strict check that text is well-formed XML 1.0, enough for the SVG
// Structura writes: every character an XML Char, elements nested and closed,
// attribute values quoted, "&" only in entity or character references.
// Returns the first problem, or null.

const XML_CHAR = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd]$|^[\ud800-\udbff][\udc00-\udfff]$/;
const NAME = '[A-Za-z_:][\\w.:-]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'y');
const CLOSE = new RegExp(`</(${NAME})\\s*>`, 'y');
const OPEN = new RegExp(`<(${NAME})`, 'y');
const TAG_END = /\s*(\/?)>/y;
const sticky = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};
const REFERENCE = /&(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9a-fA-F]+);/y;

export function xmlProblem(text: string): string | null {
  for (const char of text)
    if (!XML_CHAR.test(char)) return `U+${defined(char.codePointAt(0), 'char.codePointAt(0)').toString(16).toUpperCase()} is not an XML character`;
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  const textPart = (part: string, at: number): string | null => {
    for (let k = part.indexOf('&'); k >= 0; k = part.indexOf('&', k + 1)) {
      REFERENCE.lastIndex = k;
      if (!REFERENCE.test(part)) return `bare "&" near offset ${at + k}`;
    }
    return null;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    const bad = textPart(chunk, i);
    if (bad) return bad;
    if (stack.length === 0 && chunk.trim()) return `text outside the root element near offset ${i}`;
    if (lt < 0) break;
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt);
      if (end < 0) return 'unclosed processing instruction';
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt);
      if (end < 0) return 'unclosed comment';
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', lt)) {
      const end = text.indexOf('>', lt);
      i = end + 1;
      continue;
    }
    const close = sticky(CLOSE, text, lt);
    if (close) {
      if (stack.pop() !== close[1]) return `</${close[1]}> closes the wrong element near offset ${lt}`;
      i = lt + close[0].length;
      continue;
    }
    const open = sticky(OPEN, text, lt);
    if (!open) return `"<" that starts no tag near offset ${lt}`;
    let at = lt + open[0].length;
    const seen = new Set<string>();
    for (;;) {
      const attribute = sticky(ATTRIBUTE, text, at);
      if (!attribute) break;
      if (seen.has(defined(attribute[1]))) return `attribute ${attribute[1]} twice near offset ${at}`;
      seen.add(defined(attribute[1]));
      const bad = textPart(defined(attribute[2]), at);
      if (bad) return bad;
      at += attribute[0].length;
    }
    const end = sticky(TAG_END, text, at);
    if (!end) return `malformed tag <${open[1]}> near offset ${lt}`;
    if (stack.length === 0) roots++;
    if (roots > 1) return 'more than one root element';
    if (!end[1]) stack.push(defined(open[1]));
    i = at + end[0].length;
  }
  if (stack.length) return `<${stack.at(-1)}> is never closed`;
  return roots === 1 ? null : 'no root element';
}
