// Import of the UK government organogram CSV pair ("senior" posts and
// aggregated "junior" staff) as a structure chart. Tolerates what publishers
// really do, and reports everything it skipped or adjusted, with file, row,
// column and value. Nothing is dropped silently.
import { autoLayoutChart } from '../layout/layout';
import { makeChart, makeDocument, makeLine, makePost, newId } from '../model/factory';
import type { Chart, Holder, JuniorTeam, OrgTag, PostNode } from '../model/types';
import { CsvError, normaliseHeader, parseNumber, readCsv, type CsvTable } from './csvRead';

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
  issues: ImportIssue[];
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

type SeniorField = 'ref' | 'name' | 'grade' | 'title' | 'function' | 'organisation' | 'unit' | 'reportsTo' | 'fte' | 'payFloor' | 'payCeiling' | 'profession' | 'notes';
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

const PALETTE = ['#005eb8', '#00703c', '#7c2a90', '#b35900', '#a4003d', '#00626e', '#4c4c4c', '#8a6d00'];

/** Matches an organisation name to an existing tag (by name or label), or makes a new one. */
export function tagFor(name: string, tags: OrgTag[], created: OrgTag[]): string | null {
  const wanted = name.trim();
  if (!wanted) return null;
  const lower = wanted.toLowerCase();
  const existing = [...tags, ...created].find((t) => t.name.toLowerCase() === lower || t.label.toLowerCase() === lower);
  if (existing) return existing.id;
  const words = wanted.split(/\s+/).filter((w) => !/^(of|for|and|the|&)$/i.test(w));
  const label = words.length > 1 ? words.map((w) => w[0].toUpperCase()).join('').slice(0, 8) : wanted.slice(0, 12);
  const tag: OrgTag = { id: newId('tag'), name: wanted, label, colour: PALETTE[(tags.length + created.length) % PALETTE.length] };
  created.push(tag);
  return tag.id;
}

/** A name cell's meaning. Publishers sometimes wrap it in quotes: "'Eliminated'". */
function holderKind(value: string): 'vacant' | 'undisclosed' | 'eliminated' | 'blank' | 'named' {
  const v = value.trim().replace(/^'+|'+$/g, '').trim().toLowerCase();
  if (v === 'vacant' || v === 'vacancy') return 'vacant';
  if (v === 'n/d' || v === 'nd' || v === 'not disclosed' || v === 'n/a') return 'undisclosed';
  if (v === 'eliminated') return 'eliminated';
  if (!v) return 'blank';
  return 'named';
}

