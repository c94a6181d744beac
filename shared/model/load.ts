// Loading and saving documents. Every way a document enters (open, drop,
// paste, import, command line) goes through parseDocument: size limit, JSON,
// version check and migration, schema, referential integrity. Either the whole
// document is accepted or nothing is, with messages that say what and where.
import { schemaIssues } from './check';
import { jsonErrorOffset } from './jsonErrorOffset';
import { migrateToCurrent } from './migrations';
import { documentSchema, LIMITS } from './schema';
import { SCHEMA_VERSION, type StructuraDocument } from './types';
import { validateDocument, type DocumentIssue } from './validate';

export type ParseResult = { ok: true; doc: StructuraDocument } | { ok: false; errors: DocumentIssue[] };

const MAX_REPORTED = 20;

function jsonErrorLocation(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return 'it could not be read';
  if (offset >= text.length) return `it ends too early, at line ${text.split('\n').length}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = JSON.stringify(text.slice(offset, offset + 12));
  return `unexpected ${found} at line ${line}, column ${column}`;
}

export function parseDocument(text: string): ParseResult {
  if (text.length > LIMITS.fileBytes) {
    return {
      ok: false,
      errors: [
        { path: '(file)', message: `the file is ${Math.round(text.length / 1048576)} MB; Structura opens documents up to ${LIMITS.fileBytes / 1048576} MB` },
      ],
    };
  }
  let raw: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, errors: [{ path: '(file)', message: `this is not a Structura document: the JSON is malformed (${jsonErrorLocation(body)})` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '(document)', message: 'this is not a Structura document: expected a JSON object' }] };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: 'this is not a Structura document: it has no schemaVersion' }] };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: `this document was saved by a newer Structura (format ${version}); this version reads formats up to ${SCHEMA_VERSION}`,
        },
      ],
    };
  }
  let migrated: unknown;
  try {
    migrated = migrateToCurrent(raw as { schemaVersion: number });
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: `the document could not be upgraded from format ${version}: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const schemaErrors = schemaIssues(documentSchema, migrated, '', MAX_REPORTED);
  if (schemaErrors.length > 0) return { ok: false, errors: schemaErrors };
  const doc = migrated as StructuraDocument;
  const integrity = validateDocument(doc);
  if (integrity.length > 0) return { ok: false, errors: integrity.slice(0, MAX_REPORTED) };
  return { ok: true, doc };
}

/** One line per problem, for dialogs and the command line. */
export function formatIssues(errors: DocumentIssue[], fileName?: string): string {
  const where = fileName ? `${fileName}: ` : '';
  return errors.map((e) => `${where}${e.path}: ${e.message}`).join('\n');
}

/** Stable, readable JSON: two-space indent, keys in model order. */
export function serializeDocument(doc: StructuraDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
