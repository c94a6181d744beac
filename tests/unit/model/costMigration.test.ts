// Format 3 → 4 adds the document's cost inputs. A real format-1 file (the
// sample as released before costs) must open, unchanged apart from `costs`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { addCostSettings } from '../../../shared/model/migrations';

const FORMAT_1 = readFileSync(new URL('../../fixtures/documents/herefordshire-format-1.structura', import.meta.url), 'utf8');

describe('migration from format 1 (no costs)', () => {
  it('opens a format-1 file with empty cost inputs and everything else as it was', () => {
    const old = JSON.parse(FORMAT_1);
    expect(old.schemaVersion).toBe(1);
    expect(old.costs).toBeUndefined();
    const result = parseDocument(FORMAT_1);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { costs, schemaVersion, ...rest } = result.doc;
    expect(schemaVersion).toBe(5);
    const { schemaVersion: _v, ...oldRest } = old;
    expect(rest).toEqual(oldRest);
    expect(costs).toEqual({
      startDate: '',
      years: 5,
      changeDate: '',
      defaultSplit: [],
      agreedSplit: [],
      employers: [],
      ruleSets: [],
      recruitmentRate: 0,
      posts: [],
    });
  });

  it('the upgraded document saves and reopens identically', () => {
    const first = parseDocument(FORMAT_1);
    if (!first.ok) throw new Error('did not open');
    const again = parseDocument(serializeDocument(first.doc));
    expect(again.ok && again.doc).toEqual(first.doc);
  });

  it('does not touch a costs field that is already there, and does not change its input', () => {
    const input = { schemaVersion: 3, costs: { years: 3 } };
    const out = addCostSettings(input);
    expect(out).toEqual({ schemaVersion: 4, costs: { years: 3 } });
    expect(input.schemaVersion).toBe(3);
  });

  it('refuses bad cost inputs with where and what', () => {
    const doc = JSON.parse(FORMAT_1);
    doc.schemaVersion = 4;
    doc.costs = {
      startDate: '2008-04-01',
      years: 0,
      changeDate: '',
      defaultSplit: [],
      agreedSplit: [],
      employers: [
        {
          tagId: 'pct',
          niRate: 15,
          niThreshold: 5000,
          pensionRate: 0.14,
          levyRate: 0,
          otherRate: 0,
          ruleSetId: 'nhs-afc',
          protectionYears: 2,
          ratesDate: '',
          source: '',
          illustrative: true,
        },
      ],
      ruleSets: [],
      recruitmentRate: 0,
      posts: [],
    };
    const result = parseDocument(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toContain('costs.years: must be at least 1');
    expect(messages).toContain('costs.employers[0].niRate: is a fraction: 0.15 means 15%');
  });
});
