// The board pack's savings page for Annex 5 → Annex 1 of the sample.
import { describe, expect, it } from 'vitest';
import { drawBoardPack } from '../../../shared/export/pack';
import { drawSavingsPage } from '../../../shared/export/savingsPage';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import type { Shape } from '../../../shared/export/drawing';

const texts = (shapes: Shape[]): string[] => shapes.flatMap((s) => (s.type === 'text' ? [s.text] : s.type === 'group' ? texts(s.children) : []));

describe('savings page', () => {
  const doc = herefordshireSample();
  const page = drawSavingsPage(doc, 'annex-5', 'annex-1', { paper: 'a4', orientation: 'landscape' });
  const words = texts(page.shapes);

  it('says it is illustrative, shows each partner, the payback year, joint posts and dated sources', () => {
    expect(page.label).toBe('Savings: Annex 5 → Annex 1 (illustrative)');
    for (const w of ['PCT', 'Council', 'Total', 'Joint posts: what each partner pays a year (A → B)', 'Assumptions']) expect(words).toContain(w);
    expect(words.some((w) => /^year \d$/.test(w))).toBe(true);
    expect(words.some((w) => w.startsWith('Chief Executive'))).toBe(true);
    expect(words.some((w) => w.includes('6 April 2025') && w.includes('(illustrative)'))).toBe(true);
  });

  it('stays inside the page', () => {
    const all = (shapes: Shape[]): Shape[] => shapes.flatMap((s) => (s.type === 'group' ? all(s.children) : [s]));
    for (const s of all(page.shapes)) if (s.type === 'text' || s.type === 'rect') expect(s.y).toBeLessThanOrEqual(page.height - 20);
  });

  it('is a section of the board pack when asked for', () => {
    const pack = drawBoardPack(doc, { paper: 'a4', orientation: 'landscape', includeSavings: { fromChartId: 'annex-5', toChartId: 'annex-1' } });
    // After the annexes and the comparison; the rule-check appendix stays last.
    expect(
      pack.drawing.pages
        .map((p) => p.label)
        .filter((l) => !l.startsWith('Appendix: the charts in words'))
        .slice(-2),
    ).toEqual([page.label, 'Appendix: rule checks']);
  });
});
