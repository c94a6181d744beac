// Runtime schema (zod) of the transition section (./transitionTypes.ts), strict like the rest.
import { formatCount } from '../format';
import { z } from 'zod';
import { LIMITS } from './limits';
import { textSchema } from './textSchema';
import type { TransitionSettings } from './transitionTypes';

const longerThan = (limit: number) => `is longer than ${limit} characters`;
const atMost = (limit: number, what: string) => `has more than ${formatCount(limit)} ${what}`;
const id = textSchema
  .check(z.minLength(1, 'must not be empty'), z.maxLength(LIMITS.idLength, longerThan(LIMITS.idLength)))
  .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters');
const shortText = textSchema.max(LIMITS.shortText, longerThan(LIMITS.shortText));
const longText = textSchema.max(LIMITS.longText, longerThan(LIMITS.longText));
const date = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2007-10-01, or empty');
const percent = z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less');
const ids = (what: string) => z.array(id).max(LIMITS.listItems, atMost(LIMITS.listItems, what));
const items = <T extends z.ZodType>(item: T, what: string) => z.array(item).max(LIMITS.mappingItems, atMost(LIMITS.mappingItems, what));

const postMapping = z.strictObject({
  postId: id,
  method: z.enum(['unchanged', 'slot-in', 'ring-fence', 'open-competition', 'deleted', 'moved-out']),
  targetPostIds: ids('target posts'),
  poolIds: ids('pools'),
  destination: shortText,
  reason: longText,
  inferred: shortText.nullable(),
});

const jobMatch = z.strictObject({ fromPostId: id, toPostId: id, percent, basis: longText });

const pool = z.strictObject({ id, name: shortText.min(1, 'must not be empty'), postIds: ids('posts') });

const phase = z.strictObject({
  id,
  name: shortText.min(1, 'must not be empty'),
  startDate: date.min(1, 'needs a start date'),
  endDate: date,
  description: longText,
  inferred: shortText.nullable(),
});

const change = z.strictObject({ nodeId: id, phaseId: id.nullable(), effectiveDate: date, reason: longText, inferred: shortText.nullable() });

const chartMapping = z.strictObject({
  id,
  fromChartId: id,
  toChartId: id,
  thresholds: z.strictObject({ slotIn: percent, ringFence: percent }),
  posts: items(postMapping, 'post mappings'),
  matches: items(jobMatch, 'job matches'),
  pools: items(pool, 'pools'),
  changes: items(change, 'dated changes'),
});

export const transitionSettingsSchema = z.strictObject({
  phases: z.array(phase).max(LIMITS.phases, atMost(LIMITS.phases, 'phases')),
  mappings: z.array(chartMapping).max(LIMITS.mappings, atMost(LIMITS.mappings, 'chart mappings')),
});

type Parsed = z.infer<typeof transitionSettingsSchema>;
const _typesMatchSchema: [Parsed] extends [TransitionSettings] ? true : never = true;
const _schemaMatchesTypes: [TransitionSettings] extends [Parsed] ? true : never = true;
void _typesMatchSchema;
void _schemaMatchesTypes;
