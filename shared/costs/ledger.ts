// The savings ledger between a baseline and an option structure chart, per
// year from a start date: each chart's recurring cost by paying partner, the
// phased recurring saving, pay protection, one-off costs (redundancy by the
// holder's employer's rules, pension strain, recruitment of new posts), the
// net and cumulative position per partner and in total, and the payback year.
// Each change takes effect on its date: the post's own ledger date, else the
// document's transition between the same charts (shared/costs/phasing.ts).
// Linear in the posts of both charts; pure.
import { at, must } from '../must';
import { formatShare } from '../format';
import { postCost } from '../compare/compare';
import type { CostSettings, EmployerCosts, PostCostInputs } from '../model/costTypes';
import type { Chart, OrgTag, PostNode, StructuraDocument } from '../model/types';
import { costSettingsOf, emptyCostSettings, findRuleSet } from './defaults';
import { exitCost } from './exitCosts';
import { holderEmployer, payersOf, UNTAGGED, withOnCosts, type Payers } from './payers';
import { transitionPhasing, type LedgerPhasing, type PhasedDate } from './phasing';

export type PostChange = 'removed' | 'added' | 'kept' | 'slotted';

export interface PostLedgerLine {
  postId: string;
  title: string;
  change: PostChange;
  effectiveDate: string;
  /** What gave the date: the post's ledger input, the transition (a dated change, a phase), the ledger's change date or start. */
  dateSource: string;
  /** Annual pay in the baseline and the option (0 where the post is absent). */
  baselinePay: number;
  optionPay: number;
  /** With the paying employers' on-costs. */
  baselineCost: number;
  optionCost: number;
  /** Partner → share of the annual cost with on-costs, in each chart. */
  baselineByPartner: Record<string, number>;
  optionByPartner: Record<string, number>;
  splitAssumed: boolean;
  redundancy: number;
  pensionStrain: number;
  recruitment: number;
  /** Total pay protection over the ledger's years. */
  protection: number;
  /** The holder's employer, whose exit rules and protection apply. */
  employer: string | null;
  ruleSet: string | null;
  /** Figures on this line rest on estimates. */
  estimate: boolean;
  notes: string[];
}

export interface YearFigures {
  baselineCost: number;
  /** What the year actually costs under the change: phased, with protection. */
  optionCost: number;
  recurringSaving: number;
  protection: number;
  redundancy: number;
  pensionStrain: number;
  recruitment: number;
  oneOff: number;
  /** recurringSaving − protection − oneOff. */
  net: number;
  cumulative: number;
}

export interface LedgerYear {
  label: string;
  start: string;
  end: string;
  byPartner: Record<string, YearFigures>;
  total: YearFigures;
}

export interface WaterfallFigures {
  baseline: number;
  removed: number;
  added: number;
  changed: number;
  option: number;
}

export interface Ledger {
  fromChartId: string;
  toChartId: string;
  fromTitle: string;
  toTitle: string;
  onCosts: boolean;
  startDate: string;
  partners: { tagId: string; label: string }[];
  /** Full-year recurring cost of each chart, by partner and in total. */
  baseline: Record<string, number> & { total: number };
  option: Record<string, number> & { total: number };
  /** Full-year recurring saving split by who pays, and by the agreed ratio. */
  savingByPayer: Record<string, number>;
  savingByAgreedSplit: Record<string, number>;
  agreedSplitLabel: string;
  years: LedgerYear[];
  /** First year (1-based) whose cumulative net position is not negative; null if none within the years. */
  paybackYear: number | null;
  paybackYearByPartner: Record<string, number | null>;
  waterfall: Record<string, WaterfallFigures> & { total: WaterfallFigures };
  /** Joint posts (split by funding or by the default split): what each costs each partner, in each chart. */
  jointPosts: PostLedgerLine[];
  posts: PostLedgerLine[];
  illustrative: boolean;
  /** The transition whose dates phase the changes ("the transition Annex 5 → Annex 1"); null when none dated any. */
  phasedBy: string | null;
  /** Why the ledger is illustrative, and what is missing. */
  notes: string[];
}

export interface LedgerOptions {
  /** Years to cover; default the document's. */
  years?: number;
  /** Count employer on-costs (default) or pay only. */
  onCosts?: boolean;
}

