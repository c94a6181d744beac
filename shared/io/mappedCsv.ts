// Import of any CSV of posts or people, with a column mapping (like Visio's
// organisation chart wizard): which column holds the id, title, holder,
// manager (by id, by person's name or by job title), organisation, unit, FTE
// or hours, cost, grade and responsibilities. Headers of the common HR systems'
// exports are recognised (see HR_SYSTEM_HEADERS and the README, "CSV columns").
import { autoLayoutNewChart } from '../layout/wideCharts';
import { makeChart, makeDocument, makeLine, makePost, newId } from '../model/factory';
import type { Holder, OrgTag, PostNode } from '../model/types';
import { CsvError, normaliseHeader, parseNumber, readCsv } from './csvRead';
import { fitAmount, fitText, idProblem, managementLineId, refuseInvalidImport, refuseOverPostLimit } from './importLimits';
import { emptyReport, tagFor, type CsvFile, type ImportResult } from './organogram';
import { LIMITS } from '../model/limits';
import { must } from '../must';
import { cellIn, headerIn } from './columns';

export const MAPPED_FIELDS = [
  'id',
  'title',
  'holder',
  'firstName',
  'lastName',
  'manager',
  'managerId',
  'managerName',
  'managerTitle',
  'organisation',
  'unit',
  'fte',
  'hours',
  'cost',
  'grade',
  'responsibilities',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Field → column index in the file. */
export type ColumnMapping = Partial<Record<MappedField, number>>;

export const FIELD_LABELS: Record<MappedField, string> = {
  id: 'Post id',
  title: 'Job title',
  holder: 'Holder name',
  firstName: 'Holder first name',
  lastName: 'Holder last name',
  manager: 'Manager (id, name or title: read from the values)',
  managerId: 'Manager id',
  managerName: 'Manager name (a person)',
  managerTitle: 'Manager job title',
  organisation: 'Organisation',
  unit: 'Unit or department',
  fte: 'FTE (0.8, 80% or hours)',
  hours: 'Hours per week',
  cost: 'Annual cost',
  grade: 'Grade',
  responsibilities: 'Responsibilities',
};

/**
 * Header spellings, normalised (normaliseHeader), first match wins. Besides
 * plain spellings, the columns of: Workday (worker/position reports), SAP
 * SuccessFactors (Employee Central and the basic user import), Oracle HCM
 * Cloud (worker and assignment extracts), ESR for the NHS (staff in post),
 * MHR iTrent and BambooHR. A position's id comes before a person's, so a
 * person with two posts stays two posts.
 */
const GUESSES: Record<MappedField, string[]> = {
  id: [
    'id',
    'post id',
    'position id',
    'position number',
    'position code',
    'post number',
    'post reference',
    'post unique reference',
    'post id number',
    'reference',
    'assignment number',
    'employee id',
    'employee number',
    'person number',
    'person reference',
    'worker id',
    'user id',
    'userid',
    'empid',
    'emp id',
    'staff number',
    'payroll number',
  ],
  title: [
    'title',
    'job title',
    'post title',
    'position title',
    'business title',
    'position name',
    'job profile',
    'job name',
    'job role',
    'position',
    'role',
    'job',
  ],
  holder: [
    'name',
    'holder',
    'employee',
    'employee name',
    'worker',
    'worker name',
    'full name',
    'employee full name',
    'display name',
    'person name',
    'post holder',
    'legal name',
  ],
  firstName: ['first name', 'firstname', 'forename', 'forenames', 'given name', 'preferred name', 'known as'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  // Headers that may hold an id, a person's name or a title: the values decide.
  manager: ['manager', 'reports to', 'line manager', 'supervisor', 'reporting to', 'reports to manager'],
  managerId: [
    'manager id',
    'reports to id',
    'reports to senior post',
    'parent id',
    'line manager id',
    'manager assignment number',
    'manager position id',
    'manager employee id',
    'manager employee number',
    'manager person number',
    'manager user id',
    'manager number',
    'supervisor id',
    'supervisor eid',
    'supervisor employee number',
    'supervisor assignment number',
    'reports to position id',
    'reports to position',
    'reports to post number',
    'reports to post',
    'line manager employee number',
    'line manager number',
  ],
  managerName: ['manager name', 'line manager name', 'manager full name', 'supervisor name', 'supervisor full name', 'reports to name', 'manager display name'],
  managerTitle: ['manager title', 'reports to title', 'manager job title', 'manager position title', 'line manager title', 'line manager job title'],
  organisation: [
    'organisation',
    'organization',
    'employer',
    'org',
    'company',
    'legal employer',
    'legal employer name',
    'legal entity',
    'organisation name',
    'organization name',
  ],
  unit: [
    'unit',
    'department',
    'department name',
    'supervisory organization',
    'supervisory organisation',
    'org unit',
    'organisation unit',
    'organization unit',
    'business unit',
    'business unit name',
    'division',
    'directorate',
    'team',
    'service',
    'cost centre',
    'cost center',
  ],
  fte: [
    'fte',
    'full time equivalent',
    'wte',
    'whole time equivalent',
    'contracted wte',
    'assignment fte',
    'fte percent',
    'fte percentage',
    'working time percentage',
  ],
  hours: [
    'hours per week',
    'weekly hours',
    'scheduled weekly hours',
    'standard weekly hours',
    'contracted hours',
    'contracted hours per week',
    'working hours',
    'normal hours',
    'standard hours',
    'hours',
  ],
  cost: ['cost', 'annual cost', 'salary', 'salary cost', 'annual salary', 'base salary', 'annual base salary'],
  grade: ['grade', 'band', 'grade or equivalent', 'pay grade', 'grade name', 'grade code', 'pay band', 'salary grade'],
  responsibilities: ['responsibilities', 'portfolio'],
};

/** The header spellings recognised, by field: what the README lists. */
export const RECOGNISED_HEADERS: Readonly<Record<MappedField, readonly string[]>> = GUESSES;

/** A full-time week when the file gives hours and says nothing else (NJC and Agenda for Change: 37 hours). */
export const DEFAULT_FULL_TIME_HOURS = 37;

/** Above this an "FTE" is hours per week: nobody is 1.5 posts. */
const MOST_FTE = 1.5;

/** More top posts than this in one chart is worth a warning: a structure has one or a handful. */
const HANDFUL_OF_TOP_POSTS = 5;

export function guessMapping(headers: string[]): ColumnMapping {
  // "Employee #" (BambooHR) is a number, not the employee's name.
  const normalised = headers.map((h) => (/#\s*$/.test(h) ? `${normaliseHeader(h)} number` : normaliseHeader(h)));
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of MAPPED_FIELDS) {
    const index = GUESSES[field].map((g) => normalised.indexOf(g)).find((i) => i >= 0 && !used.has(i));
    if (index !== undefined) {
      mapping[field] = index;
      used.add(index);
    }
  }
  // One way of naming the manager is enough: an explicit id wins, then a name, then a title.
  if (mapping.managerId !== undefined || mapping.managerName !== undefined) delete mapping.manager;
  if (mapping.managerId !== undefined) delete mapping.managerName;
  if (mapping.managerId !== undefined || mapping.managerName !== undefined || mapping.manager !== undefined) delete mapping.managerTitle;
  // A holder column beats first and last names.
  if (mapping.holder !== undefined) {
    delete mapping.firstName;
    delete mapping.lastName;
  }
  if (mapping.fte !== undefined) delete mapping.hours;
  return mapping;
}

export interface MappedImportOptions {
  /** Hours in a full-time week, for FTE given as hours (default 37). */
  fullTimeHours?: number;
}

/** "Smith, Ann", "ann  smith" and "Ann Smith" are one person. */
function personKey(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*(.+)$/.exec(trimmed);
  return (comma ? `${comma[2]} ${comma[1]}` : trimmed).toLowerCase();
}

/** Row numbers for a message: "rows 3, 7 and 9" (at most 10 shown). */
function rowList(rows: number[]): string {
  const shown = rows.slice(0, 10);
  const text = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : String(shown[0]);
  return `row${rows.length > 1 ? 's' : ''} ${text}${rows.length > shown.length ? ` (and ${rows.length - shown.length} more)` : ''}`;
}

type ManagerBy = 'id' | 'name' | 'title';

export function importMappedCsv(
  file: CsvFile,
  mapping: ColumnMapping,
  existingTags: OrgTag[] = [],
  chartTitle?: string,
  options: MappedImportOptions = {},
): ImportResult {
  const table = readCsv(file.name, file.text);
  if (mapping.title === undefined) throw new CsvError('Choose which column holds the job title.');
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && (index < 0 || index >= table.headers.length))
      throw new CsvError(`The column chosen for ${FIELD_LABELS[field as MappedField]} is not in ${file.name}.`);
  }
  const fullTime = options.fullTimeHours ?? DEFAULT_FULL_TIME_HOURS;
  if (!(fullTime > 0 && fullTime <= 168)) throw new CsvError(`A full-time week of ${fullTime} hours is not possible: give a number of hours from 1 to 168.`);
  const report = emptyReport([file.name]);
  const header = (field: MappedField) => headerIn(table.headers, mapping[field], FIELD_LABELS[field]);
  const cell = (cells: string[], field: MappedField) => cellIn(cells, mapping[field]);
  const issue = (row: number, field: MappedField, value: string, message: string) =>
    report.issues.push({ file: file.name, row, column: header(field), value, message });
  // Text past the document's limits is cut and said per row (shared/io/importLimits.ts).
  const fit = (text: string, line: number, field: MappedField, limit: number = LIMITS.shortText) =>
    fitText(text, limit, report, { file: file.name, row: line, column: header(field) });
  for (const p of table.problems) report.issues.push({ file: file.name, row: p.line, column: p.column, value: p.value, message: p.message });
  const newTags: OrgTag[] = [];
  const posts: PostNode[] = [];
  const ids = new Set<string>();
  /** A person's id (when the id column holds people) → their first post. */
  const firstPostOf = new Map<string, string>();
  const managers: { post: string; value: string; line: number }[] = [];
  const hoursRows: number[] = [];
  const managerField: MappedField | undefined = (['managerId', 'managerName', 'managerTitle', 'manager'] as const).find((f) => mapping[f] !== undefined);

  /** FTE from "0.8", "80%" or hours per week (above 1.5); null when blank. */
  const readFte = (line: number, field: 'fte' | 'hours'): number | null => {
    const text = cell(cells, field);
    if (!text) return null;
    const percent = /^\s*([\d.]+)\s*%\s*$/.exec(text);
    const value = percent ? Number(percent[1]) / 100 : parseNumber(text);
    if (value === null) return null;
    if (Number.isNaN(value) || value < 0 || (field === 'hours' && value > 168)) {
      issue(line, field, text, `not ${field === 'hours' ? 'a number of hours' : 'an FTE'}: taken as 1`);
      return 1;
    }
    if (field === 'hours' || (!percent && value > MOST_FTE)) {
      if (value > 168) {
        issue(line, field, text, 'more hours than a week has: taken as FTE 1');
        return 1;
      }
      hoursRows.push(line);
      return Math.round((value / fullTime) * 1000) / 1000;
    }
    return value;
  };
  let cells: string[] = [];
  for (const row of table.rows) {
    cells = row.cells;
    const { line } = row;
    report.rowsRead++;
    const title = fit(cell(cells, 'title'), line, 'title');
    if (!title) {
      issue(line, 'title', '', 'no job title: row skipped');
      continue;
    }
    const given = cell(cells, 'id');
    let id = given || newId('post');
    const badId = given ? idProblem(given) : null;
    if (badId) {
      issue(line, 'id', given.slice(0, 60), `post id ${badId}: this row got a new id`);
      id = newId('post');
    } else if (ids.has(id)) {
      // The id column may hold people: a person with two posts keeps both.
      let n = 2;
      while (ids.has(`${given}-${n}`)) n++;
      id = `${given}-${n}`;
      issue(line, 'id', given, `id ${given} is on an earlier row too (a person with two posts, or a repeated id): this row is kept as post ${id}`);
    }
    ids.add(id);
    if (given && !badId && !firstPostOf.has(given)) firstPostOf.set(given, id);
    const name = fit(cell(cells, 'holder') || [cell(cells, 'firstName'), cell(cells, 'lastName')].filter(Boolean).join(' '), line, 'holder');
    const holder: Holder = !name
      ? { kind: 'unrecorded' }
      : /^vacant$/i.test(name)
        ? { kind: 'vacant' }
        : /^(n\/?d|not disclosed)$/i.test(name)
          ? { kind: 'undisclosed' }
          : { kind: 'named', names: [name] };
    if (holder.kind === 'vacant') report.vacantPosts++;
    if (holder.kind === 'undisclosed') report.undisclosedHolders++;
    const costText = cell(cells, 'cost');
    let cost = parseNumber(costText);
    if (cost !== null && (Number.isNaN(cost) || cost < 0)) {
      issue(line, 'cost', costText, 'not a plausible amount: left blank');
      cost = null;
    }
    cost = fitAmount(cost, report, { file: file.name, row: line, column: header('cost'), text: costText });
    const responsibilities = cell(cells, 'responsibilities')
      .split(/[;\n]/)
      .map((r) => r.trim())
      .filter(Boolean);
    if (responsibilities.length > LIMITS.listItems) {
      issue(line, 'responsibilities', '', `${responsibilities.length} responsibilities; a post keeps ${LIMITS.listItems}: the rest were left out`);
    }
    refuseOverPostLimit(posts.length, file.name, line);
    posts.push(
      makePost({
        id,
        title,
        holder,
        tagId: tagFor(fit(cell(cells, 'organisation'), line, 'organisation'), existingTags, newTags),
        fte: readFte(line, 'fte') ?? readFte(line, 'hours') ?? 1,
        cost,
        grade: fit(cell(cells, 'grade'), line, 'grade'),
        unit: fit(cell(cells, 'unit'), line, 'unit'),
        responsibilities: responsibilities.slice(0, LIMITS.listItems).map((r) => fit(r, line, 'responsibilities')),
      }),
    );
    managers.push({ post: id, value: managerField ? cell(cells, managerField) : '', line });
  }
  const lineOf = new Map(managers.map((m) => [m.post, m.line]));
  const byTitle = new Map<string, string[]>();
  const byHolder = new Map<string, string[]>();
  for (const p of posts) {
    byTitle.set(p.title.toLowerCase(), [...(byTitle.get(p.title.toLowerCase()) ?? []), p.id]);
    if (p.holder.kind === 'named') for (const n of p.holder.names) byHolder.set(personKey(n), [...(byHolder.get(personKey(n)) ?? []), p.id]);
  }
  const findBy = (by: ManagerBy, value: string): string[] => {
    if (by === 'id') return ids.has(value) ? [firstPostOf.get(value) ?? value] : [];
    return (by === 'name' ? byHolder.get(personKey(value)) : byTitle.get(value.toLowerCase())) ?? [];
  };
  // "Manager" alone: read as ids, names or titles, whichever the values are.
  let by: ManagerBy = managerField === 'managerName' ? 'name' : managerField === 'managerTitle' ? 'title' : 'id';
  if (managerField === 'manager') {
    const values = managers.map((m) => m.value).filter((v) => v && !/^(xx|no_manager|none)$/i.test(v));
    const hits = (b: ManagerBy) => values.filter((v) => findBy(b, v).length > 0).length;
    const scores = (['id', 'name', 'title'] as const).map((b) => [b, hits(b)] as const);
    const best = scores.reduce((top, s) => (s[1] > top[1] ? s : top));
    by = best[0];
    // Said always; loudly when most values match nothing.
    (best[1] >= values.length * 0.8 ? report.notes : report.warnings).push(
      `the "${header('manager')}" column was read as the manager's ${by === 'id' ? 'post or person id' : by === 'name' ? 'name (matched to holders)' : 'job title'}: ${scores.map(([b, n]) => `${n} of ${values.length} values match a ${b === 'id' ? 'row id' : b === 'name' ? "holder's name" : 'job title'}`).join(', ')}. If that is wrong, say which with --map managerId=, managerName= or managerTitle=`,
    );
  }
  const lines = [];
  const parent = new Map<string, string>();
  const reachesUp = (from: string, target: string) => {
    for (let cur: string | undefined = from, n = 0; cur !== undefined && n <= posts.length; cur = parent.get(cur), n++) if (cur === target) return true;
    return false;
  };
  const what = { id: 'id', name: 'holder named', title: 'title' };
  for (const m of managers) {
    let manager: string | undefined;
    // A value is read only from the manager column, so there is one when there is a value.
    if (managerField && m.value && !/^(xx|no_manager|none)$/i.test(m.value)) {
      const matches = findBy(by, m.value);
      if (matches.length === 1) manager = matches[0];
      else if (matches.length > 1) {
        const where = rowList(matches.map((id) => must(lineOf.get(id), `the row of post "${id}"`)).sort((a, b) => a - b));
        issue(
          m.line,
          managerField,
          m.value,
          `${matches.length} posts have this ${by === 'name' ? 'holder' : 'title'} (${where}): cannot tell which is the manager, made a top post`,
        );
      } else issue(m.line, managerField, m.value, `no post has this ${what[by]}: made a top post`);
    }
    if (!manager || manager === m.post || reachesUp(manager, m.post)) {
      if (manager && managerField)
        issue(
          m.line,
          managerField,
          m.value,
          manager === m.post ? 'the post would manage itself: made a top post' : 'would make a circle of reporting lines: made a top post',
        );
      report.topPosts++;
      continue;
    }
    parent.set(m.post, manager);
    lines.push(makeLine({ id: managementLineId(m.post), kind: 'management', from: manager, to: m.post }));
  }
  if (hoursRows.length) {
    report.warnings.push(
      `${hoursRows.length} FTE value${hoursRows.length === 1 ? ' was' : 's were'} hours per week (${rowList(hoursRows)}): FTE = hours ÷ ${fullTime}, ${options.fullTimeHours === undefined ? `the default full-time week of ${DEFAULT_FULL_TIME_HOURS} hours; give yours with --full-time-hours` : 'the full-time week given'}`,
    );
  }
  if (posts.length > 1 && !lines.length) {
    report.warnings.push(
      `no reporting lines: all ${posts.length} posts are top posts, so the chart is flat. ${managerField ? `No value of the "${header(managerField)}" column named another row's ${what[by]}` : 'No column was taken as the manager'}: say which column names the manager with --map (managerId=, managerName= or managerTitle=)`,
    );
  } else if (report.topPosts > HANDFUL_OF_TOP_POSTS) {
    report.warnings.push(
      `${report.topPosts} of ${posts.length} posts have no manager in the file (top posts); a structure usually has one or a handful. Check the rows listed above`,
    );
  }
  report.postsCreated = posts.length;
  const chart = makeChart({
    id: newId('chart'),
    title: (chartTitle?.trim() || file.name.replace(/\.csv$/i, '')).slice(0, LIMITS.shortText),
    nodes: posts,
    lines,
  });
  return {
    chart: refuseInvalidImport(autoLayoutNewChart(makeDocument({ tags: [...existingTags, ...newTags], charts: [chart] }), chart), file.name),
    newTags,
    report,
  };
}
