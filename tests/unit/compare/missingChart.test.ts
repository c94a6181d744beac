// A comparison named by chart ids that are not (or no longer) in the document:
// the board pack's comparison pages say which id, instead of failing inside
// with "cannot read properties of undefined" (#14: no silent `!` on a lookup).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonPagesFor } from '../../../shared/compare/page';
import { herefordshireSample } from '../../../shared/sample/herefordshire';

const doc = herefordshireSample();
const chartIds = new Set(doc.charts.map((c) => c.id));
const goneId = fc.string({ minLength: 1, maxLength: 12 }).filter((id) => !chartIds.has(id));
const presentId = fc.constantFrom(...doc.charts.filter((c) => c.kind === 'structure').map((c) => c.id));

describe('comparison pages for a pair with a chart that is gone', () => {
  it('name the missing chart, on either side of the pair', () => {
    fc.assert(
      fc.property(goneId, presentId, fc.boolean(), (gone, present, goneIsFrom) => {
        const [from, to] = goneIsFrom ? [gone, present] : [present, gone];
        expect(() => comparisonPagesFor(doc, from, to)).toThrow(`There is no chart "${gone}".`);
      }),
      { seed: 14, numRuns: 60 },
    );
  });

  it('still label a pair of charts the document has', () => {
    const [from, to] = doc.charts.filter((c) => c.kind === 'structure');
    if (!from || !to) throw new Error('the sample has two structure charts');
    expect(comparisonPagesFor(doc, from.id, to.id)?.label).toContain(from.title);
  });
});