/** When changes take effect, in order of precedence (see `effectiveOf` in buildLedger). */
export const DATE_SOURCES = {
  ledger: 'ledger date of the post',
  changeDate: 'ledger change date',
  undated: 'undated in the transition: with its last dated change',
  start: 'ledger start',
} as const;

const DAY = 86_400_000;

/** Day number of a YYYY-MM-DD date (the schema has checked the form). */
function parseDay(text: string): number {
  const [y = NaN, m = NaN, d = NaN] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}

function formatDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function addYears(day: number, years: number): number {
  const d = new Date(day * DAY);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY;
}

/** The ledger's first day: as set, else 1 April of the document's financial year. */
export function ledgerStart(settings: CostSettings, documentDate: string): string {
  if (settings.startDate) return settings.startDate;
  const date = documentDate || '2025-04-01';
  const [y = NaN, m = NaN] = date.split('-').map(Number);
  return `${m >= 4 ? y : y - 1}-04-01`;
}

function emptyYear(): YearFigures {
  return {
    baselineCost: 0,
    optionCost: 0,
    recurringSaving: 0,
    protection: 0,
    redundancy: 0,
    pensionStrain: 0,
    recruitment: 0,
    oneOff: 0,
    net: 0,
    cumulative: 0,
  };
}

function sumOf(costs: readonly { value: number }[]): number {
  let sum = 0;
  for (const c of costs) sum += c.value;
  return sum;
}

/** Whether a record has two keys or more, without listing them all. */
function moreThanOneKey(record: Record<string, number>): boolean {
  let seen = 0;
  for (const key in record) if (Object.hasOwn(record, key) && ++seen > 1) return true;
  return false;
}

function postsOf(chart: Chart): Map<string, PostNode> {
  const map = new Map<string, PostNode>();
  for (const n of chart.nodes) if (n.kind === 'post') map.set(n.id, n);
  return map;
}

