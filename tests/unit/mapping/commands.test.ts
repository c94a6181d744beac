// Transition edits: refused when the loader would refuse the result; deleting
// posts or charts takes their mappings with them, so the document stays valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removePool, setPostMapping, setThresholds } from '../../../shared/mapping/commands';
import { CommandError, deleteChart, deleteNodes } from '../../../shared/model/commands';
import { validateDocument } from '../../../shared/model/validate';
import { arbScenario } from './arbitraries';
import { defined } from '../../support/defined';

const ref = { fromChartId: 'base', toChartId: 'opt' };

describe('transition commands', () => {
  it('refuse a slot-in naming no post, a target not in the option, and thresholds the wrong way round', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const postId = defined(defined(s.doc.charts[0]).nodes[0]).id;
        const base = { postId, targetPostIds: [], poolIds: [], destination: '', reason: '', inferred: null };
        expect(() => setPostMapping(s.doc, ref, { ...base, method: 'slot-in' })).toThrow(CommandError);
        expect(() => setPostMapping(s.doc, ref, { ...base, method: 'open-competition', targetPostIds: ['not-there'] })).toThrow(/not a post of chart "opt"/);
        expect(() => setThresholds(s.doc, ref, { slotIn: 40, ringFence: 60 })).toThrow(/ring-fence threshold/);
        expect(validateDocument(setPostMapping(s.doc, ref, { ...base, method: 'deleted' }))).toEqual([]);
      }),
      { seed: 190, numRuns: 50 },
    );
  });

  it('deleting any posts of either chart, or a pool, or a chart, leaves a valid document', () => {
    fc.assert(
      fc.property(arbScenario, fc.boolean(), fc.array(fc.nat(), { maxLength: 5 }), (s, fromBaseline, picks) => {
        const chart = defined(s.doc.charts[fromBaseline ? 0 : 1]);
        if (chart.nodes.length === 0) return;
        const ids = picks.map((k) => defined(chart.nodes[k % chart.nodes.length]).id);
        expect(validateDocument(deleteNodes(s.doc, chart.id, ids))).toEqual([]);
        for (const pool of s.mapping.pools) expect(validateDocument(removePool(s.doc, ref, pool.id))).toEqual([]);
        const gone = deleteChart(s.doc, chart.id);
        expect(validateDocument(gone)).toEqual([]);
        expect(defined(gone.transition, 'gone.transition').mappings).toEqual([]);
      }),
      { seed: 191, numRuns: 300 },
    );
  });
});
