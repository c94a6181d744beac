// Runtime schema of the document (zod), mirroring ./types.ts. Strict objects:
// unknown keys (including "__proto__" and "constructor") are refused, never merged.
import { z } from 'zod';
import { costSettingsSchema } from './costSchema';
import { SCHEMA_VERSION, type StructuraDocument } from './types';

/** Limits that keep a hostile file from exhausting memory or the UI. */
export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  charts: 500,
  tags: 200,
  nodesPerChart: 100_000,
  linesPerChart: 200_000,
  shortText: 500,
  longText: 20_000,
  listItems: 500,
  juniorTeams: 5_000,
} as const;

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'is longer than 200 characters')
  .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters');
const shortText = z.string().max(LIMITS.shortText, `is longer than ${LIMITS.shortText} characters`);
const longText = z.string().max(LIMITS.longText, `is longer than ${LIMITS.longText} characters`);
const nonNegative = z.number().min(0, 'must be 0 or more');
const money = nonNegative.max(1e12, 'is not a plausible amount');
const coordinate = z.number().min(-1e7).max(1e7);
const inferred = shortText.nullable();

const tag = z.strictObject({
  id,
  name: shortText.min(1, 'must not be empty'),
  label: z.string().min(1, 'must not be empty').max(40, 'is longer than 40 characters'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4'),
});

const holder = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('named'),
    names: z.array(shortText.min(1, 'must not be empty')).min(1, 'needs at least one name').max(20),
  }),
  z.strictObject({ kind: z.literal('vacant') }),
  z.strictObject({ kind: z.literal('undisclosed') }),
  z.strictObject({ kind: z.literal('unrecorded') }),
]);

const position = z.strictObject({ x: coordinate, y: coordinate });

const juniorTeam = z.strictObject({
  grade: shortText,
  title: shortText,
  fte: nonNegative.max(1e6),
  payMin: money.nullable(),
  payMax: money.nullable(),
  unit: shortText,
  profession: shortText,
});

const nodeBase = {
  id,
  tagId: id.nullable(),
  notes: longText,
  inferred,
  position,
};

const post = z.strictObject({
  ...nodeBase,
  kind: z.literal('post'),
  title: shortText.min(1, 'must not be empty'),
  holder,
  funding: z.array(z.strictObject({ tagId: id, percent: z.number().min(0).max(100) })).max(LIMITS.tags),
  fte: nonNegative.max(1e6),
  grade: shortText,
  cost: money.nullable(),
  costIllustrative: z.boolean(),
  responsibilities: z.array(shortText).max(LIMITS.listItems),
  assistant: z.boolean(),
  collapsed: z.boolean(),
  unit: shortText,
  payFloor: money.nullable(),
  payCeiling: money.nullable(),
  jobFunction: shortText,
  profession: shortText,
  juniorTeams: z.array(juniorTeam).max(LIMITS.juniorTeams),
});

const body = z.strictObject({
  ...nodeBase,
  kind: z.literal('body'),
  name: shortText.min(1, 'must not be empty'),
  bodyType: z.enum(['board', 'organisation', 'regulator', 'group']),
});

const line = z.strictObject({
  id,
  kind: z.enum(['management', 'accountability', 'commissions']),
  from: id,
  to: id,
  label: shortText,
  inferred,
});

const chart = z.strictObject({
  id,
  title: shortText.min(1, 'must not be empty'),
  annex: z.string().max(20),
  subtitle: shortText,
  footnotes: z.array(longText).max(LIMITS.listItems),
  kind: z.enum(['structure', 'diagram']),
  nodes: z.array(z.discriminatedUnion('kind', [post, body])).max(LIMITS.nodesPerChart),
  lines: z.array(line).max(LIMITS.linesPerChart),
  layout: z.strictObject({ compact: z.boolean() }),
});

export const documentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: shortText,
  description: longText,
  meta: z.strictObject({
    author: shortText,
    versionLabel: shortText,
    date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2007-06-30, or empty'),
  }),
  tags: z.array(tag).max(LIMITS.tags),
  charts: z.array(chart).min(1, 'a document needs at least one chart').max(LIMITS.charts),
  costs: costSettingsSchema.optional(),
});

// Compile-time check that the schema and the hand-written types agree both ways.
type SchemaDocument = z.infer<typeof documentSchema>;
const _typesMatchSchema: [SchemaDocument] extends [StructuraDocument] ? true : never = true;
const _schemaMatchesTypes: [StructuraDocument] extends [SchemaDocument] ? true : never = true;
void _typesMatchSchema;
void _schemaMatchesTypes;
