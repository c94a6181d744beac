// One way to write FTE, money and shares on every surface a user reads: the
// boxes, the board pack, the comparison, savings and consultation pages, the
// charts in words and the comparison report all go through shared/format.ts.
// Before, the same post read "1.0 FTE" on its box, "1.00" in the comparison
// table and "45 %" beside "45%" for one funding split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCharts } from '../../shared/compare/compare';
import { comparisonToText } from '../../shared/compare/report';
import { DEFAULT_EXPORT } from '../../shared/export/chartPages';
import { exportTarget, type ExportTarget } from '../../shared/export/pipeline';
import type { StructuraDocument } from '../../shared/model/types';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { defined } from '../support/defined';

const pair = { fromChartId: 'annex-5', toChartId: 'annex-1' };
const TARGETS: ExportTarget[] = [
  { kind: 'chart', chartId: 'annex-1' },
  { kind: 'pack', comparison: pair },
  { kind: 'comparison', pair },
  { kind: 'savings', pair },
  { kind: 'consultation', pair, redact: false },
];

/** The sample with the drawn FTE and joint posts' funding replaced by the values drawn. */
function withFigures(ftes: number[], splits: number[]): StructuraDocument {
  const doc = herefordshireSample();
  let i = 0;
  for (const chart of doc.charts) {
    chart.nodes = chart.nodes.map((n) => {
      if (n.kind !== 'post') return n;
      const fte = defined(ftes[i % ftes.length], 'ftes[i % ftes.length]');
      const share = defined(splits[i % splits.length], 'splits[i % splits.length]');
      i += 1;
      const funding =
        n.funding.length === 2
          ? [
              { ...defined(n.funding[0], 'n.funding[0]'), percent: share },
              { ...defined(n.funding[1], 'n.funding[1]'), percent: 100 - share },
            ]
          : n.funding;
      return { ...n, fte, funding };
    });
  }
  return doc;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** What a reader sees of an SVG: the content of its text elements. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decodeEntities(defined(m[1], 'm[1]').replace(/<[^>]+>/g, '')));
}

function expectOneWay(text: string, where: string) {
  for (const m of text.matchAll(/(\d[\d.,]*) FTE\b/g)) expect(m[1], `${where}: “${text}”`).toMatch(/^\d+\.\d\d$/);
  expect(text, where).not.toMatch(/\d %/);
  for (const m of text.matchAll(/£\d+(?:[.,]\d+)*[km]?/g)) expect(m[0], `${where}: “${text}”`).toMatch(/^£(\d{1,3}(,\d{3})*|\d+(\.\d)?[km])$/);
}

describe('every surface writes FTE, money and shares one way', () => {
  it('boxes, pack, comparison, savings and consultation pages, the charts in words and the comparison report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.integer({ min: 0, max: 1500 }).map((v) => v / 100),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(
          fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
          { minLength: 1, maxLength: 4 },
        ),
        async (ftes, splits) => {
          const doc = withFigures(ftes, splits);
          for (const target of TARGETS) {
            const svg = await exportTarget(doc, target, 'svg', DEFAULT_EXPORT);
            for (const file of svg.files) for (const text of svgTexts(new TextDecoder().decode(file.bytes))) expectOneWay(text, `${target.kind} ${file.name}`);
          }
          const words = await exportTarget(doc, { kind: 'pack', comparison: null }, 'text-plain', DEFAULT_EXPORT);
          for (const line of new TextDecoder().decode(defined(words.files[0], 'words.files[0]').bytes).split('\n')) expectOneWay(line, 'charts in words');
          const [a, b] = [
            defined(
              doc.charts.find((c) => c.id === pair.fromChartId),
              'doc.charts.find((c) => c.id === pair.fromChartId)',
            ),
            defined(
              doc.charts.find((c) => c.id === pair.toChartId),
              'doc.charts.find((c) => c.id === pair.toChartId)',
            ),
          ];
          for (const line of comparisonToText(compareCharts(a, b, doc.tags)).split('\n')) expectOneWay(line, 'comparison report');
        },
      ),
      { seed: 31, numRuns: 6 },
    );
  }, 120_000);
});
