// The transition as presentation steps: the baseline today, the structure after
// each phase (chartAsOn at the day its last change takes effect) with that
// phase's changes and their marks, then the option with every change marked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withChangeMarks } from '../../../shared/export/changeMarkShapes';
import { drawChartPages } from '../../../shared/export/chartPages';
import type { Shape } from '../../../shared/export/drawing';
import { writeSvg } from '../../../shared/export/svg';
import { CHANGE_MARK_STYLE } from '../../../shared/compare/markStyle';
import { phaseSteps } from '../../../shared/mapping/phaseSteps';
import { chartAsOn, nodeChanges, transitionSpan } from '../../../shared/mapping/transition';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { arbScenario } from './arbitraries';
import { defined, present } from '../../support/defined';

describe('phase steps of the sample, Annex 5 → Annex 1', () => {
  const doc = herefordshireSample();
  const steps = phaseSteps(doc, defined(defined(doc.transition, 'doc.transition').mappings[0], 'doc.transition.mappings[0]'));
  const byKey = new Map(steps.map((s) => [s.key, s]));

  it('go from Annex 5 today through the roadmap’s four phases to Annex 1', () => {
    expect(steps.map((s) => s.title)).toEqual([
      'Annex 5 today',
      'After Phase 1 – September 2007',
      'After Phase 2 – October 2007 to August 2008',
      'After Phase 3 – September 2008 to March 2009',
      'After Phase 4 – April 2009 to May 2011',
      'Annex 1',
    ]);
    expect(defined(byKey.get('phase-2'), "byKey.get('phase-2')").when).toBe('1 October 2007 to 31 August 2008');
    expect(defined(steps[0], 'steps[0]').chart).toBe(doc.charts.find((c) => c.id === 'annex-5'));
    expect(defined(steps.at(-1), 'steps.at(-1)').chart).toBe(doc.charts.find((c) => c.id === 'annex-1'));
  });

  it('Phase 2 appoints the single Chief Executive: marked added, both chief executives gone, the reasons listed', () => {
    const p2 = defined(byKey.get('phase-2'), "byKey.get('phase-2')");
    const ids = new Set(p2.chart.nodes.map((n) => n.id));
    expect(ids.has('ceo')).toBe(true);
    expect(ids.has('council-ceo')).toBe(false);
    expect(ids.has('pct-ceo')).toBe(false);
    // Provider services leave in Phase 3, so they are still there after Phase 2.
    expect(ids.has('dir-provider-services')).toBe(true);
    expect(p2.marks.get('ceo')).toEqual(['added']);
    expect(p2.marks.get('dph')).toContain('retagged');
    expect(p2.marks.has('council-ceo')).toBe(false); // removed: listed, not drawn
    expect(p2.changes.map((c) => c.nodeId)).toContain('council-ceo');
    expect(
      present(
        defined(
          p2.changes.find((c) => c.nodeId === 'ceo'),
          "p2.changes.find((c) => c.nodeId === 'ceo')",
        ).dated,
        "p2.changes.find((c) => c.nodeId === 'ceo').dated",
      ).reason,
    ).toMatch(/single Chief Executive is appointed/);
    expect(p2.date).toBe('2008-04-01'); // the day its last change takes effect
  });

  it('Phase 1 and Phase 4 change nothing; Phase 3 sets up the PST Board; the last step marks every change', () => {
    expect(defined(byKey.get('phase-1'), "byKey.get('phase-1')").changes).toEqual([]);
    expect(defined(byKey.get('phase-1'), "byKey.get('phase-1')").chart.nodes).toEqual(defined(steps[0], 'steps[0]').chart.nodes);
    expect(defined(byKey.get('phase-4'), "byKey.get('phase-4')").changes).toEqual([]);
    expect(defined(byKey.get('phase-3'), "byKey.get('phase-3')").marks.get('pst-board')).toEqual(['added']);
    const option = defined(steps.at(-1), 'steps.at(-1)');
    expect(option.marks.get('ceo')).toEqual(['added']);
    expect([...option.marks.keys()].sort()).toEqual(
      [...new Set(steps.slice(1, -1).flatMap((s) => [...s.marks.keys()]))].filter((id) => option.chart.nodes.some((n) => n.id === id)).sort(),
    );
  });

  it('a slide draws the marks on the boxes: outline and chip in the mark’s colour, named for readers', () => {
    const p2 = defined(byKey.get('phase-2'), "byKey.get('phase-2')");
    const drawn = { ...doc, charts: doc.charts.map((c) => (c.id === p2.chart.id ? p2.chart : c)) };
    const page = defined(
      drawChartPages(drawn, p2.chart.id, { paper: 'a3', orientation: 'landscape', allowSplit: false }).pages[0],
      "drawChartPages(drawn, p2.chart.id, { paper: 'a3', orientation: 'lan...",
    );
    const marked = withChangeMarks(page, p2.marks);
    const overlay = marked.shapes.at(-1) as Extract<Shape, { type: 'group' }>;
    expect(overlay.children.map((g) => (g as Extract<Shape, { type: 'group' }>).ref).sort()).toEqual([...p2.marks.keys()].sort());
    const svg = writeSvg(marked);
    expect(svg).toContain('aria-label="Chief Executive: Changes: added"');
    expect(svg).toContain(`stroke="${CHANGE_MARK_STYLE.added.colour}"`);
    expect(svg).toContain('+ added');
    expect(withChangeMarks(page, new Map())).toBe(page);
  });
});

describe('phase steps of random transitions (seeded)', () => {
  it('start at the baseline, end at the option, show chartAsOn in between, and list every change exactly once', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const steps = phaseSteps(s.doc, s.mapping);
        const [baseline, option] = [defined(s.doc.charts[0], 's.doc.charts[0]'), defined(s.doc.charts[1], 's.doc.charts[1]')];
        expect(defined(steps[0], 'steps[0]').chart).toBe(baseline);
        expect(defined(steps.at(-1), 'steps.at(-1)').chart).toBe(option);
        for (const step of steps.slice(1, -1)) expect(step.chart).toEqual(chartAsOn(s.doc, s.mapping, present(step.date, 'step.date')));
        const changes = nodeChanges(s.doc, s.mapping, baseline, option);
        const listed = steps.flatMap((st) => st.changes.map((c) => c.nodeId));
        expect(listed.sort()).toEqual(changes.map((c) => c.nodeId).sort());
        // Steps in date order; each mark is on a node the step draws, for a change the step lists (the last step: any change).
        const dates = steps.slice(1, -1).map((st) => present(st.date, 'st.date'));
        expect(dates).toEqual([...dates].sort());
        for (const step of steps) {
          const drawn = new Set(step.chart.nodes.map((n) => n.id));
          const own = new Set((step.key === 'option' ? changes : step.changes).map((c) => c.nodeId));
          for (const id of step.marks.keys()) {
            expect(drawn.has(id)).toBe(true);
            expect(own.has(id)).toBe(true);
          }
        }
        // After the step holding the last dated change, the chart is the option.
        const span = transitionSpan(changes);
        if (span) expect(steps.find((st) => st.date !== null && st.date >= span.last)?.chart).toEqual(option);
      }),
      { seed: 1807, numRuns: 150 },
    );
  });
});
