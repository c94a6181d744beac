import { describe, expect, it } from 'vitest';
import * as cmd from '../../../shared/model/commands';
import { makeBody, makePost } from '../../../shared/model/factory';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import type { StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const A1 = 'annex-1';
const chart = (doc: StructuraDocument, id = A1) =>
  defined(
    doc.charts.find((c) => c.id === id),
    'doc.charts.find((c) => c.id === id)',
  );
const node = (doc: StructuraDocument, id: string, chartId = A1) =>
  defined(
    chart(doc, chartId).nodes.find((n) => n.id === id),
    'chart(doc, chartId).nodes.find((n) => n.id === id)',
  );
const managerOf = (doc: StructuraDocument, id: string, chartId = A1) =>
  chart(doc, chartId).lines.find((l) => l.kind === 'management' && l.to === id)?.from ?? null;
const stillValid = (doc: StructuraDocument) => expect(parseDocument(serializeDocument(doc))).toMatchObject({ ok: true });

describe('edit commands', () => {
  it('never mutate the document they are given', () => {
    const doc = herefordshireSample();
    const before = serializeDocument(doc);
    cmd.updateNode(doc, A1, 'coo', { title: 'COO' });
    cmd.deleteNodes(doc, A1, ['coo']);
    cmd.setManager(doc, A1, 'dir-finance', 'coo');
    cmd.deleteTag(doc, 'joint', 'pct');
    expect(serializeDocument(doc)).toBe(before);
  });

  it('adds a joint post with a 50/50 split and connects it to the COO', () => {
    let doc = herefordshireSample();
    doc = cmd.addNode(
      doc,
      A1,
      makePost({
        id: 'new',
        title: 'Head of Integration',
        tagId: 'joint',
        funding: [
          { tagId: 'pct', percent: 50 },
          { tagId: 'council', percent: 50 },
        ],
      }),
    );
    doc = cmd.setManager(doc, A1, 'new', 'coo');
    expect(managerOf(doc, 'new')).toBe('coo');
    stillValid(doc);
  });

  it('refuses a funding split that does not add up, with the total in the message', () => {
    const doc = herefordshireSample();
    expect(() =>
      cmd.updateNode(doc, A1, 'ceo', {
        funding: [
          { tagId: 'pct', percent: 50 },
          { tagId: 'council', percent: 40 },
        ],
      }),
    ).toThrow(/add up to 100% \(it adds up to 90%\)/);
  });

  it('refuses negative FTE and cost and an empty title', () => {
    const doc = herefordshireSample();
    expect(() => cmd.updateNode(doc, A1, 'coo', { fte: -1 })).toThrow(/FTE must be 0 or more/);
    expect(() => cmd.updateNode(doc, A1, 'coo', { cost: -1 })).toThrow(/Cost must be 0 or more/);
    expect(() => cmd.updateNode(doc, A1, 'coo', { title: '  ' })).toThrow(/needs a title/);
  });

  it('deletes a post together with its lines', () => {
    const doc = cmd.deleteNodes(herefordshireSample(), A1, ['coo']);
    expect(chart(doc).lines.some((l) => l.from === 'coo' || l.to === 'coo')).toBe(false);
    expect(managerOf(doc, 'dir-childrens')).toBeNull();
    stillValid(doc);
  });

  it('moves a post to a new manager, refusing a cycle', () => {
    let doc = cmd.setManager(herefordshireSample(), A1, 'dir-finance', 'coo');
    expect(managerOf(doc, 'dir-finance')).toBe('coo');
    expect(() => cmd.setManager(doc, A1, 'coo', 'dir-finance')).toThrow(/"Director of Finance" reports to "Chief Operating Officer" already/);
    doc = cmd.setManager(doc, A1, 'dir-finance', null);
    expect(managerOf(doc, 'dir-finance')).toBeNull();
  });

  it('refuses a second line manager and a duplicate line', () => {
    const doc = herefordshireSample();
    expect(() => cmd.addLine(doc, A1, { id: 'x', kind: 'management', from: 'dph', to: 'coo', label: '', inferred: null })).toThrow(
      /already has a line manager \("Chief Executive"\)/,
    );
    expect(() => cmd.addLine(doc, A1, { id: 'y', kind: 'accountability', from: 'pct-board', to: 'ceo', label: '', inferred: null })).toThrow(/already joined/);
  });

  it('allows any number of accountability lines', () => {
    let doc = herefordshireSample();
    doc = cmd.addLine(doc, A1, { id: 'd1', kind: 'accountability', from: 'dph', to: 'dir-clinical-leadership', label: 'professional', inferred: null });
    doc = cmd.addLine(doc, A1, { id: 'd2', kind: 'accountability', from: 'coo', to: 'dir-clinical-leadership', label: '', inferred: null });
    expect(chart(doc).lines.filter((l) => l.to === 'dir-clinical-leadership')).toHaveLength(3);
    stillValid(doc);
  });

  it('pastes copies with new ids, or as the same post into another model', () => {
    const doc = herefordshireSample();
    const clip = cmd.copySelection(chart(doc), ['coo', 'dir-childrens']);
    expect(clip.lines.map((l) => l.id)).toEqual(['m-dir-childrens']);
    const copied = cmd.pasteNodes(doc, A1, clip, { samePost: false });
    expect(copied.pastedIds).toHaveLength(2);
    expect(copied.pastedIds).not.toContain('coo');
    expect(chart(copied.doc).nodes).toHaveLength(chart(doc).nodes.length + 2);
    stillValid(copied.doc);
    expect(() => cmd.pasteNodes(doc, 'annex-5', clip, { samePost: true })).toThrow(/already in "Proposed/);
    const withoutCoo = cmd.deleteNodes(doc, 'annex-5', ['coo', 'dir-childrens']);
    const same = cmd.pasteNodes(withoutCoo, 'annex-5', clip, { samePost: true });
    expect(same.pastedIds).toEqual(['coo', 'dir-childrens']);
    stillValid(same.doc);
  });

  it('refuses a clipboard whose line leads to a post it does not hold, naming that post', () => {
    // A clipboard from another window or a file is outside data: before, the
    // missing end became an undefined line end and an invalid chart.
    const doc = herefordshireSample();
    const clip = cmd.copySelection(chart(doc), ['coo', 'dir-childrens']);
    const line = defined(clip.lines[0]);
    const broken = { ...clip, lines: [{ ...line, from: 'not-copied' }] };
    expect(() => cmd.pasteNodes(doc, A1, broken, { samePost: false })).toThrow(/line to "not-copied", which is not among the copied posts/);
  });

  it('refuses posts in diagram charts', () => {
    expect(() => cmd.addNode(herefordshireSample(), 'annex-2', makePost({ id: 'p', title: 'Officer' }))).toThrow(/diagram/);
    expect(defined(cmd.addNode(herefordshireSample(), 'annex-2', makeBody({ id: 'b', name: 'Children’s Trust' })).charts[1]).nodes).toHaveLength(10);
  });

  it('duplicates a chart as a new model keeping post ids, or as a copy with new ids', () => {
    const doc = herefordshireSample();
    const model = cmd.duplicateChart(doc, A1, { title: 'Option B' });
    const copy = chart(model.doc, model.chartId);
    expect(copy.title).toBe('Option B');
    expect(copy.nodes.map((n) => n.id)).toEqual(chart(doc).nodes.map((n) => n.id));
    expect(model.doc.charts.indexOf(copy)).toBe(1);
    const fresh = cmd.duplicateChart(doc, A1, { asNewModel: false });
    const ids = new Set(chart(doc).nodes.map((n) => n.id));
    expect(chart(fresh.doc, fresh.chartId).nodes.some((n) => ids.has(n.id))).toBe(false);
    stillValid(model.doc);
    stillValid(fresh.doc);
  });

  it('reorders, renames and deletes charts, keeping at least one', () => {
    let doc = cmd.moveChart(herefordshireSample(), 'annex-5', 0);
    expect(doc.charts.map((c) => c.annex)).toEqual(['5', '1', '2', '3', '4']);
    doc = cmd.updateChart(doc, 'annex-5', { title: 'Interim model' });
    expect(defined(doc.charts[0]).title).toBe('Interim model');
    for (const id of ['annex-1', 'annex-2', 'annex-3', 'annex-4']) doc = cmd.deleteChart(doc, id);
    expect(() => cmd.deleteChart(doc, 'annex-5')).toThrow(/at least one chart/);
  });

  it('deletes a tag in use, moving its posts and funding shares to another tag', () => {
    const doc = cmd.deleteTag(herefordshireSample(), 'pct', 'joint');
    expect(doc.tags.map((t) => t.id)).toEqual(['council', 'joint']);
    expect(node(doc, 'dir-finance').tagId).toBe('joint');
    const ceo = node(doc, 'ceo');
    expect(ceo.kind === 'post' && ceo.funding).toEqual([
      { tagId: 'joint', percent: 45 },
      { tagId: 'council', percent: 55 },
    ]);
    stillValid(doc);
    const untagged = cmd.deleteTag(herefordshireSample(), 'pct', null);
    expect(node(untagged, 'dir-finance').tagId).toBeNull();
    stillValid(untagged);
    expect(cmd.tagUsage(herefordshireSample(), 'pct')).toBeGreaterThan(0);
  });

  it('renames and recolours tags, refusing a bad colour', () => {
    const doc = cmd.updateTag(herefordshireSample(), 'pct', { label: 'NHS', colour: '#123456' });
    expect(doc.tags[0]).toMatchObject({ id: 'pct', label: 'NHS', colour: '#123456' });
    expect(() => cmd.updateTag(doc, 'pct', { colour: 'red' })).toThrow(/colour/);
  });

  it('moves nodes and leaves unchanged nodes as the same objects', () => {
    const doc = herefordshireSample();
    const moved = cmd.moveNodes(doc, A1, new Map([['coo', { x: 10, y: 20 }]]));
    expect(node(moved, 'coo').position).toEqual({ x: 10, y: 20 });
    expect(node(moved, 'dph')).toBe(node(doc, 'dph'));
  });
});

describe('adding an imported chart', () => {
  it('checks it as strictly as an opened file: dangling lines and cycles are refused', () => {
    const doc = herefordshireSample();
    const chart = { ...defined(doc.charts[4]), id: 'imported', title: 'Imported' };
    expect(() =>
      cmd.addChart(doc, {
        ...chart,
        lines: [...chart.lines, { id: 'x', kind: 'management' as const, from: 'nobody', to: 'coo', label: '', inferred: null }],
      }),
    ).toThrow(/"Imported" cannot be added: line "x" starts at "nobody"/);
    const cyclic = chart.lines.map((l) => (l.id === 'm-council-ceo' ? { ...l, from: 'dir-childrens' } : l));
    expect(() => cmd.addChart(doc, { ...chart, lines: cyclic })).toThrow(/goes round in a circle/);
    expect(cmd.addChart(doc, chart).charts).toHaveLength(6);
  });
});
