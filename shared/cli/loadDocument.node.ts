// How the CLI reads a document argument: "sample" is the built-in Herefordshire
// document; anything else is a file that must pass the same validation as in the app.
import { stat } from 'node:fs/promises';
import { formatIssues, parseDocument } from '../model/load';
import { LIMITS } from '../model/schema';
import type { StructuraDocument } from '../model/types';
import { herefordshireSample } from '../sample/herefordshire';
import { CliError, type CliIO } from './io.node';

export async function loadDocumentArg(file: string, io: CliIO): Promise<StructuraDocument> {
  if (file === 'sample') return herefordshireSample();
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file} is a folder, not a document`);
    if (info.size > LIMITS.fileBytes)
      throw new CliError(`${file} is ${Math.round(info.size / 1048576)} MB; documents are limited to ${LIMITS.fileBytes / 1048576} MB`);
    text = await io.readText(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  const result = parseDocument(text);
  if (!result.ok) {
    const [first = { path: '', message: 'not a Structura document' }] = result.errors;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problem${result.errors.length > 2 ? 's' : ''})` : '';
    throw new CliError(formatIssues([first], file) + more);
  }
  return result.doc;
}
