// The single gate every save goes through. A file is written only if opening it
// would succeed: the text to write is checked by the very function that opens
// files (parseDocument), and its size in UTF-8 bytes against the limit the
// desktop and command-line readers apply.
import { formatIssues, parseDocument, serializeDocument } from './load';
import { LIMITS } from './limits';
import type { StructuraDocument } from './types';
import type { DocumentIssue } from './validate';

/** Thrown by serializeForSave: nothing must be written. `issues` say what and where. */
export class SaveRefusedError extends Error {
  constructor(readonly issues: DocumentIssue[]) {
    super(`The document cannot be saved, because it could not be opened again: ${formatIssues(issues.slice(0, 3)).replace(/\n/g, '; ')}`);
    this.name = 'SaveRefusedError';
  }
}

/** Bytes of the text encoded as UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export function fileSizeIssue(bytes: number): DocumentIssue | null {
  if (bytes <= LIMITS.fileBytes) return null;
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  return { path: '(file)', message: `the document would be ${mb(bytes)}; Structura opens documents up to ${LIMITS.fileBytes / 1048576} MB` };
}

/**
 * The text to write for a save, or a SaveRefusedError (nothing to write) when
 * the file would be refused on opening. Every save path — desktop, web, command
 * line — calls this instead of serializeDocument.
 */
export function serializeForSave(doc: StructuraDocument): string {
  const text = serializeDocument(doc);
  const size = fileSizeIssue(utf8Length(text));
  if (size) throw new SaveRefusedError([size]);
  const reopened = parseDocument(text);
  if (!reopened.ok) throw new SaveRefusedError(reopened.errors);
  return text;
}
