import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_WIDTH, createBoxMemo, measureNode, POST_WIDTH, type NodeBox } from '../../../shared/layout/nodeBox';
import { councilEmployerDefaults, emptyCostSettings, nhsEmployerDefaults } from '../../../shared/costs/defaults';
import { makeBody, makeDocument, makePost } from '../../../shared/model/factory';
import type { JuniorTeam } from '../../../shared/model/types';
import { lineHeight, measureText } from '../../../shared/text/measure';
import { defined } from '../../support/defined';

const doc = makeDocument({
  tags: [
    { id: 'pct', name: 'Herefordshire Primary Care Trust', label: 'PCT', colour: '#005eb8' },
    { id: 'council', name: 'Herefordshire Council', label: 'Council', colour: '#00703c' },
    { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
  ],
});
const texts = (box: NodeBox, role?: string) => box.texts.filter((t) => !role || t.role === role).map((t) => t.text);
const team = (fte: number): JuniorTeam => ({ grade: 'B', title: 'Officer', fte, payMin: null, payMax: null, unit: '', profession: '' });

/** Every text lies inside its box, left to right and top to bottom. */
function expectInside(box: NodeBox) {
  for (const t of box.texts) {
    const width = measureText(t.text, { size: t.size, bold: t.bold });
    const left = t.anchor === 'middle' ? t.x - width / 2 : t.x;
    expect(left, t.text).toBeGreaterThanOrEqual(0);
    expect(left + width, t.text).toBeLessThanOrEqual(box.width + 1e-6);
    expect(t.y - t.size * 0.8, t.text).toBeGreaterThanOrEqual(0);
    expect(t.y + t.size * 0.25, t.text).toBeLessThanOrEqual(box.height);
  }
}

describe('post boxes', () => {
  it('show the tag, title, FTE and grade, and cost marked illustrative', () => {
    const box = measureNode(makePost({ id: 'a', title: 'Chief Operating Officer', tagId: 'joint', grade: 'SMT1', cost: 120000, costIllustrative: true }), doc);
    expect(box.kind).toBe('post');
    expect(box.width).toBe(POST_WIDTH);
    expect(texts(box, 'tag')).toEqual(['Joint']);
    expect(texts(box, 'title')).toEqual(['Chief Operating Officer']);
    expect(texts(box, 'fte')).toEqual(['1.00 FTE · Grade SMT1']);
    expect(texts(box, 'cost')).toEqual(['£120,000 pay only (illustrative)']);
    expect(texts(box, 'holder')).toEqual([]);
    expect(box.bandHeight).toBeGreaterThan(0);
    expect(
      defined(
        box.texts.find((t) => t.role === 'tag'),
        "box.texts.find((t) => t.role === 'tag')",
      ).y,
    ).toBeLessThan(box.bandHeight);
  });

  it('show the full cost with the paying employers’ on-costs, saying so, once the employers have rates', () => {
    const withRates = { ...doc, costs: { ...emptyCostSettings(), employers: [nhsEmployerDefaults('pct'), councilEmployerDefaults('council')] } };
    const post = makePost({
      id: 'a',
      title: 'Director',
      tagId: 'joint',
      cost: 100_000,
      funding: [
        { tagId: 'pct', percent: 45 },
        { tagId: 'council', percent: 55 },
      ],
    });
    // By hand: NI 15 % of (100,000 − 5,000) = 14,250 for each employer;
    // PCT 100,000 × (1 + 0.1438 + 0.005) + 14,250 = 129,130;
    // Council 100,000 × (1 + 0.211 + 0.005) + 14,250 = 135,850;
    // 45 % × 129,130 + 55 % × 135,850 = 58,108.50 + 74,717.50 = 132,826.
    expect(texts(measureNode(post, withRates), 'cost')).toEqual(['£132,826 with on-costs']);
    expect(texts(measureNode(post, doc), 'cost')).toEqual(['£100,000 pay only']);
  });

  it('show the funding split of a joint post in the band', () => {
    const box = measureNode(
      makePost({
        id: 'ceo',
        title: 'Chief Executive',
        tagId: 'joint',
        funding: [
          { tagId: 'pct', percent: 45 },
          { tagId: 'council', percent: 55 },
        ],
      }),
      doc,
    );
    const band = texts(box, 'tag')[0];
    expect(band).toMatch(/^Joint/);
    expect(band).toMatch(/45/);
    expect(band).toMatch(/55/);
  });

  it('say who holds the post: vacant, job shares, undisclosed, or nothing when unrecorded', () => {
    const holder = (h: Parameters<typeof makePost>[0]['holder']) => texts(measureNode(makePost({ id: 'h', title: 'Head of Audit', holder: h }), doc), 'holder');
    expect(holder({ kind: 'vacant' })).toEqual(['Vacant']);
    expect(holder({ kind: 'named', names: ['Ann Smith', 'Bob Jones'] })).toEqual(['Ann Smith / Bob Jones']);
    expect(holder({ kind: 'undisclosed' })).toEqual(['Name not disclosed']);
    expect(holder({ kind: 'unrecorded' })).toEqual([]);
  });

  it('list responsibilities as bullets, junior teams, the inferred mark and hidden posts', () => {
    const box = measureNode(
      makePost({ id: 'r', title: 'Director of Resources', responsibilities: ['ICT', 'Finance'], juniorTeams: [team(400), team(12.5)], inferred: 'not stated' }),
      doc,
      { hiddenCount: 12 },
    );
    expect(texts(box, 'responsibility')).toEqual(['• ICT', '• Finance']);
    expect(texts(box, 'teams')).toEqual(['412.50 FTE in 2 teams']);
    expect(texts(box, 'inferred')).toEqual(['(inferred)']);
    expect(texts(box, 'hidden')).toEqual(['+12 posts hidden']);
    expect(texts(measureNode(makePost({ id: 'one', title: 'T' }), doc, { hiddenCount: 1 }), 'hidden')).toEqual(['+1 post hidden']);
  });

  it('grow to fit long titles and responsibilities instead of cutting them, wrapping bullets under their text', () => {
    const title = 'Director of Resources and Shared Services and Everything Else Besides';
    const short = measureNode(makePost({ id: 'a', title: 'Chief Executive' }), doc);
    const long = measureNode(makePost({ id: 'b', title, responsibilities: ['Link to Professional Executive Committee and the Local Medical Committee'] }), doc);
    expect(long.width).toBe(short.width);
    expect(long.height).toBeGreaterThan(short.height + 3 * lineHeight({ size: 12 }));
    expect(texts(long, 'title').join(' ')).toBe(title);
    const bullet = long.texts.filter((t) => t.role === 'responsibility');
    expect(bullet.length).toBeGreaterThan(1);
    expect(defined(bullet[1]).x).toBeGreaterThan(defined(bullet[0]).x);
    expectInside(long);
  });

  it('keep every text inside the box whatever the content', () => {
    const word = fc.stringMatching(/^[A-Za-z’'\-\/&()£é]{1,40}$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        phrase,
        fc.array(phrase, { maxLength: 5 }),
        fc.array(word, { maxLength: 3 }),
        fc.nat({ max: 500 }),
        (title, responsibilities, names, hidden) => {
          const box = measureNode(
            makePost({
              id: 'x',
              title,
              responsibilities,
              holder: names.length ? { kind: 'named', names } : { kind: 'vacant' },
              grade: names[0] ?? '',
              cost: 1e7,
              costIllustrative: true,
            }),
            doc,
            { hiddenCount: hidden },
          );
          expectInside(box);
          expect(texts(box, 'title').join(' ').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('are measured once and reused until what they show changes (see boxCache.test.ts)', () => {
    const post = makePost({ id: 'c', title: 'Head of Audit' });
    const memo = createBoxMemo();
    expect(measureNode(post, doc, { memo })).toBe(measureNode(post, doc, { memo }));
    expect(measureNode(post, doc, { hiddenCount: 3 })).not.toEqual(measureNode(post, doc));
    expect(measureNode(post, { ...doc, tags: [...doc.tags] })).toEqual(measureNode(post, doc));
  });
});

describe('body boxes', () => {
  it('are wider than posts, with the name bold and centred, and the inferred mark', () => {
    const box = measureNode(makeBody({ id: 'b', name: 'Herefordshire Council (Cabinet)', tagId: 'council', inferred: 'layout' }), doc);
    expect(box.kind).toBe('body');
    expect(box.width).toBe(BODY_WIDTH);
    expect(BODY_WIDTH).toBeGreaterThan(POST_WIDTH);
    const name = box.texts.filter((t) => t.role === 'name');
    expect(name.map((t) => t.text).join(' ')).toBe('Herefordshire Council (Cabinet)');
    for (const t of name) expect(t).toMatchObject({ bold: true, anchor: 'middle', x: BODY_WIDTH / 2 });
    expect(texts(box, 'inferred')).toEqual(['(inferred)']);
    expectInside(box);
  });
});
