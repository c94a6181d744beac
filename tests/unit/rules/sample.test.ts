// What the checks say of the Herefordshire sample is what a reader of the papers would say.
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { checkChart } from '../../../shared/rules/check';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const doc = herefordshireSample();
const check = (id: string) =>
  checkChart(
    doc,
    defined(
      doc.charts.find((c) => c.id === id),
      'doc.charts.find((c) => c.id === id)',
    ),
  );

describe('rule checks on the Herefordshire sample', () => {
  it('Annex 5: each body has its own head, and only the Monitoring Officer is missing', () => {
    const annex5 = check('annex-5');
    expect(annex5.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      "No post in this structure is the Council's Monitoring Officer. The Council must designate one (Local Government and Housing Act 1989 s5).",
    ]);
    // Two chief executives, one per organisation, is correct: no finding about either.
    expect(annex5.findings.some((f) => f.postIds.includes('council-ceo') || f.postIds.includes('pct-ceo'))).toBe(false);
  });

  it('Annex 1: the joint Chief Executive holds both heads’ roles; the finance officer reports through the COO', () => {
    const annex1 = check('annex-1');
    expect(annex1.findings.some((f) => f.ruleId === 'statutory.required-role' && f.message.includes('Head of Paid Service'))).toBe(false);
    expect(annex1.findings.find((f) => f.ruleId === 'statutory.cfo-reports-to-head')?.postIds).toEqual(['dir-resources', 'ceo']);
    expect(annex1.findings.filter((f) => f.ruleId === 'partnership.joint-post-funded').map((f) => f.postIds[0])).toEqual([
      'coo',
      'dph',
      'dir-commissioning',
      'dir-resources',
    ]);
  });

  it('every designation in the sample says it is inferred', () => {
    expect(defined(doc.rules, 'doc.rules').designations.every((d) => d.inferred)).toBe(true);
  });

  it('diagrams are not checked', () => {
    expect(check('annex-2').findings).toEqual([]);
  });

  it('the rules travel with the document: saved and reopened, the findings are the same', () => {
    const reopened = parseDocument(serializeDocument(doc));
    if (!reopened.ok) throw new Error(defined(reopened.errors[0], 'reopened.errors[0]').message);
    for (const chart of doc.charts) expect(checkChart(reopened.doc, chart)).toEqual(checkChart(doc, chart));
  });

  it('a designation of a role the document does not define is refused on load, with its path', () => {
    const raw = JSON.parse(serializeDocument(doc));
    raw.rules.designations[0].roleId = 'lord-high-executioner';
    const result = parseDocument(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'rules.designations[0].roleId',
        message: 'designates role "lord-high-executioner", which the document does not define',
      });
  });
});

describe('deleting a tag the rules use', () => {
  it('moves the roles held for it to the tag its posts move to, so the document stays valid', async () => {
    const { deleteTag } = await import('../../../shared/model/commands');
    const { validateDocument } = await import('../../../shared/model/validate');
    const moved = deleteTag(herefordshireSample(), 'pct', 'joint');
    expect(validateDocument(moved)).toEqual([]);
    expect(defined(moved.rules, 'moved.rules').designations.filter((d) => d.tagId === 'pct')).toEqual([]);
    expect(defined(moved.rules, 'moved.rules').designations.find((d) => d.postId === 'pct-ceo')?.tagId).toBe('joint');
    const dropped = deleteTag(herefordshireSample(), 'pct', null);
    expect(validateDocument(dropped)).toEqual([]);
    expect(defined(dropped.rules, 'dropped.rules').organisations.map((o) => o.tagId)).toEqual(['council']);
  });
});

describe('the board pack appendix of rule checks', () => {
  const texts = (pages: import('../../../shared/export/drawing').Page[]) =>
    pages
      .flatMap((p) => flattenShapes(p.shapes))
      .filter((s): s is import('../../../shared/export/drawing').TextShape => s.type === 'text')
      .map((s) => s.text)
      .join('\n');

  it('lists each structure chart with its findings as sentences, after the charts, followed only by the charts in words', async () => {
    const { drawBoardPack } = await import('../../../shared/export/pack');
    const { drawing } = drawBoardPack(doc, { paper: 'a4', orientation: 'landscape' } as never);
    const at = drawing.pages.findIndex((p) => p.label === 'Appendix: rule checks');
    const lastChart = drawing.pages.findLastIndex((p) => /^Annex \d/.test(p.label ?? ''));
    expect(at).toBeGreaterThan(lastChart);
    for (const page of drawing.pages.slice(at + 1)) expect(page.label).toMatch(/^Appendix: the charts in words/);
    const last = defined(drawing.pages[at], 'drawing.pages[at]');
    const text = texts([last]);
    expect(text).toMatch(/Annex 1 — .*: 1 error, 5 warnings, 1 note/);
    expect(text).toContain("Error: No post in this structure is the Council's Monitoring Officer.");
    expect(text.indexOf('Annex 1')).toBeLessThan(text.indexOf('Annex 5'));
  });

  it('says so when a chart has no findings', async () => {
    const { drawChecksPages } = await import('../../../shared/export/checksPage');
    const { chartDoc } = await import('./helpers');
    const only = chartDoc([{ id: 'ce' }, { id: 'a', manager: 'ce' }, { id: 'b', manager: 'ce' }, { id: 'c', manager: 'ce' }], { topPosts: ['ce'] });
    const text = texts(drawChecksPages(only, { paper: 'a4', orientation: 'portrait' } as never));
    expect(text).toContain('No findings: the structure meets every rule checked.');
  });
});

function flattenShapes(shapes: import('../../../shared/export/drawing').Shape[]): import('../../../shared/export/drawing').Shape[] {
  return shapes.flatMap((s) => (s.type === 'group' ? flattenShapes(s.children) : [s]));
}

describe('rules side by side in a comparison', () => {
  it('Annex 5 → Annex 1: both miss the Monitoring Officer; only Annex 1 has the finance officer reporting through the COO', async () => {
    const { compareChecks } = await import('../../../shared/rules/compareChecks');
    const rows = compareChecks(
      doc,
      defined(
        doc.charts.find((c) => c.id === 'annex-5'),
        "doc.charts.find((c) => c.id === 'annex-5')",
      ),
      defined(
        doc.charts.find((c) => c.id === 'annex-1'),
        "doc.charts.find((c) => c.id === 'annex-1')",
      ),
    );
    const byRule = new Map(rows.map((r) => [r.ruleId, [r.from.length, r.to.length]]));
    expect(byRule.get('statutory.required-role')).toEqual([1, 1]);
    expect(byRule.get('statutory.cfo-reports-to-head')).toEqual([0, 1]);
    expect(byRule.get('partnership.joint-post-funded')).toEqual([1, 4]);
    expect(defined(rows[0], 'rows[0]').severity).toBe('error');
    expect(byRule.has('design.layers')).toBe(false);
  });
});

describe('the comparison page', () => {
  it('lists the rules each model breaks beside the changes', async () => {
    const { drawComparisonPages } = await import('../../../shared/compare/page');
    const pages = drawComparisonPages(doc, 'annex-5', 'annex-1', { paper: 'a3', orientation: 'landscape' } as never);
    const text = pages
      .flatMap((p) => flattenShapes(p.shapes))
      .filter((s) => s.type === 'text')
      .map((s) => (s as { text: string }).text)
      .join('\n');
    expect(text).toContain('Rule checks (open findings in A and in B)');
    expect(text).toContain('• Each statutory role is held by exactly one post: A 1, B 1');
    expect(text).toContain('• The chief finance officer reports directly to the Head of Paid Service: A 0, B 1');
  });
});
