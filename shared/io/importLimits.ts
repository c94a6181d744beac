// The document's limits applied to what an import reads, row by row: a value
// too long is cut to the limit and the row says so; an id or amount the
// document cannot hold is replaced and the row says so; a file with more posts
// than a chart holds is refused at the row where the limit is passed. Nothing is
// cut without a word, and an import never yields a chart the document would
// refuse to open.
import { formatCount } from '../format';
import { describeForbiddenCharacter, findForbiddenCharacter, stripForbiddenCharacters } from '../model/characters';
import { schemaIssues } from '../model/check';
import { LIMITS } from '../model/limits';
import { chartSchema } from '../model/schema';
import type { Chart } from '../model/types';
import { newId } from '../model/factory';
import { CsvError } from './csvRead';

export interface ImportIssueSink {
  issues: { file: string; row: number; column: string; value: string; message: string }[];
}

const count = (n: number) => formatCount(n);
const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Text cleaned of characters a document cannot hold and cut to `limit`, each change reported on its row. */
export function fitText(value: string, limit: number, report: ImportIssueSink, at: { file: string; row: number; column: string }): string {
  let text = value;
  const bad = findForbiddenCharacter(text);
  if (bad >= 0) {
    report.issues.push({ ...at, value: preview(text), message: `holds ${describeForbiddenCharacter(text, bad)}, which is not text: removed` });
    text = stripForbiddenCharacters(text);
  }
  if (text.length > limit) {
    report.issues.push({
      ...at,
      value: preview(text),
      message: `is ${count(text.length)} characters long; a document keeps ${count(limit)}: the rest was cut off`,
    });
    text = text.slice(0, limit).trimEnd();
  }
  return text;
}

/** Why an id cannot be a post id, or null when it can. */
export function idProblem(id: string): string | null {
  if (id.length > LIMITS.idLength) return `is ${count(id.length)} characters long; an id has at most ${LIMITS.idLength}`;
  if (/[\u0000-\u001f]/.test(id)) return 'holds control characters';
  if (findForbiddenCharacter(id) >= 0) return `holds ${describeForbiddenCharacter(id, findForbiddenCharacter(id))}`;
  return null;
}

/** An amount of money the document can hold, or null (reported) when it is beyond any plausible one. */
export function fitAmount(value: number | null, report: ImportIssueSink, at: { file: string; row: number; column: string; text: string }): number | null {
  if (value === null || value <= LIMITS.money) return value;
  report.issues.push({
    file: at.file,
    row: at.row,
    column: at.column,
    value: at.text,
    message: `is more than £${count(LIMITS.money)}, not a plausible amount: left blank`,
  });
  return null;
}

/** Refuses the import at the row that would give the chart more posts than it holds. */
export function refuseOverPostLimit(posts: number, file: string, row: number): void {
  if (posts < LIMITS.nodesPerChart) return;
  throw new CsvError(
    `${file}, row ${row}: this file has more than ${count(LIMITS.nodesPerChart)} posts, the most a chart holds. Split it (for example by directorate) and import each part as its own chart.`,
  );
}

/**
 * The last guard: the imported chart checked against the document schema. An
 * import that got this far and still breaks a limit is a defect, but the user
 * sees where, not a chart that cannot be saved.
 */
export function refuseInvalidImport(chart: Chart, file: string): Chart {
  const [issue] = schemaIssues(chartSchema, chart);
  if (!issue) return chart;
  const index = /^nodes\[(\d+)\]/.exec(issue.path);
  const node = index ? chart.nodes[Number(index[1])] : undefined;
  const where = node ? `post "${preview(node.id)}", ${issue.path.replace(/^nodes\[\d+\]\.?/, '') || 'the post'}` : issue.path;
  throw new CsvError(`${file} cannot be imported: ${where} ${issue.message}.`);
}

/** "m-" and the post id, the id imports give a management line, unless that would be too long for an id. */
export function managementLineId(postId: string): string {
  const id = `m-${postId}`;
  return id.length <= LIMITS.idLength ? id : newId('line');
}
