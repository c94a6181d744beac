// Redundancy pay and pension strain by the holder's employer's rule set.
import type { PostCostInputs, RedundancyRuleSet } from '../model/costTypes';

export interface ExitCost {
  redundancy: number;
  pensionStrain: number;
  /** The strain figure came from the rule set's estimate, not an actuary. */
  strainEstimated: boolean;
  /** Why nothing could be computed, when so. */
  missing: string | null;
}

/** Statutory weeks for one year of service at a given age (Employment Rights Act 1996 s162). */
function statutoryWeeks(ageInYear: number): number {
  if (ageInYear >= 41) return 1.5;
  if (ageInYear >= 22) return 1;
  return 0.5;
}

export function exitCost(rules: RedundancyRuleSet, inputs: PostCostInputs | undefined, annualPay: number): ExitCost {
  if (!inputs || inputs.yearsOfService === null || (rules.scheme === 'local-government' && inputs.age === null)) {
    return { redundancy: 0, pensionStrain: 0, strainEstimated: false, missing: 'no age or years of service entered' };
  }
  const years = Math.floor(inputs.yearsOfService);
  if (years < rules.minYears) return { redundancy: 0, pensionStrain: 0, strainEstimated: false, missing: null };
  const counted = Math.min(years, rules.maxYears);
  if (rules.scheme === 'nhs-afc') {
    let pay = annualPay;
    if (rules.payFloor !== null) pay = Math.max(pay, rules.payFloor);
    if (rules.payCap !== null) pay = Math.min(pay, rules.payCap);
    // The cost of an unreduced early pension is met from this payment, so there is no strain on top.
    return { redundancy: (pay / 52) * rules.weeksPerYear * counted * rules.multiplier, pensionStrain: 0, strainEstimated: false, missing: null };
  }
  // Local government: the check at the top returned when no age was entered; read again so TypeScript sees it.
  if (inputs.age === null) return { redundancy: 0, pensionStrain: 0, strainEstimated: false, missing: 'no age or years of service entered' };
  const age = Math.floor(inputs.age);
  let weekly = inputs.weeklyPay ?? annualPay / 52;
  if (rules.weeklyPayCap !== null) weekly = Math.min(weekly, rules.weeklyPayCap);
  // The most recent years count: the year ending at `age`, then the one before, and so on.
  let weeks = 0;
  for (let k = 0; k < counted; k++) weeks += statutoryWeeks(age - 1 - k) * rules.weeksPerYear;
  weeks *= rules.multiplier;
  if (rules.maxWeeks !== null) weeks = Math.min(weeks, rules.maxWeeks);
  const redundancy = weekly * weeks;
  if (rules.strainAge === null || age < rules.strainAge) return { redundancy, pensionStrain: 0, strainEstimated: false, missing: null };
  if (inputs.pensionStrain !== null) return { redundancy, pensionStrain: inputs.pensionStrain, strainEstimated: false, missing: null };
  const pension = (annualPay * years) / rules.accrual;
  const early = Math.max(0, rules.pensionAge - age) / Math.max(1, rules.pensionAge - rules.strainAge);
  return { redundancy, pensionStrain: pension * rules.strainFactor * early, strainEstimated: true, missing: null };
}
