// The sample's Annex 5 → Annex 1 mapping reads as the papers do.
import { describe, expect, it } from 'vitest';
import { assimilationMatrix, findMapping, mappingContext, newPostFills } from '../../../shared/mapping/assimilation';
import { chartAsOn, nodeChanges, transitionTimeline } from '../../../shared/mapping/transition';
import { validateDocument } from '../../../shared/model/validate';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const doc = herefordshireSample();
const mapping = findMapping(doc, 'annex-5', 'annex-1');
const ctx = mappingContext(doc, mapping);
const rows = assimilationMatrix(ctx);
const row = (id: string) =>
  defined(
    rows.find((r) => r.post.id === id),
    'rows.find((r) => r.post.id === id)',
  );

describe('the sample transition, Annex 5 → Annex 1', () => {
  it('is valid and decides every Annex 5 post, each marked as a reconstruction', () => {
    expect(validateDocument(doc)).toEqual([]);
    expect(rows.every((r) => r.source === 'decided' && r.inferred)).toBe(true);
  });

  it('puts both chief executives and the COO into the single Chief Executive by open competition', () => {
    for (const id of ['council-ceo', 'pct-ceo', 'coo'])
      expect([row(id).method, row(id).targets.map((t) => t.title)]).toEqual(['open-competition', ['Chief Executive']]);
  });

  it('moves the Director of Provider Services out and slots the Director of Resources into Resources and Shared Services', () => {
    expect(row('dir-provider-services').method).toBe('moved-out');
    expect(row('dir-provider-services').destination).toMatch(/social enterprise/);
    expect([row('dir-resources').method, defined(row('dir-resources').targets[0]).title]).toEqual(['slot-in', 'Director of Resources and Shared Services']);
    const fills = new Map(newPostFills(ctx, rows).map((f) => [f.post.id, f.fill]));
    expect(fills.get('ceo')).toBe('open-recruitment');
    expect(fills.get('dir-resources')).toBe('slot-in');
  });

  it('dates every change between the annexes to a roadmap phase, with a reason', () => {
    const changes = nodeChanges(doc, mapping, ctx.baseline, ctx.option);
    expect(changes.filter((c) => !c.phase || !c.dated?.reason).map((c) => [c.nodeId, c.kinds])).toEqual([]);
    expect(transitionTimeline(doc, mapping).map((s) => s.phase?.name.slice(0, 7))).toEqual(['Phase 1', 'Phase 2', 'Phase 3', 'Phase 4']);
  });

  it('shows Annex 5 before October 2007, one Chief Executive from it, and Annex 1 from Phase 3', () => {
    const titles = (date: string) => chartAsOn(doc, mapping, date).nodes.map((n) => (n.kind === 'post' ? n.title : n.name));
    expect(chartAsOn(doc, mapping, '2007-09-30')).toEqual(ctx.baseline);
    expect(titles('2007-10-01')).toContain('Chief Executive');
    expect(titles('2007-10-01')).not.toContain('PCT Chief Executive');
    expect(titles('2007-10-01')).toContain('Director of Provider Services');
    expect(chartAsOn(doc, mapping, '2008-09-01')).toEqual(ctx.option);
  });
});