export function buildLedger(
  from: Chart,
  to: Chart,
  tags: readonly OrgTag[],
  settingsIn: CostSettings | undefined,
  options: LedgerOptions & { documentDate?: string; phasing?: LedgerPhasing } = {},
): Ledger {
  const settings = settingsIn ?? emptyCostSettings();
  const onCosts = options.onCosts ?? true;
  const yearCount = options.years ?? settings.years;
  const employers = new Map<string, EmployerCosts>(settings.employers.map((e) => [e.tagId, e]));
  const inputs = new Map<string, PostCostInputs>(settings.posts.map((p) => [p.postId, p]));
  const notes = new Set<string>();
  let illustrative = false;

  const startDate = ledgerStart(settings, options.documentDate ?? '');
  if (!settings.startDate) notes.add(`Start date not set: the ledger starts on ${startDate}.`);
  const start = parseDay(startDate);
  const bounds: number[] = [];
  for (let i = 0; i <= yearCount; i++) bounds.push(addYears(start, i));
  const phasing = options.phasing;

  // Partners: every payer met, in tag order, untagged last.
  const partnerIds: string[] = [];
  const partnerIndex = new Map<string, number>();
  const partner = (tagId: string): number => {
    let i = partnerIndex.get(tagId);
    if (i === undefined) {
      i = partnerIds.length;
      partnerIds.push(tagId);
      partnerIndex.set(tagId, i);
    }
    return i;
  };
  for (const t of tags) if (employers.has(t.id) || settings.defaultSplit.some((s) => s.tagId === t.id)) partner(t.id);

  const P = () => partnerIds.length;
  // years × partners accumulators, grown as partners appear.
  const acc = {
    baselineCost: [] as number[][],
    optionCost: [] as number[][],
    protection: [] as number[][],
    redundancy: [] as number[][],
    pensionStrain: [] as number[][],
    recruitment: [] as number[][],
  };
  const add = (key: keyof typeof acc, year: number, p: number, value: number) => {
    const rows = acc[key];
    while (rows.length <= year) rows.push([]);
    const row = at(rows, year, 'ledger year');
    while (row.length <= p) row.push(0);
    row[p] = at(row, p) + value;
  };
  const baselineFull: number[] = [];
  const optionFull: number[] = [];
  const wf = { removed: [] as number[], added: [] as number[], changed: [] as number[] };
  const bump = (arr: number[], p: number, v: number) => {
    while (arr.length <= p) arr.push(0);
    arr[p] = at(arr, p) + v;
  };

  const costOf = (post: PostNode): number => {
    const c = postCost(post);
    if (c.value === null) {
      notes.add('Some posts have no known cost and count as £0.');
      return 0;
    }
    if (post.costIllustrative) illustrative = true;
    if (c.fromPayBand) notes.add('Some costs are pay-band midpoints.');
    return c.value;
  };
  const shareCosts = (pay: number, payers: Payers): { p: number; value: number }[] => {
    const costs: { p: number; value: number }[] = [];
    for (const s of payers.shares) {
      const employer = employers.get(s.tagId);
      if (onCosts && !employer && pay > 0 && s.tagId !== UNTAGGED) notes.add(`No on-costs are set for ${labelOf(s.tagId)}: pay only.`);
      if (onCosts && employer?.illustrative) illustrative = true;
      costs.push({ p: partner(s.tagId), value: s.fraction * (onCosts ? withOnCosts(pay, employer) : pay) });
    }
    return costs;
  };
  const labels = new Map(tags.map((t) => [t.id, t.label]));
  const labelOf = (id: string) => labels.get(id) ?? (id === UNTAGGED ? 'Untagged' : id);

  const bound = (y: number) => at(bounds, y, 'year boundary');
  /** Fraction of year y after day d (0 before the year, 1 when d is at or before its start). */
  const after = (y: number, d: number) => Math.min(1, Math.max(0, (bound(y + 1) - Math.max(d, bound(y))) / (bound(y + 1) - bound(y))));
  /** Fraction of year y inside [d0, d1). */
  const within = (y: number, d0: number, d1: number) => Math.max(0, Math.min(bound(y + 1), d1) - Math.max(bound(y), d0)) / (bound(y + 1) - bound(y));
  const yearOf = (d: number) => {
    if (d < bound(0)) return 0;
    for (let y = 0; y < yearCount; y++) if (d < bound(y + 1)) return y;
    return -1;
  };

  // A post without its own split is paid as every post of its tag is: one Payers per tag, not one per post.
  const payersByTag = new Map<string, Payers>();
  const payersFor = (post: PostNode): Payers => {
    if (post.funding.length > 0) return payersOf(post, settings, employers);
    const tag = post.tagId ?? UNTAGGED;
    let payers = payersByTag.get(tag);
    if (!payers) payersByTag.set(tag, (payers = payersOf(post, settings, employers)));
    return payers;
  };

  const fromPosts = postsOf(from);
  const toPosts = postsOf(to);
  const slottedTargets = new Map<string, PostNode>(); // new post's id → removed post whose holder takes it
  for (const [id, post] of fromPosts) {
    const target = inputs.get(id)?.slottedInto;
    if (target && !toPosts.has(id) && toPosts.has(target) && !fromPosts.has(target)) slottedTargets.set(target, post);
  }
  const lines: PostLedgerLine[] = [];
  const phases = new Map<number, { a: number[]; b: number[] }>();
  const protections = new Map<string, { start: number; end: number; gap: number[] }>();
  const days = new Map<string, number>();
  const dayOf = (text: string) => {
    let d = days.get(text);
    if (d === undefined) days.set(text, (d = parseDay(text)));
    return d;
  };
  const dayTexts = new Map<number, string>();
  const dayText = (d: number) => {
    let t = dayTexts.get(d);
    if (t === undefined) dayTexts.set(d, (t = formatDay(d)));
    return t;
  };
  // A post's own ledger date overrides; else the transition's date for the change (its own, or its
  // phase's start); else the ledger's change date; else, for a change the transition leaves undated,
  // the transition's last date (as the chart "as on" a date shows it); else the ledger's start.
  let fromTransition = 0;
  const effectiveOf = (id: string): PhasedDate => {
    const own = inputs.get(id)?.effectiveDate;
    if (own) return { date: own, source: DATE_SOURCES.ledger };
    const dated = phasing?.dates.get(id);
    if (dated) {
      fromTransition++;
      return dated;
    }
    if (settings.changeDate) return { date: settings.changeDate, source: DATE_SOURCES.changeDate };
    if (phasing?.undatedDate && phasing.changed.has(id)) {
      fromTransition++;
      return { date: phasing.undatedDate, source: DATE_SOURCES.undated };
    }
    return { date: startDate, source: DATE_SOURCES.start };
  };

  const record = (partnersCosts: { p: number; value: number }[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const { p, value } of partnersCosts) {
      const id = at(partnerIds, p, 'partner');
      out[id] = (out[id] ?? 0) + value;
    }
    return out;
  };

  const protect = (line: PostLedgerLine, holderPost: PostNode, holderPayers: Payers, oldPay: number, newPay: number, newPayers: Payers, effective: number) => {
    if (oldPay <= newPay || holderPost.holder.kind === 'vacant') return;
    const employer = holderEmployer(holderPost, holderPayers, employers, inputs.get(holderPost.id)?.employerTagId ?? null);
    const years = employers.get(employer)?.protectionYears ?? 0;
    line.employer = employer;
    if (years <= 0) return;
    const key = `${effective}|${years}`;
    let group = protections.get(key);
    if (!group) protections.set(key, (group = { start: effective, end: addYears(effective, years), gap: [] }));
    const end = group.end;
    // The holder keeps the old pay, so the partners of the new post pay the difference of full costs (NI is on the whole pay).
    const newCosts = shareCosts(newPay, newPayers);
    const gap = shareCosts(oldPay, newPayers).map((c, i) => ({ p: c.p, value: c.value - at(newCosts, i, 'payer share').value }));
    for (const { p, value } of gap) bump(group.gap, p, value);
    for (let y = 0; y < yearCount; y++) {
      const f = within(y, effective, end);
      for (const { value } of gap) line.protection += value * f;
    }
    line.notes.push(`pay protected for ${years} year${years === 1 ? '' : 's'} (${labelOf(employer)} policy)`);
  };

  const visit = (id: string, a: PostNode | undefined, b: PostNode | undefined) => {
    const aPay = a ? costOf(a) : 0;
    const bPay = b ? costOf(b) : 0;
    const aPayers = a ? payersFor(a) : null;
    const bPayers = b ? payersFor(b) : null;
    const aCosts = a && aPayers ? shareCosts(aPay, aPayers) : [];
    const bCosts = b && bPayers ? shareCosts(bPay, bPayers) : [];
    const when = effectiveOf(id);
    const effective = dayOf(when.date);
    const slottedFrom = b && !a ? slottedTargets.get(id) : undefined;
    const slottedInto = inputs.get(id)?.slottedInto;
    const change: PostChange = a && b ? 'kept' : a ? (slottedInto && slottedTargets.get(slottedInto)?.id === id ? 'slotted' : 'removed') : 'added';
    const line: PostLedgerLine = {
      postId: id,
      // visit is called for a post of A, of B or of both.
      title: must(b ?? a, `post "${id}" in either chart`).title,
      change,
      effectiveDate: dayText(effective),
      dateSource: when.source,
      baselinePay: aPay,
      optionPay: bPay,
      baselineCost: sumOf(aCosts),
      optionCost: sumOf(bCosts),
      baselineByPartner: record(aCosts),
      optionByPartner: record(bCosts),
      splitAssumed: Boolean(aPayers?.splitAssumed || bPayers?.splitAssumed),
      redundancy: 0,
      pensionStrain: 0,
      recruitment: 0,
      protection: 0,
      employer: null,
      ruleSet: null,
      estimate: false,
      notes: [],
    };
    if (line.splitAssumed) line.notes.push('split assumed');
    for (const { p, value } of aCosts) {
      bump(baselineFull, p, value);
      if (!b) bump(wf.removed, p, -value);
      else bump(wf.changed, p, -value);
    }
    for (const { p, value } of bCosts) {
      bump(optionFull, p, value);
      if (!a) bump(wf.added, p, value);
      else bump(wf.changed, p, value);
    }
    // Phasing depends only on the date, so posts are summed by date and spread over the years once per date.
    let phase = phases.get(effective);
    if (!phase) phases.set(effective, (phase = { a: [], b: [] }));
    for (const { p, value } of aCosts) bump(phase.a, p, value);
    for (const { p, value } of bCosts) bump(phase.b, p, value);
    const oneOffYear = yearOf(effective);
    if (a && b && aPayers && bPayers) protect(line, a, aPayers, aPay, bPay, bPayers, effective);
    if (a && !b && aPayers && change === 'removed' && a.holder.kind !== 'vacant') {
      const entered = inputs.get(id);
      const employer = holderEmployer(a, aPayers, employers, entered?.employerTagId ?? null);
      const ruleSetId = employers.get(employer)?.ruleSetId;
      const rules = ruleSetId ? findRuleSet(settings, ruleSetId) : undefined;
      line.employer = employer;
      if (!rules) {
        line.notes.push(`no redundancy rules set for ${labelOf(employer)}`);
        notes.add(`No redundancy rules are set for ${labelOf(employer)}: its removed posts have no exit cost.`);
      } else {
        line.ruleSet = rules.name;
        const exit = exitCost(rules, entered, aPay);
        if (exit.missing) {
          line.notes.push(exit.missing);
          notes.add('Some removed posts have no exit inputs (age, years of service): no redundancy cost is counted for them.');
        }
        if (entered?.estimate && !exit.missing) line.estimate = true;
        if (exit.strainEstimated) {
          line.estimate = true;
          line.notes.push('pension strain estimated');
        }
        line.redundancy = exit.redundancy;
        line.pensionStrain = exit.pensionStrain;
        if (oneOffYear >= 0) {
          // One-off costs are shared as the post's cost was.
          for (const s of aPayers.shares) {
            add('redundancy', oneOffYear, partner(s.tagId), exit.redundancy * s.fraction);
            add('pensionStrain', oneOffYear, partner(s.tagId), exit.pensionStrain * s.fraction);
          }
        }
      }
    }
    if (b && !a && bPayers) {
      if (slottedFrom) {
        const old = slottedFrom;
        line.notes.push(`holder of "${old.title}" slotted in: no recruitment`);
        protect(line, old, payersFor(old), costOf(old), bPay, bPayers, effective);
      } else {
        const entered = inputs.get(id)?.recruitmentCost;
        const cost = entered ?? bPay * settings.recruitmentRate;
        if (entered === null || entered === undefined) {
          if (cost > 0) line.estimate = true;
        }
        line.recruitment = cost;
        if (oneOffYear >= 0) for (const s of bPayers.shares) add('recruitment', oneOffYear, partner(s.tagId), cost * s.fraction);
      }
    }
    if (line.estimate) illustrative = true;
    if (oneOffYear < 0 && (line.redundancy || line.recruitment)) notes.add('Some changes take effect after the last year of the ledger.');
    lines.push(line);
  };

  for (const [id, a] of fromPosts) visit(id, a, toPosts.get(id));
  for (const [id, b] of toPosts) if (!fromPosts.has(id)) visit(id, undefined, b);

  for (const [effective, phase] of phases) {
    for (let y = 0; y < yearCount; y++) {
      const f = after(y, effective);
      phase.a.forEach((value, p) => {
        add('baselineCost', y, p, value);
        add('optionCost', y, p, value * (1 - f));
      });
      phase.b.forEach((value, p) => add('optionCost', y, p, value * f));
    }
  }
  for (const group of protections.values()) {
    for (let y = 0; y < yearCount; y++) {
      const f = within(y, group.start, group.end);
      if (f > 0) group.gap.forEach((value, p) => add('protection', y, p, value * f));
    }
  }

  // Years, by partner and total.
  const cell = (key: keyof typeof acc, y: number, p: number) => acc[key][y]?.[p] ?? 0;
  const years: LedgerYear[] = [];
  const running = new Array(P()).fill(0);
  let runningTotal = 0;
  const paybackByPartner: Record<string, number | null> = {};
  let payback: number | null = null;
  let savedSoFar = 0;
  for (let y = 0; y < yearCount; y++) {
    const byPartner: Record<string, YearFigures> = {};
    const total = emptyYear();
    partnerIds.forEach((id, p) => {
      const f = emptyYear();
      f.baselineCost = cell('baselineCost', y, p);
      f.protection = cell('protection', y, p);
      f.optionCost = cell('optionCost', y, p) + f.protection;
      f.recurringSaving = f.baselineCost - cell('optionCost', y, p);
      f.redundancy = cell('redundancy', y, p);
      f.pensionStrain = cell('pensionStrain', y, p);
      f.recruitment = cell('recruitment', y, p);
      f.oneOff = f.redundancy + f.pensionStrain + f.recruitment;
      f.net = f.recurringSaving - f.protection - f.oneOff;
      running[p] += f.net;
      f.cumulative = running[p];
      byPartner[id] = f;
      for (const k of Object.keys(total) as (keyof YearFigures)[]) if (k !== 'cumulative') total[k] += f[k];
    });
    runningTotal += total.net;
    total.cumulative = runningTotal;
    savedSoFar += total.recurringSaving;
    if (payback === null && total.cumulative >= -1e-6 && savedSoFar > 1e-6) payback = y + 1;
    years.push({
      label: `Year ${y + 1} (${formatDay(bound(y)).slice(0, 4)}/${formatDay(bound(y + 1)).slice(2, 4)})`,
      start: formatDay(bound(y)),
      end: formatDay(bound(y + 1) - 1),
      byPartner,
      total,
    });
  }
  // A partner's payback: its first year with a saving to date and a cumulative position not below zero.
  partnerIds.forEach((id) => {
    let found: number | null = null;
    let saved = 0;
    years.forEach((yr, y) => {
      const f = must(yr.byPartner[id], `year ${y + 1} of ${id}`);
      saved += f.recurringSaving;
      if (found === null && f.cumulative >= -1e-6 && saved > 1e-6) found = y + 1;
    });
    paybackByPartner[id] = found;
  });

  const perPartner = (arr: number[]) => {
    const out: Record<string, number> & { total: number } = { total: 0 } as never;
    partnerIds.forEach((id, p) => {
      out[id] = arr[p] ?? 0;
      out.total += arr[p] ?? 0;
    });
    return out;
  };
  const baseline = perPartner(baselineFull);
  const option = perPartner(optionFull);
  const savingByPayer: Record<string, number> = {};
  partnerIds.forEach((id, p) => (savingByPayer[id] = (baselineFull[p] ?? 0) - (optionFull[p] ?? 0)));
  const agreed = settings.agreedSplit.length ? settings.agreedSplit : settings.defaultSplit;
  const agreedTotal = agreed.reduce((s, a) => s + a.percent, 0);
  const savingByAgreedSplit: Record<string, number> = {};
  const totalSaving = baseline.total - option.total;
  if (agreedTotal > 0) for (const a of agreed) savingByAgreedSplit[a.tagId] = (totalSaving * a.percent) / agreedTotal;

  const waterfall = { total: { baseline: baseline.total, removed: 0, added: 0, changed: 0, option: option.total } } as Ledger['waterfall'];
  partnerIds.forEach((id, p) => {
    const w = { baseline: baselineFull[p] ?? 0, removed: wf.removed[p] ?? 0, added: wf.added[p] ?? 0, changed: wf.changed[p] ?? 0, option: optionFull[p] ?? 0 };
    waterfall[id] = w;
    waterfall.total.removed += w.removed;
    waterfall.total.added += w.added;
    waterfall.total.changed += w.changed;
  });
  if (phasing && fromTransition > 0)
    notes.add(
      `Changes take effect on the dates of ${phasing.label} (a change's own date, else its phase's start) unless a post's own ledger date says otherwise; a saving part-way through a year counts that part.`,
    );
  if (illustrative) notes.add('Illustrative: some costs, rates or exit inputs are estimates or examples, not real figures.');

  return {
    fromChartId: from.id,
    toChartId: to.id,
    fromTitle: from.title,
    toTitle: to.title,
    onCosts,
    startDate,
    partners: partnerIds.map((tagId) => ({ tagId, label: labelOf(tagId) })),
    baseline,
    option,
    savingByPayer,
    savingByAgreedSplit,
    agreedSplitLabel: agreed.map((a) => `${labelOf(a.tagId)} ${formatShare(a.percent)}`).join(' / '),
    years,
    paybackYear: payback,
    paybackYearByPartner: paybackByPartner,
    waterfall,
    jointPosts: lines.filter((l) => moreThanOneKey(l.baselineByPartner) || moreThanOneKey(l.optionByPartner)),
    posts: lines,
    illustrative,
    phasedBy: phasing && fromTransition > 0 ? phasing.label : null,
    notes: [...notes],
  };
}

/** The ledger between two structure charts of a document, with its cost inputs. */
export function ledgerInDocument(doc: StructuraDocument, fromChartId: string, toChartId: string, options: LedgerOptions = {}): Ledger {
  const chart = (id: string) => {
    const c = doc.charts.find((x) => x.id === id);
    if (!c) throw new Error(`There is no chart "${id}".`);
    if (c.kind !== 'structure') throw new Error(`"${c.title}" is a diagram: only structure charts have costs.`);
    return c;
  };
  return buildLedger(chart(fromChartId), chart(toChartId), doc.tags, costSettingsOf(doc), {
    ...options,
    documentDate: doc.meta.date,
    phasing: transitionPhasing(doc, fromChartId, toChartId),
  });
}
