import { describe, expect, it } from 'vitest';
import { updateCostSettings, updateEmployerCosts, updatePostCostInputs } from '../../../shared/costs/commands';
import { CommandError } from '../../../shared/model/commands';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

describe('cost input commands', () => {
  const doc = herefordshireSample();
  it('edit without touching their input, and the result reopens', () => {
    const a = updateEmployerCosts(doc, 'pct', { pensionRate: 0.2 });
    const b = updatePostCostInputs(a, 'pct-ceo', { age: 60 });
    const c = updateCostSettings(b, { years: 3 });
    expect(defined(defined(doc.costs, 'doc.costs').employers[0]).pensionRate).toBe(0.1438);
    expect(defined(defined(c.costs, 'c.costs').employers[0]).pensionRate).toBe(0.2);
    expect(
      defined(
        defined(c.costs, 'c.costs').posts.find((p) => p.postId === 'pct-ceo'),
        "c.costs.posts.find((p) => p.postId === 'pct-ceo')",
      ).age,
    ).toBe(60);
    const reopened = parseDocument(serializeDocument(c));
    expect(reopened.ok && reopened.doc).toEqual(c);
  });
  it('refuse what the document could not reopen, saying which field', () => {
    expect(() => updateEmployerCosts(doc, 'pct', { niRate: 15 })).toThrow(CommandError);
    expect(() => updateEmployerCosts(doc, 'pct', { niRate: 15 })).toThrow(/niRate: is a fraction/);
    expect(() =>
      updateCostSettings(doc, {
        defaultSplit: [
          { tagId: 'pct', percent: 40 },
          { tagId: 'council', percent: 40 },
        ],
      }),
    ).toThrow(/add up to 100/);
    expect(() => updateEmployerCosts(doc, 'nowhere', {})).toThrow(/no organisation tag "nowhere"/);
  });
});
