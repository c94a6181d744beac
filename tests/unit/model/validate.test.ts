import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const sampleJson = () => JSON.parse(serializeDocument(herefordshireSample()));
const errorsOf = (doc: unknown) => {
  const result = parseDocument(JSON.stringify(doc));
  return result.ok ? [] : result.errors;
};
const annex1Line = (doc: any, id: string) => doc.charts[0].lines.findIndex((l: any) => l.id === id);

describe('referential integrity', () => {
  it('names a line that points at a missing node', () => {
    const doc = sampleJson();
    const i = annex1Line(doc, 'm-coo');
    doc.charts[0].lines[i].to = 'ghost';
    expect(errorsOf(doc)).toContainEqual({
      path: `charts[0].lines[${i}].to`,
      message: expect.stringContaining('ends at "ghost", which is not a node'),
    });
  });

  it('refuses a line-management cycle and names the posts in it', () => {
    const doc = sampleJson();
    doc.charts[0].lines[annex1Line(doc, 'm-ceo')].from = 'dir-childrens';
    const error = defined(errorsOf(doc)[0]);
    expect(error.message).toMatch(/circle: .*"Chief Executive".*"Director of Children's Services".*"Chief Operating Officer"/);
  });

  it('refuses two line managers for one post', () => {
    const doc = sampleJson();
    doc.charts[0].lines.push({ id: 'second', kind: 'management', from: 'dir-finance', to: 'coo', label: '', inferred: null });
    expect(defined(errorsOf(doc)[0]).message).toMatch(/"Chief Operating Officer" has two line managers/);
  });

  it('refuses duplicate node ids within a chart but allows the same post in two charts', () => {
    const doc = sampleJson();
    expect(errorsOf(doc)).toEqual([]);
    doc.charts[0].nodes.push({ ...doc.charts[0].nodes[4] });
    expect(defined(errorsOf(doc)[0]).message).toMatch(/node id "\S+" is used twice/);
  });

  it('refuses a funding split that does not add up to 100', () => {
    const doc = sampleJson();
    const ceo = doc.charts[0].nodes.find((n: any) => n.id === 'ceo');
    ceo.funding[0].percent = 40;
    expect(defined(errorsOf(doc)[0], 'errorsOf(doc)[0]').message).toMatch(/"Chief Executive": funding split must add up to 100% \(it adds up to 95%\)/);
  });

  it('refuses unknown tags on nodes and in funding', () => {
    const doc = sampleJson();
    doc.charts[0].nodes[4].tagId = 'nhs';
    const errors = errorsOf(doc);
    expect(defined(errors[0]).path).toBe('charts[0].nodes[4].tagId');
    expect(defined(errors[0]).message).toMatch(/tag "nhs", which the document does not define/);
  });

  it('refuses posts in a diagram chart', () => {
    const doc = sampleJson();
    doc.charts[1].nodes.push(doc.charts[0].nodes[4]);
    expect(defined(errorsOf(doc)[0]).message).toMatch(/diagram chart "Partnership Approach", which holds bodies only/);
  });
});
