// Import of the UK government organogram CSV pair ("senior" posts and
// aggregated "junior" staff) as a structure chart. Tolerates what publishers
// really do, and reports everything it skipped or adjusted, with file, row,
// column and value. Nothing is dropped silently.
import { autoLayoutNewChart } from '../layout/wideCharts';
import { makeChart, makeDocument, makeLine, makePost, newId } from '../model/factory';
import type { Chart, Holder, JuniorTeam, OrgTag, PostNode } from '../model/types';
import { LIMITS } from '../model/schema';
import { CsvError, normaliseHeader, parseNumber, readCsv, type CsvTable } from './csvRead';
import { fitText, idProblem, managementLineId, refuseInvalidImport, refuseOverPostLimit } from './importLimits';
import { NO_REPORTING_POST, NO_REPORTING_POST_TITLE } from './noReportingPost';
import { at, must } from '../must';
import { cellIn, headerIn } from './columns';
import { describeRows, groupImportIssues } from './issueGroups';

export { isNoReportingPost, NO_REPORTING_POST, NO_REPORTING_POST_TITLE } from './noReportingPost';

export interface ImportIssue {
  file: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface ImportReport {
  files: string[];
  rowsRead: number;
  postsCreated: number;
  vacantPosts: number;
  undisclosedHolders: number;
  eliminatedSkipped: number;
  jobSharesMerged: number;
  duplicateRowsSkipped: number;
  teamsAggregated: number;
  juniorFte: number;
  topPosts: number;
  /** "Not in Post" rows (reference 0): people without a post, not counted as posts. */
  notInPost: number;
  /** Junior rows whose reporting senior post is blank, not in the file or Eliminated, kept under NO_REPORTING_POST. */
  juniorTeamsWithoutPost: number;
  juniorFteWithoutPost: number;
  /** What the user must look at before trusting the chart (a flat chart, hours read as FTE): shown loudly. */
  warnings: string[];
  /** How the file was read, where it had to be judged (which kind of value a manager column holds). */
  notes: string[];
  issues: ImportIssue[];
}

/** An empty report for `files`, for every importer. */
export function emptyReport(files: string[]): ImportReport {
  return {
    files,
    rowsRead: 0,
    postsCreated: 0,
    vacantPosts: 0,
    undisclosedHolders: 0,
    eliminatedSkipped: 0,
    jobSharesMerged: 0,
    duplicateRowsSkipped: 0,
    teamsAggregated: 0,
    juniorFte: 0,
    topPosts: 0,
    notInPost: 0,
    juniorTeamsWithoutPost: 0,
    juniorFteWithoutPost: 0,
    warnings: [],
    notes: [],
    issues: [],
  };
}

export interface ImportResult {
  chart: Chart;
  newTags: OrgTag[];
  report: ImportReport;
}

export interface CsvFile {
  name: string;
  text: string;
}

type SeniorField =
  'ref' | 'name' | 'grade' | 'title' | 'function' | 'organisation' | 'unit' | 'reportsTo' | 'fte' | 'payFloor' | 'payCeiling' | 'profession' | 'notes';
type JuniorField = 'reportsTo' | 'grade' | 'title' | 'fte' | 'payMin' | 'payMax' | 'unit' | 'profession' | 'organisation';

/** Header aliases, normalised (see normaliseHeader). First match wins. */
const SENIOR_HEADERS: Record<SeniorField, string[]> = {
  ref: ['post unique reference', 'post reference', 'unique reference'],
  name: ['name'],
  grade: ['grade', 'grade or equivalent'],
  title: ['job title', 'title'],
  function: ['job team function', 'job function', 'team function'],
  organisation: ['organisation', 'organization'],
  unit: ['unit'],
  reportsTo: ['reports to senior post', 'reports to'],
  fte: ['fte'],
  payFloor: ['actual pay floor', 'pay floor'],
  payCeiling: ['actual pay ceiling', 'pay ceiling'],
  profession: ['professional occupational group', 'profession'],
  notes: ['notes'],
};

const JUNIOR_HEADERS: Record<JuniorField, string[]> = {
  reportsTo: ['reporting senior post', 'reports to senior post'],
  grade: ['grade'],
  title: ['generic job title', 'job title'],
  fte: ['number of posts in fte', 'fte'],
  payMin: ['payscale minimum', 'pay scale minimum'],
  payMax: ['payscale maximum', 'pay scale maximum'],
  unit: ['unit'],
  profession: ['professional occupational group'],
  organisation: ['organisation'],
};

function columnIndex<F extends string>(table: CsvTable, aliases: Record<F, string[]>): Partial<Record<F, number>> {
  const normalised = table.headers.map(normaliseHeader);
  const found: Partial<Record<F, number>> = {};
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const i = normalised.indexOf(alias);
      if (i >= 0) {
        found[field] = i;
        break;
      }
    }
  }
  return found;
}