export function importOrganogram(input: { senior: CsvFile; junior?: CsvFile; chartTitle?: string; existingTags?: OrgTag[] }): ImportResult {
  const senior = readCsv(input.senior.name, input.senior.text);
  const cols = columnIndex(senior, SENIOR_HEADERS);
  const missing = (['ref', 'title', 'reportsTo'] as const).filter((f) => cols[f] === undefined);
  if (missing.length) {
    const names = { ref: 'Post Unique Reference', title: 'Job Title', reportsTo: 'Reports to Senior Post' };
    throw new CsvError(`${senior.name} is not an organogram senior file: it has no ${missing.map((m) => `"${names[m]}"`).join(', ')} column (its columns: ${senior.headers.filter(Boolean).slice(0, 8).join(', ')}).`);
  }
  const existingTags = input.existingTags ?? [];
  const newTags: OrgTag[] = [];
  const report: ImportReport = {
    files: [senior.name],
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
    issues: [],
  };
  const issue = (file: string, row: number, column: string, value: string, message: string) => report.issues.push({ file, row, column, value, message });
  const cell = (cells: string[], field: SeniorField) => (cols[field] === undefined ? '' : (cells[cols[field]!] ?? '').trim());
  const header = (field: SeniorField) => (cols[field] === undefined ? field : senior.headers[cols[field]!]);

  const posts = new Map<string, PostNode>();
  const managerOf = new Map<string, { ref: string; line: number }>();
  for (const { line, cells } of senior.rows) {
    report.rowsRead++;
    if (cells.every((c) => !c.trim())) continue;
    const ref = cell(cells, 'ref');
    if (!ref) {
      issue(senior.name, line, header('ref'), '', 'row has no post reference: skipped');
      continue;
    }
    const nameCell = cell(cells, 'name');
    const kind = holderKind(nameCell);
    if (kind === 'eliminated') {
      report.eliminatedSkipped++;
      issue(senior.name, line, header('name'), nameCell, `post ${ref} is marked Eliminated: not imported`);
      continue;
    }
    const fteText = cell(cells, 'fte');
    let fte = parseNumber(fteText);
    const existing = posts.get(ref);
    if (existing) {
      const sameHolder = existing.holder.kind === 'named' && kind === 'named' && existing.holder.names.includes(nameCell);
      if (sameHolder || (kind !== 'named' && existing.holder.kind === kind)) {
        report.duplicateRowsSkipped++;
        issue(senior.name, line, header('ref'), ref, `repeats post ${ref} with the same holder: skipped as a duplicate row`);
        continue;
      }
      // A job share: one post, several holders, FTE added up.
      if (existing.holder.kind === 'named' && kind === 'named') existing.holder.names.push(nameCell);
      else if (kind === 'named') existing.holder = { kind: 'named', names: [nameCell] };
      if (fte !== null && !Number.isNaN(fte)) existing.fte = Math.round((existing.fte + fte) * 1000) / 1000;
      report.jobSharesMerged++;
      issue(senior.name, line, header('ref'), ref, `second holder of post ${ref}: merged as a job share`);
      continue;
    }
    if (fte === null || Number.isNaN(fte) || fte < 0) {
      issue(senior.name, line, header('fte'), fteText, fteText ? 'FTE is not a number: taken as 1.0' : 'FTE is blank: taken as 1.0');
      fte = 1;
    }
    const money = (field: 'payFloor' | 'payCeiling') => {
      const text = cell(cells, field);
      const value = parseNumber(text);
      if (value !== null && (Number.isNaN(value) || value < 0)) {
        issue(senior.name, line, header(field), text, 'not an amount: left blank');
        return null;
      }
      return value;
    };
    let payFloor = money('payFloor');
    let payCeiling = money('payCeiling');
    if (payFloor !== null && payCeiling !== null && payFloor > payCeiling) {
      issue(senior.name, line, header('payFloor'), String(payFloor), 'pay floor is above pay ceiling: the two were swapped');
      [payFloor, payCeiling] = [payCeiling, payFloor];
    }
    let holder: Holder;
    if (kind === 'vacant') {
      holder = { kind: 'vacant' };
      report.vacantPosts++;
    } else if (kind === 'undisclosed') {
      holder = { kind: 'undisclosed' };
      report.undisclosedHolders++;
    } else if (kind === 'blank') {
      holder = { kind: 'unrecorded' };
      issue(senior.name, line, header('name'), '', `post ${ref} has no holder name: recorded as not known`);
    } else holder = { kind: 'named', names: [nameCell] };
    const title = cell(cells, 'title') || `Post ${ref}`;
    if (!cell(cells, 'title')) issue(senior.name, line, header('title'), '', `post ${ref} has no job title: called "${title}"`);
    posts.set(ref, makePost({
      id: ref,
      title: title.slice(0, 500).trimEnd(),
      holder,
      tagId: tagFor(cell(cells, 'organisation'), existingTags, newTags),
      fte,
      grade: cell(cells, 'grade').slice(0, 500).trimEnd(),
      unit: cell(cells, 'unit').slice(0, 500).trimEnd(),
      jobFunction: cell(cells, 'function').slice(0, 500).trimEnd(),
      profession: cell(cells, 'profession').slice(0, 500).trimEnd(),
      notes: cell(cells, 'notes').slice(0, 20_000).trimEnd(),
      payFloor,
      payCeiling,
    }));
    managerOf.set(ref, { ref: cell(cells, 'reportsTo'), line });
  }

  const lines = [];
  for (const [ref, { ref: manager, line }] of managerOf) {
    if (!manager || /^xx$/i.test(manager)) {
      report.topPosts++;
      continue;
    }
    if (manager === ref || !posts.has(manager)) {
      report.topPosts++;
      issue(senior.name, line, header('reportsTo'), manager, manager === ref ? `post ${ref} reports to itself: made a top post` : `post ${ref} reports to "${manager}", which is not in the file: made a top post`);
      continue;
    }
    lines.push(makeLine({ id: `m-${ref}`, kind: 'management', from: manager, to: ref }));
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
      const at = managerOf.get(current)!;
      issue(senior.name, at.line, header('reportsTo'), parent.get(current)!, `post ${current} is in a circle of reporting lines: made a top post`);
    }
  }

  if (input.junior) {
    report.files.push(input.junior.name);
    importJunior(readCsv(input.junior.name, input.junior.text), posts, report, issue);
  }
  report.postsCreated = posts.size;

  const title = input.chartTitle?.trim() || senior.name.replace(/\.csv$/i, '').replace(/[-_]senior$/i, '');
  const chart = makeChart({ id: newId('chart'), title: title.slice(0, 500).trimEnd(), nodes: [...posts.values()], lines: lines.filter((l) => !cut.has(l.to)) });
  const doc = makeDocument({ tags: [...existingTags, ...newTags], charts: [chart] });
  return { chart: autoLayoutChart(doc, chart), newTags, report };
}

