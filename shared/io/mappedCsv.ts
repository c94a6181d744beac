// Import of any CSV of posts, with a column mapping (like Visio's organisation
// chart wizard): which column holds the id, title, holder, manager (by id or by
// title), organisation, FTE, cost, grade and responsibilities.
import { autoLayoutChart } from '../layout/layout';
import { makeChart, makeDocument, makeLine, makePost, newId } from '../model/factory';
import type { Holder, OrgTag, PostNode } from '../model/types';
import { CsvError, normaliseHeader, parseNumber, readCsv } from './csvRead';
import { fitAmount, fitText, idProblem, managementLineId, refuseInvalidImport, refuseOverPostLimit } from './importLimits';
import { tagFor, type CsvFile, type ImportReport, type ImportResult } from './organogram';
import { LIMITS } from '../model/limits';

export const MAPPED_FIELDS = ['id', 'title', 'holder', 'managerId', 'managerTitle', 'organisation', 'fte', 'cost', 'grade', 'responsibilities'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Field → column index in the file. */
export type ColumnMapping = Partial<Record<MappedField, number>>;

export const FIELD_LABELS: Record<MappedField, string> = {
  id: 'Post id',
  title: 'Job title',
  holder: 'Holder name',
  managerId: 'Manager id',
  managerTitle: 'Manager job title',
  organisation: 'Organisation',
  fte: 'FTE',
  cost: 'Annual cost',
  grade: 'Grade',
  responsibilities: 'Responsibilities',
};

const GUESSES: Record<MappedField, string[]> = {
  id: ['id', 'post id', 'post unique reference', 'employee id', 'position id', 'reference'],
  title: ['title', 'job title', 'post title', 'position', 'role'],
  holder: ['name', 'holder', 'employee', 'employee name', 'post holder'],
  managerId: ['manager id', 'reports to', 'reports to id', 'reports to senior post', 'parent id', 'line manager id'],
  managerTitle: ['manager', 'manager title', 'reports to title', 'line manager'],
  organisation: ['organisation', 'organization', 'employer', 'org', 'department'],
  fte: ['fte', 'full time equivalent'],
  cost: ['cost', 'annual cost', 'salary', 'salary cost'],
  grade: ['grade', 'band', 'grade or equivalent'],
  responsibilities: ['responsibilities', 'portfolio'],
};

export function guessMapping(headers: string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of MAPPED_FIELDS) {
    const index = GUESSES[field].map((g) => normalised.indexOf(g)).find((i) => i >= 0 && !used.has(i));
    if (index !== undefined) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

export function importMappedCsv(file: CsvFile, mapping: ColumnMapping, existingTags: OrgTag[] = [], chartTitle?: string): ImportResult {
  const table = readCsv(file.name, file.text);
  if (mapping.title === undefined) throw new CsvError('Choose which column holds the job title.');
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && (index < 0 || index >= table.headers.length)) throw new CsvError(`The column chosen for ${FIELD_LABELS[field as MappedField]} is not in ${file.name}.`);
  }
  const report: ImportReport = { files: [file.name], rowsRead: 0, postsCreated: 0, vacantPosts: 0, undisclosedHolders: 0, eliminatedSkipped: 0, jobSharesMerged: 0, duplicateRowsSkipped: 0, teamsAggregated: 0, juniorFte: 0, topPosts: 0, issues: [] };
  const header = (field: MappedField) => table.headers[mapping[field]!] ?? FIELD_LABELS[field];
  const cell = (cells: string[], field: MappedField) => (mapping[field] === undefined ? '' : (cells[mapping[field]!] ?? '').trim());
  const fit = (text: string, line: number, field: MappedField, limit: number = LIMITS.shortText) => fitText(text, limit, report, { file: file.name, row: line, column: header(field) });
  for (const p of table.problems) report.issues.push({ file: file.name, row: p.line, column: p.column, value: p.value, message: p.message });
  const newTags: OrgTag[] = [];
  const posts: PostNode[] = [];
  const ids = new Set<string>();
  const managers: { post: string; byId: string; byTitle: string; line: number }[] = [];
  for (const { line, cells } of table.rows) {
    report.rowsRead++;
    const title = fit(cell(cells, 'title'), line, 'title');
    if (!title) {
      report.issues.push({ file: file.name, row: line, column: header('title'), value: '', message: 'no job title: row skipped' });
      continue;
    }
    let id = cell(cells, 'id') || newId('post');
    const badId = idProblem(id);
    if (badId) {
      report.issues.push({ file: file.name, row: line, column: header('id'), value: id.slice(0, 60), message: `post id ${badId}: this row got a new id` });
      id = newId('post');
    } else if (ids.has(id)) {
      report.issues.push({ file: file.name, row: line, column: header('id'), value: id, message: 'post id used twice: this row got a new id' });
      id = newId('post');
    }
    ids.add(id);
    const name = fit(cell(cells, 'holder'), line, 'holder');
    const holder: Holder = !name ? { kind: 'unrecorded' } : /^vacant$/i.test(name) ? { kind: 'vacant' } : /^(n\/?d|not disclosed)$/i.test(name) ? { kind: 'undisclosed' } : { kind: 'named', names: [name] };
    if (holder.kind === 'vacant') report.vacantPosts++;
    const number = (field: 'fte' | 'cost', fallback: number | null) => {
      const text = cell(cells, field);
      const value = parseNumber(text);
      if (value === null) return fallback;
      if (Number.isNaN(value) || value < 0) {
        report.issues.push({ file: file.name, row: line, column: header(field), value: text, message: `not a number: ${fallback === null ? 'left blank' : `taken as ${fallback}`}` });
        return fallback;
      }
      if (field === 'fte' && value > LIMITS.fte) {
        report.issues.push({ file: file.name, row: line, column: header(field), value: text, message: `FTE is more than ${LIMITS.fte.toLocaleString('en-GB')}, not plausible: taken as ${fallback}` });
        return fallback;
      }
      return field === 'cost' ? fitAmount(value, report, { file: file.name, row: line, column: header(field), text }) : value;
    };
    const responsibilities = cell(cells, 'responsibilities').split(/[;\n]/).map((r) => r.trim()).filter(Boolean);
    if (responsibilities.length > LIMITS.listItems) {
      report.issues.push({ file: file.name, row: line, column: header('responsibilities'), value: '', message: `${responsibilities.length} responsibilities; a post keeps ${LIMITS.listItems}: the rest were left out` });
    }
    refuseOverPostLimit(posts.length, file.name, line);
    posts.push(
      makePost({
        id,
        title,
        holder,
        tagId: tagFor(fit(cell(cells, 'organisation'), line, 'organisation'), existingTags, newTags),
        fte: number('fte', 1) ?? 1,
        cost: number('cost', null),
        grade: fit(cell(cells, 'grade'), line, 'grade'),
        responsibilities: responsibilities.slice(0, LIMITS.listItems).map((r) => fit(r, line, 'responsibilities')),
      }),
    );
    managers.push({ post: id, byId: cell(cells, 'managerId'), byTitle: cell(cells, 'managerTitle'), line });
  }
  const byTitle = new Map<string, string[]>();
  for (const p of posts) byTitle.set(p.title.toLowerCase(), [...(byTitle.get(p.title.toLowerCase()) ?? []), p.id]);
  const lines = [];
  const parent = new Map<string, string>();
  const reachesUp = (from: string, target: string) => {
    for (let cur: string | undefined = from, n = 0; cur !== undefined && n <= posts.length; cur = parent.get(cur), n++) if (cur === target) return true;
    return false;
  };
  for (const m of managers) {
    let manager: string | undefined;
    if (m.byId && !/^xx$/i.test(m.byId)) {
      manager = ids.has(m.byId) ? m.byId : undefined;
      if (!manager) report.issues.push({ file: file.name, row: m.line, column: header('managerId'), value: m.byId, message: 'no post has this id: made a top post' });
    } else if (m.byTitle) {
      const matches = byTitle.get(m.byTitle.toLowerCase()) ?? [];
      if (matches.length === 1) manager = matches[0];
      else report.issues.push({ file: file.name, row: m.line, column: header('managerTitle'), value: m.byTitle, message: matches.length ? 'several posts have this title: made a top post' : 'no post has this title: made a top post' });
    }
    if (!manager || manager === m.post || reachesUp(manager, m.post)) {
      if (manager) report.issues.push({ file: file.name, row: m.line, column: header(mapping.managerId !== undefined ? 'managerId' : 'managerTitle'), value: manager, message: 'would make a circle of reporting lines: made a top post' });
      report.topPosts++;
      continue;
    }
    parent.set(m.post, manager);
    lines.push(makeLine({ id: managementLineId(m.post), kind: 'management', from: manager, to: m.post }));
  }
  report.postsCreated = posts.length;
  const chart = makeChart({ id: newId('chart'), title: (chartTitle?.trim() || file.name.replace(/\.csv$/i, '')).slice(0, 500), nodes: posts, lines });
  return { chart: refuseInvalidImport(autoLayoutChart(makeDocument({ tags: [...existingTags, ...newTags], charts: [chart] }), chart), file.name), newTags, report };
}
