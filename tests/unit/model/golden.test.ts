// Every released format keeps a golden file that every later Structura must
// open: a migration that breaks one of them breaks files in users' hands.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/model/load';
import { SCHEMA_VERSION } from '../../../shared/model/types';
import { defined, present } from '../../support/defined';

const folder = join(__dirname, '../../fixtures/documents');
const goldens = readdirSync(folder).filter((name) => /-v\d+\.structura$/.test(name));

describe('golden documents of every released format', () => {
  it('has a golden file for the first format', () => {
    expect(goldens).toContain('herefordshire-v1.structura');
  });

  for (const name of goldens) {
    it(`${name} opens in the current format with every chart and post`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const raw = JSON.parse(text) as { schemaVersion: number; charts: { nodes: { id: string }[] }[] };
      expect(Number(present(/-v(\d+)\./.exec(name), '/-v(\\d+)\\./.exec(name)')[1])).toBe(raw.schemaVersion);
      const result = parseDocument(text);
      if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      expect(result.doc.schemaVersion).toBe(SCHEMA_VERSION);
      expect(result.doc.charts.map((c) => c.nodes.map((n) => n.id))).toEqual(raw.charts.map((c) => c.nodes.map((n) => n.id)));
    });
  }
});

describe('format 2 → 3 (rule-check inputs)', () => {
  it('a format-1 file opens with no rule settings of its own, so the checks use the defaults', () => {
    const result = parseDocument(readFileSync(join(folder, 'herefordshire-v1.structura'), 'utf8'));
    if (!result.ok) throw new Error(defined(result.errors[0], 'result.errors[0]').message);
    expect(result.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.doc.rules).toBeUndefined();
  });
});

describe('format 4 → 5 (transition)', () => {
  it('a format-4 file opens with no transition of its own, everything else as it was', () => {
    const text = readFileSync(join(folder, 'herefordshire-v4.structura'), 'utf8');
    const result = parseDocument(text);
    if (!result.ok) throw new Error(defined(result.errors[0], 'result.errors[0]').message);
    expect(result.doc.schemaVersion).toBe(5);
    expect(result.doc.transition).toBeUndefined();
    expect({ ...result.doc, schemaVersion: 4 }).toEqual(JSON.parse(text));
  });

  it('a format-5 file whose transition names a post its chart lacks is refused, saying where', () => {
    const raw = JSON.parse(readFileSync(join(folder, 'herefordshire-v4.structura'), 'utf8'));
    raw.schemaVersion = 5;
    raw.transition = {
      phases: [],
      mappings: [
        {
          id: 'm',
          fromChartId: 'annex-5',
          toChartId: 'annex-1',
          thresholds: { slotIn: 65, ringFence: 50 },
          posts: [{ postId: 'nobody', method: 'deleted', targetPostIds: [], poolIds: [], destination: '', reason: '', inferred: null }],
          matches: [],
          pools: [],
          changes: [],
        },
      ],
    };
    const result = parseDocument(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'transition.mappings[0].posts[0].postId',
        message: expect.stringMatching(/"nobody", which is not a post of chart/),
      });
  });
});