/** Dark enough for white text (contrast >= 4.5:1) and far apart in hue. */
export const TAG_PALETTE = ['#005eb8', '#00703c', '#7c2a90', '#a84c00', '#a4003d', '#00626e', '#4c4c4c', '#6b5a00', '#3d4db7', '#8a1f61'];

/**
 * A tag id made from an organisation's name ("Audit Commission" → "org-audit-commission"),
 * so two files imported apart give the same organisation the same tag and compare
 * matches them by id. Accents and punctuation drop out; a name with no letters or
 * digits falls back to its character codes.
 */
export function organisationTagId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .match(/[a-z0-9]+/g);
  const slug = words ? words.join('-') : [...name.trim()].map((ch) => must(ch.codePointAt(0), 'a character of a non-empty string').toString(36)).join('-');
  return `org-${slug.slice(0, 120).replace(/-+$/, '')}`;
}

/** Matches an organisation name to an existing tag (by name, label or name-derived id), or makes a new one with a name-derived id. */
export function tagFor(name: string, tags: OrgTag[], created: OrgTag[]): string | null {
  const wanted = name.trim().slice(0, LIMITS.shortText).trim();
  if (!wanted) return null;
  const lower = wanted.toLowerCase();
  const existing = [...tags, ...created].find((t) => t.name.toLowerCase() === lower || t.label.toLowerCase() === lower);
  if (existing) return existing.id;
  const stableId = organisationTagId(wanted);
  // "Audit Commission" and "Audit-Commission" are one organisation: same derived id.
  const sameSlug = [...tags, ...created].find((t) => t.id === stableId || organisationTagId(t.name) === stableId);
  if (sameSlug) return sameSlug.id;
  if (tags.length + created.length >= LIMITS.tags) return null;
  const words = wanted.split(/\s+/).filter((w) => !/^(of|for|and|the|&)$/i.test(w));
  const label =
    words.length > 1
      ? words
          .map((w) => w.charAt(0).toUpperCase())
          .join('')
          .slice(0, 8)
      : wanted.slice(0, 12);
  // The first palette colour no tag uses yet, so new tags never look like existing ones.
  const used = new Set([...tags, ...created].map((t) => t.colour.toLowerCase()));
  const colour = TAG_PALETTE.find((c) => !used.has(c)) ?? at(TAG_PALETTE, (tags.length + created.length) % TAG_PALETTE.length, 'palette colour');
  const tag: OrgTag = { id: stableId, name: wanted, label, colour };
  created.push(tag);
  return tag.id;
}

type HolderKind = 'vacant' | 'undisclosed' | 'eliminated' | 'blank' | 'named';

const IMPLAUSIBLE_AMOUNT = 'not a plausible amount: left blank';

/** A pay figure from 0 to a billion; anything else is reported (`complain`) and left blank. */
function plausibleAmount(text: string, complain: () => void): number | null {
  const value = parseNumber(text);
  if (value !== null && (Number.isNaN(value) || value < 0 || value > 1e9)) {
    complain();
    return null;
  }
  return value;
}

