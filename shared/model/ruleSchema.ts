// Runtime schema of the rule-check inputs (./ruleTypes.ts), strict like the rest.
import { z } from 'zod';
import type { RuleSettings } from './ruleTypes';
import { LIMITS } from './limits';
import { textSchema } from './textSchema';

const text = (max: number) => textSchema.max(max, `is longer than ${max} characters`);
const ruleId = textSchema
  .min(1, 'must not be empty')
  .max(200, 'is longer than 200 characters')
  .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters');
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(10_000, 'is not a plausible number');

export const ruleSettingsSchema = z.strictObject({
  roles: z.array(z.strictObject({ id: ruleId, name: text(500).min(1, 'must not be empty'), source: text(500) })).max(200),
  designations: z
    .array(z.strictObject({ postId: ruleId, roleId: ruleId, tagId: ruleId, chartId: ruleId.nullable(), inferred: text(500).nullable() }))
    .max(10_000),
  organisations: z.array(z.strictObject({ tagId: ruleId, requiredRoles: z.array(ruleId).max(200) })).max(200),
  limits: z.strictObject({ minSpan: count, maxSpan: count, maxLayers: count, source: text(500) }),
  crossOrganisationThroughJointOnly: z.boolean(),
  topPosts: z.array(ruleId).max(10_000),
  acknowledgements: z
    .array(
      z.strictObject({
        ruleId,
        chartId: ruleId,
        postIds: z.array(ruleId).max(1_000),
        reason: text(LIMITS.acknowledgementReason).min(1, 'must say why'),
        fingerprint: text(200),
      }),
    )
    .max(10_000),
});

type Parsed = z.infer<typeof ruleSettingsSchema>;
const _schemaMatchesTypes: [Parsed] extends [RuleSettings] ? ([RuleSettings] extends [Parsed] ? true : never) : never = true;
void _schemaMatchesTypes;
