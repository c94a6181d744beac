// A flat CSV of a chart's posts, for spreadsheets.
import { formatShare } from '../format';
import { holderLabel } from '../compare/compare';
import { toCsv, type CsvValue } from './csvWrite';
import type { StructuraDocument } from '../model/types';

export const POSTS_COLUMNS = [
  'Post id',
  'Title',
  'Holder',
  'Manager id',
  'Manager',
  'Organisation',
  'Funding split',
  'FTE',
  'Grade',
  'Annual cost (£)',
  'Cost is illustrative',
  'Responsibilities',
  'Inferred',
  'Notes',
];

export function exportPostsCsv(doc: StructuraDocument, chartId: string): string {
  const chart = doc.charts.find((c) => c.id === chartId);
  if (!chart) throw new Error(`There is no chart "${chartId}".`);
  const names = new Map(chart.nodes.map((n) => [n.id, n.kind === 'post' ? n.title : n.name]));
  const tag = (id: string | null) => (id ? (doc.tags.find((t) => t.id === id)?.label ?? id) : '');
  const manager = new Map<string, string>();
  for (const line of chart.lines) if (line.kind === 'management') manager.set(line.to, line.from);
  const rows: CsvValue[][] = [POSTS_COLUMNS];
  for (const post of chart.nodes) {
    if (post.kind !== 'post') continue;
    const m = manager.get(post.id) ?? '';
    rows.push([
      post.id,
      post.title,
      holderLabel(post.holder),
      m,
      m ? names.get(m) : '',
      tag(post.tagId),
      post.funding.map((s) => `${tag(s.tagId)} ${formatShare(s.percent)}`).join(' / '),
      post.fte,
      post.grade,
      post.cost,
      post.cost !== null && post.costIllustrative ? 'yes' : '',
      post.responsibilities.join('; '),
      post.inferred ?? '',
      post.notes,
    ]);
  }
  return toCsv(rows);
}
