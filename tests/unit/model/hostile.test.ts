import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { HOSTILE_CASES } from '../../fixtures/hostile/corpus';
import { defined } from '../../support/defined';

describe('hostile and broken documents', () => {
  for (const testCase of HOSTILE_CASES) {
    it(`${testCase.name}: ${testCase.expected ? 'refused with a located message' : 'accepted as plain data'}`, () => {
      const result = parseDocument(testCase.text());
      if (testCase.expected === null) {
        expect(result.ok).toBe(true);
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(defined(result.errors[0]).path).toBe(testCase.expected.path);
      expect(defined(result.errors[0]).message).toMatch(testCase.expected.message);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }

  it('never throws on random mutations of a valid document, and every refusal is located', () => {
    const base = serializeDocument(herefordshireSample());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 8 }), (at, cut, insert) => {
        const text = base.slice(0, at) + insert + base.slice(at + cut);
        const result = parseDocument(text);
        if (result.ok) {
          expect(parseDocument(serializeDocument(result.doc))).toEqual(result);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.path).not.toBe('');
            expect(error.message.length).toBeGreaterThan(5);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseDocument(JSON.stringify(value));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
