// Built-in redundancy rule sets and dated default rates. Every figure names its
// date and source (../shared/domain-notes.md §1 gathers them); all are editable
// in the document, which keeps its own copy once an employer is set up.
import type { CostSettings, EmployerCosts, PostCostInputs, RedundancyRuleSet } from '../model/costTypes';
import type { StructuraDocument } from '../model/types';

const NHS_SOURCE = 'NHS Terms and Conditions (Agenda for Change) handbook, section 16; NHS Employers';
const LG_SOURCE =
  'Employment Rights Act 1996 s162 (statutory table); Local Government (Early Termination of Employment) (Discretionary Compensation) Regulations 2006, SI 2006/2914';

export const BUILT_IN_RULE_SETS: readonly RedundancyRuleSet[] = [
  {
    id: 'nhs-afc',
    name: 'NHS Agenda for Change (section 16)',
    scheme: 'nhs-afc',
    // One month's pay per year of reckonable service: 52/12 weeks.
    weeksPerYear: 52 / 12,
    maxYears: 24,
    minYears: 2,
    payFloor: 23_000,
    payCap: 80_000,
    weeklyPayCap: null,
    multiplier: 1,
    maxWeeks: null,
    strainAge: null,
    accrual: 54,
    strainFactor: 0,
    pensionAge: 67,
    source: NHS_SOURCE,
  },
  {
    id: 'lg-statutory',
    name: 'Local government: statutory redundancy on actual pay',
    scheme: 'local-government',
    weeksPerYear: 1,
    maxYears: 20,
    minYears: 2,
    payFloor: null,
    payCap: null,
    weeklyPayCap: null,
    multiplier: 1,
    maxWeeks: 30,
    strainAge: 55,
    accrual: 49,
    // Calibrated to the domain notes' example: about £40k strain for a £40k salary, 20 years' service, at 55.
    strainFactor: 2.45,
    pensionAge: 67,
    source: LG_SOURCE + '; LGPS strain estimated, not an actuary’s figure',
  },
  {
    id: 'lg-discretionary',
    name: 'Local government: discretionary ×1.5 on actual pay (up to 104 weeks)',
    scheme: 'local-government',
    weeksPerYear: 1,
    maxYears: 20,
    minYears: 2,
    payFloor: null,
    payCap: null,
    weeklyPayCap: null,
    multiplier: 1.5,
    maxWeeks: 104,
    strainAge: 55,
    accrual: 49,
    strainFactor: 2.45,
    pensionAge: 67,
    source: LG_SOURCE + '; LGPS strain estimated, not an actuary’s figure',
  },
];

/** Employer rates from 6 April 2025 for an NHS body (local view of the pension rate). */
export function nhsEmployerDefaults(tagId: string): EmployerCosts {
  return {
    tagId,
    niRate: 0.15,
    niThreshold: 5_000,
    pensionRate: 0.1438,
    levyRate: 0.005,
    otherRate: 0,
    ruleSetId: 'nhs-afc',
    protectionYears: 2,
    ratesDate: '2025-04-06',
    source:
      'Employer NI 15% above £5,000 (HMRC, from 6 April 2025); NHS Pension Scheme employer rate 23.7% of which employers pay 14.38% locally, 9.4% paid centrally and not counted here (NHS Employers, NHSBSA, April 2024); apprenticeship levy 0.5% (pay bill over £3m)',
    illustrative: false,
  };
}

/** Employer rates from 6 April 2025 for a council in the LGPS (the 2022 valuation's average total rate). */
export function councilEmployerDefaults(tagId: string): EmployerCosts {
  return {
    tagId,
    niRate: 0.15,
    niThreshold: 5_000,
    pensionRate: 0.211,
    levyRate: 0.005,
    otherRate: 0,
    ruleSetId: 'lg-discretionary',
    protectionYears: 3,
    ratesDate: '2025-04-06',
    source:
      'Employer NI 15% above £5,000 (HMRC, from 6 April 2025); LGPS 2022 valuation average employer rate 21.1% total (LGPS Scheme Advisory Board) — use the fund’s rate for this employer; apprenticeship levy 0.5% (pay bill over £3m)',
    illustrative: false,
  };
}

export function emptyCostSettings(): CostSettings {
  return { startDate: '', years: 5, changeDate: '', defaultSplit: [], agreedSplit: [], employers: [], ruleSets: [], recruitmentRate: 0, posts: [] };
}

/** The document's cost inputs, with defaults for a document that has none. */
export function costSettingsOf(doc: StructuraDocument): CostSettings {
  return doc.costs ?? emptyCostSettings();
}

/** The rule set by id: the document's own copy first, else the built-in one. */
export function findRuleSet(settings: CostSettings, id: string): RedundancyRuleSet | undefined {
  return settings.ruleSets.find((r) => r.id === id) ?? BUILT_IN_RULE_SETS.find((r) => r.id === id);
}

export function emptyPostInputs(postId: string): PostCostInputs {
  return {
    postId,
    age: null,
    yearsOfService: null,
    weeklyPay: null,
    estimate: true,
    pensionStrain: null,
    employerTagId: null,
    effectiveDate: '',
    slottedInto: null,
    recruitmentCost: null,
  };
}