function describeKind(kind: string): string {
  return kind === 'undisclosed' ? 'not disclosed' : kind === 'blank' || kind === 'unrecorded' ? 'not recorded' : kind;
}

/** A name cell's meaning. Publishers sometimes wrap it in quotes: "'Eliminated'". */
function holderKind(value: string): HolderKind {
  const v = value
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim()
    .toLowerCase();
  if (v === 'vacant' || v === 'vacancy') return 'vacant';
  if (v === 'n/d' || v === 'nd' || v === 'not disclosed' || v === 'n/a') return 'undisclosed';
  if (v === 'eliminated') return 'eliminated';
  if (!v) return 'blank';
  return 'named';
}

const REQUIRED_SENIOR = ['ref', 'title', 'reportsTo'] as const;

/**
 * The senior file read with the delimiter that gives the organogram header.
 * Papaparse guesses from the rows, and job descriptions full of ";" make it
 * guess ";" on small files: a header that matches with "," (or ";" or tab) wins.
 */
function readSenior(file: CsvFile): CsvTable {
  const guessed = readCsv(file.name, file.text);
  const complete = (t: CsvTable) => REQUIRED_SENIOR.every((f) => columnIndex(t, SENIOR_HEADERS)[f] !== undefined);
  if (complete(guessed)) return guessed;
  for (const delimiter of [',', ';', '\t', '|']) {
    const table = readCsv(file.name, file.text, { delimiter });
    if (complete(table)) return table;
  }
  return guessed;
}

/** A "Not in Post" row: reference 0 or that job title. People without a post, never a post. */
function notInPost(ref: string, title: string): boolean {
  return ref === '0' || /^not in post$/i.test(title.trim());
}

