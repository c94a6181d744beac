// The money inputs of a document: employer on-costs, exit-cost rule sets, the
// partnership split, per-post exit and phasing inputs, and the years a savings
// ledger covers. Kept in the document so a ledger reopens exactly as approved.
// Rates change: every rate carries the date it applies from and its source.
import type { FundingShare } from './types';

/** What an employer pays on top of pay. Rates are fractions (0.15 = 15 %). */
export interface EmployerCosts {
  /** The organisation tag that employs and pays (e.g. "pct", "council"). */
  tagId: string;
  /** Employer National Insurance rate on pay above the threshold. */
  niRate: number;
  /** Pay a year below which no employer NI is due, in pounds. */
  niThreshold: number;
  /** Employer pension contribution, as a fraction of pay. */
  pensionRate: number;
  /** Apprenticeship levy, as a fraction of pay. */
  levyRate: number;
  /** Any other on-cost, as a fraction of pay. */
  otherRate: number;
  /** Which redundancy rule set applies to this employer's staff. */
  ruleSetId: string;
  /** Years a holder slotted into a lower-paid post keeps their old pay. */
  protectionYears: number;
  /** The date the rates apply from (yyyy-mm-dd) and where they come from. */
  ratesDate: string;
  source: string;
  /** The rates are examples, not this employer's real rates. */
  illustrative: boolean;
}

export type RedundancyScheme = 'nhs-afc' | 'local-government';

/**
 * A named set of redundancy rules, with its caps and multipliers editable.
 * - nhs-afc (Agenda for Change s16): `weeksPerYear` of pay per year of
 *   reckonable service (one month ≈ 52/12 weeks), at most `maxYears` years,
 *   annual pay held between `payFloor` and `payCap`; the cost of an early
 *   pension comes out of the redundancy payment, so no strain on top.
 * - local-government: statutory weeks by age band (½ under 22, 1 from 22,
 *   1½ from 41), at most `maxYears` years, weekly pay capped at `weeklyPayCap`
 *   (null: actual pay, as SI 2006/2914 allows), times `multiplier`, at most
 *   `maxWeeks`; pension strain for holders of `strainAge` or over.
 */
export interface RedundancyRuleSet {
  id: string;
  name: string;
  scheme: RedundancyScheme;
  weeksPerYear: number;
  maxYears: number;
  minYears: number;
  payFloor: number | null;
  payCap: number | null;
  weeklyPayCap: number | null;
  multiplier: number;
  maxWeeks: number | null;
  /** Age from which an LGPS member made redundant draws an unreduced pension. */
  strainAge: number | null;
  /**
   * Strain estimate when none is entered: pension = pay × years / accrual,
   * strain = pension × strainFactor × (pensionAge − age) / (pensionAge − strainAge).
   */
  accrual: number;
  strainFactor: number;
  pensionAge: number;
  source: string;
}

/** Inputs about one post and its holder, keyed by the post id (shared by every chart). */
export interface PostCostInputs {
  postId: string;
  /** The holder's age, years of service and weekly pay, for exit costs; null when not known. */
  age: number | null;
  yearsOfService: number | null;
  /** Null: annual pay / 52. */
  weeklyPay: number | null;
  /** The exit inputs are estimates, not HR records. */
  estimate: boolean;
  /** Pension strain entered by the fund's actuary; null: estimated by the rule set. */
  pensionStrain: number | null;
  /** The holder's employer when not the post's own (e.g. a joint post's employer). */
  employerTagId: string | null;
  /** When this post's change takes effect (yyyy-mm-dd); empty: the document's change date. */
  effectiveDate: string;
  /** A removed post's holder is slotted into this new post (no redundancy; pay protected). */
  slottedInto: string | null;
  /** Recruitment cost of this post if it is new; null: the document's rate. */
  recruitmentCost: number | null;
}

export interface CostSettings {
  /** First day of the first year of the ledger (yyyy-mm-dd); empty: 1 April of this year. */
  startDate: string;
  years: number;
  /** When changes take effect unless a post says otherwise; empty: the start date. */
  changeDate: string;
  /** Split of a joint post that has none of its own. */
  defaultSplit: FundingShare[];
  /** The ratio partners agreed to share savings by (e.g. 45/55); empty: the default split. */
  agreedSplit: FundingShare[];
  employers: EmployerCosts[];
  ruleSets: RedundancyRuleSet[];
  /** Recruitment cost of a new post as a fraction of its pay (an estimate). */
  recruitmentRate: number;
  posts: PostCostInputs[];
}
