// Export of a structure chart as the organogram senior and junior CSVs, in the
// published column set, so it can be re-imported (round trip) or published.
import { toCsv, type CsvValue } from './csvWrite';
import type { StructuraDocument } from '../model/types';
import { isNoReportingPost } from './noReportingPost';

export const SENIOR_COLUMNS = [
  'Post Unique Reference',
  'Name',
  'Grade (or equivalent)',
  'Job Title',
  'Job/Team Function',
  'Parent Department',
  'Organisation',
  'Unit',
  'Contact Phone',
  'Contact E-mail',
  'Reports to Senior Post',
  'Salary Cost of Reports (£)',
  'FTE',
  'Actual Pay Floor (£)',
  'Actual Pay Ceiling (£)',
  'Professional/Occupational Group',
  'Notes',
  'Valid?',
];

export const JUNIOR_COLUMNS = [
  'Parent Department',
  'Organisation',
  'Unit',
  'Reporting Senior Post',
  'Grade',
  'Payscale Minimum (£)',
  'Payscale Maximum (£)',
  'Generic Job Title',
  'Number of Posts in FTE',
  'Professional/Occupational Group',
];

export function exportOrganogramCsv(doc: StructuraDocument, chartId: string): { senior: string; junior: string } {
  const chart = doc.charts.find((c) => c.id === chartId);
  if (!chart) throw new Error(`There is no chart "${chartId}".`);
  const tagName = (id: string | null) => (id ? (doc.tags.find((t) => t.id === id)?.name ?? '') : '');
  const manager = new Map<string, string>();
  for (const line of chart.lines) if (line.kind === 'management') manager.set(line.to, line.from);
  const posts = chart.nodes.filter((n) => n.kind === 'post');
  const postIds = new Set(posts.map((p) => p.id));
  const senior: CsvValue[][] = [SENIOR_COLUMNS];
  const junior: CsvValue[][] = [JUNIOR_COLUMNS];
  for (const post of posts) {
    if (post.kind !== 'post') continue;
    if (isNoReportingPost(post)) {
      // Junior staff the published file gave no senior post: written back so, not as a post.
      for (const team of post.juniorTeams)
        junior.push(['', tagName(post.tagId), team.unit, '', team.grade, team.payMin, team.payMax, team.title, team.fte, team.profession]);
      continue;
    }
    const reportsTo = manager.get(post.id);
    const names =
      post.holder.kind === 'named' ? post.holder.names : [post.holder.kind === 'vacant' ? 'Vacant' : post.holder.kind === 'undisclosed' ? 'N/D' : ''];
    // A job share is published as one row per holder, sharing the FTE.
    // Equal shares to 3 decimals, the last holder taking the remainder so the shares add up to the post's FTE.
    const share = Math.round((post.fte / names.length) * 1000) / 1000;
    names.forEach((name, i) => {
      const fte = i < names.length - 1 ? share : Math.round((post.fte - share * (names.length - 1)) * 1000) / 1000;
      senior.push([
        post.id,
        name,
        post.grade,
        post.title,
        post.jobFunction,
        '',
        tagName(post.tagId),
        post.unit,
        '',
        '',
        reportsTo && postIds.has(reportsTo) ? reportsTo : 'XX',
        '',
        fte,
        post.payFloor,
        post.payCeiling,
        post.profession,
        post.notes,
        '1',
      ]);
    });
    for (const team of post.juniorTeams) {
      junior.push(['', tagName(post.tagId), team.unit, post.id, team.grade, team.payMin, team.payMax, team.title, team.fte, team.profession]);
    }
  }
  return { senior: toCsv(senior), junior: toCsv(junior) };
}