function importJunior(table: CsvTable, posts: Map<string, PostNode>, report: ImportReport, issue: (file: string, row: number, column: string, value: string, message: string) => void): void {
  const cols = columnIndex(table, JUNIOR_HEADERS);
  const missing = (['reportsTo', 'fte'] as const).filter((f) => cols[f] === undefined);
  if (missing.length) {
    throw new CsvError(`${table.name} is not an organogram junior file: it has no ${missing.map((m) => (m === 'fte' ? '"Number of Posts in FTE"' : '"Reporting Senior Post"')).join(' or ')} column.`);
  }
  const cell = (cells: string[], field: JuniorField) => (cols[field] === undefined ? '' : (cells[cols[field]!] ?? '').trim());
  const header = (field: JuniorField) => (cols[field] === undefined ? field : table.headers[cols[field]!]);
  for (const { line, cells } of table.rows) {
    report.rowsRead++;
    if (cells.every((c) => !c.trim())) continue;
    const ref = cell(cells, 'reportsTo');
    const post = posts.get(ref);
    if (!post) {
      issue(table.name, line, header('reportsTo'), ref, ref ? `junior staff report to "${ref}", which is not a senior post of this chart: not counted` : 'row names no senior post: not counted');
      continue;
    }
    const fteText = cell(cells, 'fte');
    const fte = parseNumber(fteText);
    if (fte === null || Number.isNaN(fte) || fte < 0) {
      issue(table.name, line, header('fte'), fteText, 'number of posts in FTE is not a number: row not counted');
      continue;
    }
    const amount = (field: 'payMin' | 'payMax') => {
      const v = parseNumber(cell(cells, field));
      return v === null || Number.isNaN(v) ? null : v;
    };
    const team: JuniorTeam = {
      grade: cell(cells, 'grade').slice(0, 500).trimEnd(),
      title: cell(cells, 'title').slice(0, 500).trimEnd(),
      fte,
      payMin: amount('payMin'),
      payMax: amount('payMax'),
      unit: cell(cells, 'unit').slice(0, 500).trimEnd(),
      profession: cell(cells, 'profession').slice(0, 500).trimEnd(),
    };
    post.juniorTeams.push(team);
    report.teamsAggregated++;
    report.juniorFte = Math.round((report.juniorFte + fte) * 1e6) / 1e6;
  }
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
  if (report.issues.length) {
    lines.push(`  ${report.issues.length} rows skipped or adjusted:`);
    for (const i of report.issues) lines.push(`    ${i.file}, row ${i.row}, ${i.column}${i.value ? ` = "${i.value.slice(0, 60)}"` : ''}: ${i.message}`);
  }
  return lines.join('\n');
}