export function importOrganogram(input: { senior: CsvFile; junior?: CsvFile; chartTitle?: string; existingTags?: OrgTag[] }): ImportResult {
  const senior = readSenior(input.senior);
  const cols = columnIndex(senior, SENIOR_HEADERS);
  const missing = REQUIRED_SENIOR.filter((f) => cols[f] === undefined);
  if (missing.length) {
    const names = { ref: 'Post Unique Reference', title: 'Job Title', reportsTo: 'Reports to Senior Post' };
    if (columnIndex(senior, JUNIOR_HEADERS).reportsTo !== undefined) {
      throw new CsvError(`${senior.name} is an organogram junior file (it has "Reporting Senior Post"), not a senior file: choose it as the junior file.`);
    }
    throw new CsvError(
      `${senior.name} is not an organogram senior file: it has no ${missing.map((m) => `"${names[m]}"`).join(', ')} column (its columns: ${senior.headers.filter(Boolean).slice(0, 8).join(', ')}).`,
    );
  }
  const existingTags = input.existingTags ?? [];
  const newTags: OrgTag[] = [];
  const report = emptyReport([senior.name]);
  const issue = (file: string, row: number, column: string, value: string, message: string) => report.issues.push({ file, row, column, value, message });
  for (const p of senior.problems) issue(senior.name, p.line, p.column, p.value, p.message);
  const cell = (cells: string[], field: SeniorField) => cellIn(cells, cols[field]);
  const header = (field: SeniorField) => headerIn(senior.headers, cols[field], field);
  const fit = (cells: string[], line: number, field: SeniorField, limit: number = LIMITS.shortText) =>
    fitText(cell(cells, field), limit, report, { file: senior.name, row: line, column: header(field) });

  const posts = new Map<string, PostNode>();
  const managerOf = new Map<string, { ref: string; line: number }>();
  /** Holder kinds of every row merged into a post, to tell job shares from repeated rows. */
  const rowKinds = new Map<string, string[]>();
  const eliminated = new Set<string>();
  const money = (cells: string[], line: number, field: 'payFloor' | 'payCeiling') => {
    const text = cell(cells, field);
    return plausibleAmount(text, () => issue(senior.name, line, header(field), text, IMPLAUSIBLE_AMOUNT));
  };
  for (const { line, cells } of senior.rows) {
    report.rowsRead++;
    const ref = cell(cells, 'ref');
    if (!ref) {
      issue(senior.name, line, header('ref'), '', 'row has no post reference: skipped');
      continue;
    }
    const refProblem = idProblem(ref);
    if (refProblem) {
      issue(senior.name, line, header('ref'), ref.slice(0, 60), `post reference ${refProblem}: row skipped`);
      continue;
    }
    const nameCell = fit(cells, line, 'name').trim();
    if (notInPost(ref, cell(cells, 'title'))) {
      report.notInPost++;
      const who = [nameCell, cell(cells, 'grade'), cell(cells, 'unit')].filter(Boolean).join(', ');
      issue(
        senior.name,
        line,
        header('ref'),
        ref,
        `"Not in Post" row${who ? ` (${who})` : ''}: a person without a post, listed here and not counted as a post`,
      );
      continue;
    }
    const kind = holderKind(nameCell);
    if (kind === 'eliminated') {
      report.eliminatedSkipped++;
      eliminated.add(ref);
      issue(senior.name, line, header('name'), nameCell, `post ${ref} is marked Eliminated: not imported`);
      continue;
    }
    const fteText = cell(cells, 'fte');
    let fte = parseNumber(fteText);
    const existing = posts.get(ref);
    if (existing) {
      mergeRepeatedRow(existing, { line, kind, name: nameCell, fte, fteText });
      continue;
    }
    if (fte === null || Number.isNaN(fte) || fte < 0 || fte > 1000) {
      issue(
        senior.name,
        line,
        header('fte'),
        fteText,
        fte !== null ? 'FTE is not a plausible number: taken as 1.0' : fteText ? 'FTE is not given: taken as 1.0' : 'FTE is blank: taken as 1.0',
      );
      fte = 1;
    }
    let payFloor = money(cells, line, 'payFloor');
    let payCeiling = money(cells, line, 'payCeiling');
    if (payFloor !== null && payCeiling !== null && payFloor > payCeiling) {
      issue(senior.name, line, header('payFloor'), String(payFloor), 'pay floor is above pay ceiling: the two were swapped');
      [payFloor, payCeiling] = [payCeiling, payFloor];
    }
    let holder: Holder;
    if (kind === 'vacant') holder = { kind: 'vacant' };
    else if (kind === 'undisclosed') holder = { kind: 'undisclosed' };
    else if (kind === 'blank') {
      holder = { kind: 'unrecorded' };
      issue(senior.name, line, header('name'), '', 'no holder name: recorded as not known');
    } else holder = { kind: 'named', names: [nameCell] };
    const title = fit(cells, line, 'title') || `Post ${ref}`;
    if (!cell(cells, 'title')) issue(senior.name, line, header('title'), '', 'no job title: called "Post <its reference>"');
    refuseOverPostLimit(posts.size, senior.name, line);
    posts.set(
      ref,
      makePost({
        id: ref,
        title,
        holder,
        tagId: tagFor(fit(cells, line, 'organisation'), existingTags, newTags),
        fte,
        grade: fit(cells, line, 'grade'),
        unit: fit(cells, line, 'unit'),
        jobFunction: fit(cells, line, 'function'),
        profession: fit(cells, line, 'profession'),
        notes: fit(cells, line, 'notes', LIMITS.longText),
        payFloor,
        payCeiling,
      }),
    );
    rowKinds.set(ref, [kind]);
    managerOf.set(ref, { ref: cell(cells, 'reportsTo'), line });
  }
  if (!posts.size && !report.eliminatedSkipped && !report.notInPost) {
    const damage = senior.problems[0];
    throw new CsvError(
      damage
        ? `${senior.name}, row ${damage.line}: ${damage.message}; no posts could be read.`
        : senior.rows.length
          ? `${senior.name} has no posts: none of its ${senior.rows.length} rows has a "${header('ref')}".`
          : `${senior.name} has a header row but no data rows: there are no posts to import.`,
    );
  }

  /**
   * A second row with the same reference. Two holders of one post (a job share)
   * merge into one post with their FTE added; the same holder again is a
   * repeated row, skipped. Either way the report says which row and why.
   */
  function mergeRepeatedRow(post: PostNode, row: { line: number; kind: HolderKind; name: string; fte: number | null; fteText: string }): void {
    // Set with the post, on its first row.
    const kinds = must(rowKinds.get(post.id), `the holder kinds of post "${post.id}"`);
    const sameNamedHolder = row.kind === 'named' && post.holder.kind === 'named' && post.holder.names.some((n) => n.toLowerCase() === row.name.toLowerCase());
    // "N/D" twice is a job share only while the post is not yet full time.
    const samePlaceholder = row.kind !== 'named' && kinds.includes(row.kind) && post.fte >= 1;
    if (sameNamedHolder || samePlaceholder) {
      report.duplicateRowsSkipped++;
      issue(senior.name, row.line, header('ref'), post.id, `repeats post ${post.id} with the same holder (${row.name || 'blank'}): skipped as a duplicate row`);
      return;
    }
    kinds.push(row.kind);
    report.jobSharesMerged++;
    const { fte } = row;
    const fteOk = fte !== null && !Number.isNaN(fte) && fte >= 0 && fte <= 1000;
    if (fteOk) post.fte = Math.round((post.fte + fte) * 1000) / 1000;
    let how = 'merged as a job share';
    if (row.kind === 'named') {
      if (post.holder.kind === 'named' && post.holder.names.length >= 20) how += `; a post shows at most 20 holders, so ${row.name} is not listed`;
      else if (post.holder.kind === 'named') post.holder.names.push(row.name);
      else {
        how += `; the post shows ${row.name} (the other holder is ${describeKind(post.holder.kind)})`;
        post.holder = { kind: 'named', names: [row.name] };
      }
    } else if (post.holder.kind === 'named') {
      how += `; this holder is ${describeKind(row.kind)}, the post shows ${post.holder.names.join(' and ')}`;
    } else if (post.holder.kind !== row.kind && row.kind !== 'blank') {
      how += `; holders are ${describeKind(post.holder.kind)} and ${describeKind(row.kind)}`;
    }
    how += fteOk ? `, FTE now ${post.fte}` : `; its FTE "${row.fteText}" is not a number, so FTE stays ${post.fte}`;
    if (post.fte > 1) how += ' (more than 1: check the rows)';
    issue(senior.name, row.line, header('ref'), post.id, `another row for post ${post.id}: ${how}`);
  }

  const lines = [];
  for (const [ref, { ref: manager, line }] of managerOf) {
    if (!manager || /^xx$/i.test(manager)) {
      report.topPosts++;
      continue;
    }
    if (manager === ref || !posts.has(manager)) {
      report.topPosts++;
      const why =
        manager === ref
          ? 'reports to itself'
          : eliminated.has(manager)
            ? `reports to "${manager}", which is marked Eliminated`
            : `reports to "${manager}", which is not in the file`;
      issue(senior.name, line, header('reportsTo'), manager, `post ${ref} ${why}: made a top post`);
      continue;
    }
    lines.push(makeLine({ id: managementLineId(ref), kind: 'management', from: manager, to: ref }));
  }
  // Reporting chains that go round in a circle are cut where they close.
  const parent = new Map(lines.map((l) => [l.to, l.from]));
  const cut = new Set<string>();
  for (const start of parent.keys()) {
    const seen = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = cut.has(current) ? undefined : parent.get(current);
    }
    if (current !== undefined && !cut.has(current)) {
      cut.add(current);
      report.topPosts++;
      // A post seen twice on the walk had a manager line to walk on: it has a row and a manager.
      const row = must(managerOf.get(current), `the row of post "${current}"`);
      const manager = must(parent.get(current), `the manager of post "${current}"`);
      issue(senior.name, row.line, header('reportsTo'), manager, `post ${current} is in a circle of reporting lines: made a top post`);
    }
  }

  if (input.junior) {
    report.files.push(input.junior.name);
    const junior = readCsv(input.junior.name, input.junior.text);
    for (const p of junior.problems) issue(junior.name, p.line, p.column, p.value, p.message);
    const orphans = importJunior(junior, posts, eliminated, report, issue);
    const [firstOrphan] = orphans;
    if (firstOrphan) {
      const holder = makePost({
        id: NO_REPORTING_POST,
        title: NO_REPORTING_POST_TITLE,
        fte: 0,
        tagId: tagFor(firstOrphan.organisation, existingTags, newTags),
        inferred: `Holds the junior staff whose reporting senior post the file leaves blank, names a post not in it, or marks Eliminated (${orphans.length} rows), so the chart's junior FTE is the file's. Not a post.`,
        juniorTeams: orphans.map((o) => o.team),
      });
      posts.set(NO_REPORTING_POST, holder);
      report.topPosts++;
    }
  }
  report.postsCreated = posts.size - (posts.has(NO_REPORTING_POST) ? 1 : 0);
  for (const post of posts.values()) {
    if (post.holder.kind === 'vacant') report.vacantPosts++;
    if (post.holder.kind === 'undisclosed') report.undisclosedHolders++;
  }
  report.issues.sort((a, b) => (a.file === b.file ? a.row - b.row : report.files.indexOf(a.file) - report.files.indexOf(b.file)));

  const title = input.chartTitle?.trim() || senior.name.replace(/\.csv$/i, '').replace(/[-_]senior$/i, '');
  const chart = makeChart({ id: newId('chart'), title: title.slice(0, 500).trimEnd(), nodes: [...posts.values()], lines: lines.filter((l) => !cut.has(l.to)) });
  const doc = makeDocument({ tags: [...existingTags, ...newTags], charts: [chart] });
  return { chart: refuseInvalidImport(autoLayoutNewChart(doc, chart), senior.name), newTags, report };
}

