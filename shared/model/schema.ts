// Runtime schema of the document (zod), mirroring ./types.ts. Strict objects:
// unknown keys (including "__proto__" and "constructor") are refused, never merged.
import { formatCount } from '../format';
import { z } from 'zod';
import { ruleSettingsSchema } from './ruleSchema';
import { textSchema } from './textSchema';
import { LIMITS } from './limits';
import { costSettingsSchema } from './costSchema';
import { transitionSettingsSchema } from './transitionSchema';
import { SCHEMA_VERSION, type StructuraDocument } from './types';

export { LIMITS };

const text = textSchema;
const longerThan = (limit: number) => `is longer than ${limit} characters`;
const id = text
  .check(z.minLength(1, 'must not be empty'), z.maxLength(LIMITS.idLength, longerThan(LIMITS.idLength)))
  .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters');
const shortText = text.max(LIMITS.shortText, longerThan(LIMITS.shortText));
const requiredShortText = shortText.min(1, 'must not be empty');
const longText = text.max(LIMITS.longText, longerThan(LIMITS.longText));
const nonNegative = z.number().min(0, 'must be 0 or more');
const fte = nonNegative.max(LIMITS.fte, `is more than ${formatCount(LIMITS.fte)}`);
const money = nonNegative.max(LIMITS.money, 'is not a plausible amount');
const coordinate = z
  .number()
  .min(-LIMITS.coordinate, 'is too far from the centre of the canvas')
  .max(LIMITS.coordinate, 'is too far from the centre of the canvas');
const inferred = shortText.nullable();
const atMost = (limit: number, what: string) => `has more than ${formatCount(limit)} ${what}`;

export const tagSchema = z.strictObject({
  id,
  name: requiredShortText,
  label: text.min(1, 'must not be empty').max(LIMITS.tagLabel, longerThan(LIMITS.tagLabel)),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4'),
});

const holder = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('named'),
    names: z.array(requiredShortText).min(1, 'needs at least one name').max(LIMITS.holderNames, atMost(LIMITS.holderNames, 'names')),
  }),
  z.strictObject({ kind: z.literal('vacant') }),
  z.strictObject({ kind: z.literal('undisclosed') }),
  z.strictObject({ kind: z.literal('unrecorded') }),
]);

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });

const juniorTeam = z.strictObject({
  grade: shortText,
  title: shortText,
  fte,
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
  position: positionSchema,
};

const post = z.strictObject({
  ...nodeBase,
  kind: z.literal('post'),
  title: requiredShortText,
  holder,
  funding: z
    .array(z.strictObject({ tagId: id, percent: z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less') }))
    .max(LIMITS.tags, atMost(LIMITS.tags, 'shares')),
  fte,
  grade: shortText,
  cost: money.nullable(),
  costIllustrative: z.boolean(),
  responsibilities: z.array(shortText).max(LIMITS.listItems, atMost(LIMITS.listItems, 'items')),
  assistant: z.boolean(),
  collapsed: z.boolean(),
  unit: shortText,
  payFloor: money.nullable(),
  payCeiling: money.nullable(),
  jobFunction: shortText,
  profession: shortText,
  juniorTeams: z.array(juniorTeam).max(LIMITS.juniorTeams, atMost(LIMITS.juniorTeams, 'junior teams')),
});

const body = z.strictObject({
  ...nodeBase,
  kind: z.literal('body'),
  name: requiredShortText,
  bodyType: z.enum(['board', 'organisation', 'regulator', 'group']),
});

export const nodeSchema = z.discriminatedUnion('kind', [post, body]);

export const lineSchema = z.strictObject({
  id,
  kind: z.enum(['management', 'accountability', 'commissions']),
  from: id,
  to: id,
  label: shortText,
  inferred,
});

const chartFields = {
  id,
  title: requiredShortText,
  annex: text.max(LIMITS.annex, longerThan(LIMITS.annex)),
  subtitle: shortText,
  footnotes: z.array(longText).max(LIMITS.listItems, atMost(LIMITS.listItems, 'footnotes')),
  kind: z.enum(['structure', 'diagram']),
  layout: z.strictObject({ compact: z.boolean() }),
};

/** A chart without its nodes and lines: what editing a chart's title or footnotes can change. */
export const chartInfoSchema = z.strictObject(chartFields);

export const chartSchema = z.strictObject({
  ...chartFields,
  nodes: z.array(nodeSchema).max(LIMITS.nodesPerChart, atMost(LIMITS.nodesPerChart, 'boxes')),
  lines: z.array(lineSchema).max(LIMITS.linesPerChart, atMost(LIMITS.linesPerChart, 'lines')),
});

const documentFields = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: shortText,
  description: longText,
  meta: z.strictObject({
    author: shortText,
    versionLabel: shortText,
    date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2007-06-30, or empty'),
  }),
};

/** The document's own fields, without its tags and charts. */
export const documentInfoSchema = z.strictObject(documentFields);

export const documentSchema = z.strictObject({
  ...documentFields,
  tags: z.array(tagSchema).max(LIMITS.tags, atMost(LIMITS.tags, 'organisation tags')),
  charts: z.array(chartSchema).min(1, 'a document needs at least one chart').max(LIMITS.charts, atMost(LIMITS.charts, 'charts')),
  rules: ruleSettingsSchema.optional(),
  costs: costSettingsSchema.optional(),
  transition: transitionSettingsSchema.optional(),
});

// Compile-time check that the schema and the hand-written types agree both ways.
type SchemaDocument = z.infer<typeof documentSchema>;
const _typesMatchSchema: [SchemaDocument] extends [StructuraDocument] ? true : never = true;
const _schemaMatchesTypes: [StructuraDocument] extends [SchemaDocument] ? true : never = true;
void _typesMatchSchema;
void _schemaMatchesTypes;
