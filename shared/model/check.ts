// Checking a value against part of the document schema, with the words the
// loader uses. Commands check what they change with the same schema the loader
// applies to the whole file, so an edit is refused with the message opening the
// file would have given.
import type { z } from 'zod';
import type { DocumentIssue } from './validate';

interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  keys?: readonly string[];
}

export function formatPath(path: readonly PropertyKey[], base = ''): string {
  let out = base;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out || '(document)';
}

export function describeIssue(issue: { code: string; message: string; keys?: readonly string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  // zod says "Invalid input: expected string, received undefined": say it in words.
  const typeMismatch = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
  if (typeMismatch) {
    const [, expected, received] = typeMismatch;
    return received === 'undefined' ? `is missing (expected ${expected})` : `should be ${expected}, not ${received}`;
  }
  return issue.message;
}

/** Problems of `value` against `schema`, located under `base` (e.g. "charts[0].nodes[3]"). */
export function schemaIssues(schema: z.ZodType, value: unknown, base = '', max = 20): DocumentIssue[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return (parsed.error.issues as SchemaIssue[]).slice(0, max).map((issue) => ({ path: formatPath(issue.path, base), message: describeIssue(issue) }));
}