/** Reads junior rows into their senior posts; returns the rows with no senior post to go under. */
function importJunior(
  table: CsvTable,
  posts: Map<string, PostNode>,
  eliminated: Set<string>,
  report: ImportReport,
  issue: (file: string, row: number, column: string, value: string, message: string) => void,
): { team: JuniorTeam; organisation: string }[] {
  const orphans: { team: JuniorTeam; organisation: string }[] = [];
  const cols = columnIndex(table, JUNIOR_HEADERS);
  if (columnIndex(table, SENIOR_HEADERS).ref !== undefined) {
    throw new CsvError(`${table.name} is an organogram senior file (it has "Post Unique Reference"), not a junior file: choose it as the senior file.`);
  }
  const missing = (['reportsTo', 'fte'] as const).filter((f) => cols[f] === undefined);
  if (missing.length) {
    throw new CsvError(
      `${table.name} is not an organogram junior file: it has no ${missing.map((m) => (m === 'fte' ? '"Number of Posts in FTE"' : '"Reporting Senior Post"')).join(' or ')} column.`,
    );
  }
  const cell = (cells: string[], field: JuniorField) => cellIn(cells, cols[field]);
  const header = (field: JuniorField) => headerIn(table.headers, cols[field], field);
  const fit = (cells: string[], line: number, field: JuniorField) =>
    fitText(cell(cells, field), LIMITS.shortText, report, { file: table.name, row: line, column: header(field) });
  for (const { line, cells } of table.rows) {
    report.rowsRead++;
    const ref = cell(cells, 'reportsTo');
    const post = ref === NO_REPORTING_POST ? undefined : posts.get(ref);
    const fteText = cell(cells, 'fte');
    const fte = parseNumber(fteText);
    if (fte === null || Number.isNaN(fte) || fte < 0 || fte > 1e5) {
      issue(table.name, line, header('fte'), fteText, 'number of posts in FTE is not a number: row not counted');
      continue;
    }
    if (!post && orphans.length >= LIMITS.juniorTeams) {
      issue(table.name, line, header('reportsTo'), ref, `more than ${LIMITS.juniorTeams} junior rows have no senior post to go under: not counted`);
      continue;
    }
    if (post && post.juniorTeams.length >= LIMITS.juniorTeams) {
      issue(table.name, line, header('reportsTo'), ref, `post ${ref} already has ${LIMITS.juniorTeams} junior rows, the most a post holds: not counted`);
      continue;
    }
    const amount = (field: 'payMin' | 'payMax') => {
      const text = cell(cells, field);
      return plausibleAmount(text, () => issue(table.name, line, header(field), text, IMPLAUSIBLE_AMOUNT));
    };
    const team: JuniorTeam = {
      grade: fit(cells, line, 'grade'),
      title: fit(cells, line, 'title'),
      fte,
      payMin: amount('payMin'),
      payMax: amount('payMax'),
      unit: fit(cells, line, 'unit'),
      profession: fit(cells, line, 'profession'),
    };
    if (post) post.juniorTeams.push(team);
    else {
      const why =
        !ref || /^xx$/i.test(ref)
          ? 'row names no reporting senior post'
          : eliminated.has(ref)
            ? `junior staff report to "${ref}", a senior post marked Eliminated`
            : `junior staff report to "${ref}", which is not a senior post of this file`;
      issue(table.name, line, header('reportsTo'), ref, `${why}: counted under "${NO_REPORTING_POST_TITLE}" (${fte} FTE)`);
      orphans.push({ team, organisation: cell(cells, 'organisation') });
      report.juniorTeamsWithoutPost++;
      report.juniorFteWithoutPost = Math.round((report.juniorFteWithoutPost + fte) * 1e6) / 1e6;
    }
    report.teamsAggregated++;
    report.juniorFte = Math.round((report.juniorFte + fte) * 1e6) / 1e6;
  }
  return orphans;
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `Imported ${report.files.join(' and ')}`,
    `  rows read: ${report.rowsRead}`,
    `  posts created: ${report.postsCreated} (${report.vacantPosts} vacant, ${report.undisclosedHolders} with holder not disclosed)`,
    `  top posts: ${report.topPosts}`,
    `  job shares merged: ${report.jobSharesMerged}; duplicate rows skipped: ${report.duplicateRowsSkipped}; eliminated posts skipped: ${report.eliminatedSkipped}`,
    `  junior teams aggregated: ${report.teamsAggregated} (${report.juniorFte} FTE)`,
  ];
  if (report.juniorTeamsWithoutPost)
    lines.push(
      `  of which under "${NO_REPORTING_POST_TITLE}" (reporting senior post blank, not in the file or Eliminated): ${report.juniorTeamsWithoutPost} rows, ${report.juniorFteWithoutPost} FTE`,
    );
  if (report.notInPost) lines.push(`  "Not in Post" rows (people without a post, not counted as posts): ${report.notInPost}`);
  for (const n of report.notes) lines.push(`  note: ${n}`);
  for (const w of report.warnings) lines.push(`  WARNING: ${w}`);
  if (report.issues.length) {
    lines.push(`  ${report.issues.length} rows skipped or adjusted:`);
    for (const g of groupImportIssues(report.issues))
      lines.push(`    ${g.file}, ${describeRows(g.rows)}, ${g.column}${g.value ? ` = "${g.value.slice(0, 60)}"` : ''}: ${g.message}`);
  }
  return lines.join('\n');
}
