// Runtime schema (zod) of the document's cost inputs, mirroring ./costTypes.ts.
import { z } from 'zod';
import type { CostSettings } from './costTypes';
import { LIMITS } from './limits';

const id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const text = z.string().max(2000, 'is longer than 2000 characters');
const date = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2008-04-01, or empty');
const rate = z.number().min(0, 'must be 0 or more').max(LIMITS.rate, 'is a fraction: 0.15 means 15%');
const money = z.number().min(0, 'must be 0 or more').max(LIMITS.money, 'is not a plausible amount');
const share = z.strictObject({ tagId: id, percent: z.number().min(0).max(100) });
const split = z.array(share).max(200);

const employer = z.strictObject({
  tagId: id,
  niRate: rate,
  niThreshold: money,
  pensionRate: rate,
  levyRate: rate,
  otherRate: rate,
  ruleSetId: id,
  protectionYears: z.number().min(0).max(LIMITS.protectionYears, `is more than ${LIMITS.protectionYears} years`),
  ratesDate: date,
  source: text,
  illustrative: z.boolean(),
});

const ruleSet = z.strictObject({
  id,
  name: z.string().min(1, 'must not be empty').max(200),
  scheme: z.enum(['nhs-afc', 'local-government']),
  weeksPerYear: z.number().min(0).max(52),
  maxYears: z.number().min(0).max(100),
  minYears: z.number().min(0).max(100),
  payFloor: money.nullable(),
  payCap: money.nullable(),
  weeklyPayCap: money.nullable(),
  multiplier: z.number().min(0).max(10),
  maxWeeks: z.number().min(0).max(1000).nullable(),
  strainAge: z.number().min(0).max(100).nullable(),
  accrual: z.number().min(1).max(200),
  strainFactor: z.number().min(0).max(100),
  pensionAge: z.number().min(0).max(100),
  source: text,
});

const postInputs = z.strictObject({
  postId: id,
  age: z.number().min(LIMITS.minAge).max(LIMITS.maxAge).nullable(),
  yearsOfService: z.number().min(0).max(LIMITS.yearsOfService).nullable(),
  weeklyPay: money.nullable(),
  estimate: z.boolean(),
  pensionStrain: money.nullable(),
  employerTagId: id.nullable(),
  effectiveDate: date,
  slottedInto: id.nullable(),
  recruitmentCost: money.nullable(),
});

export const costSettingsSchema = z.strictObject({
  startDate: date,
  years: z.number().int('must be a whole number of years').min(1, 'must be at least 1').max(LIMITS.ledgerYears, `is more than ${LIMITS.ledgerYears} years`),
  changeDate: date,
  defaultSplit: split,
  agreedSplit: split,
  employers: z.array(employer).max(200),
  ruleSets: z.array(ruleSet).max(200),
  recruitmentRate: rate,
  posts: z.array(postInputs).max(200_000),
});

type SchemaCosts = z.infer<typeof costSettingsSchema>;
const _typesMatchSchema: [SchemaCosts] extends [CostSettings] ? true : never = true;
const _schemaMatchesTypes: [CostSettings] extends [SchemaCosts] ? true : never = true;
void _typesMatchSchema;
void _schemaMatchesTypes;
