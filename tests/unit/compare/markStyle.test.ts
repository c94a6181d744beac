// Change marks must never be read as organisation colours (#11.10): every mark
// colour stays a clear perceptual distance (CIEDE2000) from every tag colour
// the sample and the palettes can give a tag, and from the other marks; each
// mark also has its own outline or symbol, so colour is never the only cue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_MARK_ORDER, CHANGE_MARK_STYLE, colourDifference } from '../../../shared/compare/markStyle';
import { UNTAGGED_COLOUR } from '../../../shared/export/style';
import { TAG_PALETTE } from '../../../shared/io/organogram';
import { SAMPLE_TAGS } from '../../../shared/sample/herefordshire';

/** Below this, two colours side by side on a chart can be taken for one another. */
const FROM_TAGS = 25;
const FROM_OTHER_MARKS = 20;
const tagColours = [...new Set([...SAMPLE_TAGS.map((t) => t.colour), ...TAG_PALETTE, UNTAGGED_COLOUR].map((c) => c.toLowerCase()))];
const hex = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 3 })
  .map((rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`);

describe('colourDifference (CIEDE2000)', () => {
  it('is zero for a colour and itself, symmetric, and about 100 from black to white', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        expect(colourDifference(a, a)).toBeCloseTo(0, 6);
        expect(colourDifference(a, b)).toBeCloseTo(colourDifference(b, a), 6);
      }),
      { seed: 11_10 },
    );
    expect(colourDifference('#000000', '#ffffff')).toBeCloseTo(100, 0);
  });

  it('puts the old marks below the thresholds: added green against the Council green, the one retag/retitle purple against the Joint purple', () => {
    expect(colourDifference('#16a34a', '#00703c')).toBeLessThan(FROM_TAGS);
    expect(colourDifference('#7c3aed', '#7c2a90')).toBeLessThan(FROM_TAGS);
  });
});

describe('change marks', () => {
  it('the sample has the Joint purple, Council green and PCT blue the marks must avoid', () => {
    expect(tagColours).toEqual(expect.arrayContaining(['#7c2a90', '#00703c', '#005eb8']));
  });

  for (const mark of CHANGE_MARK_ORDER) {
    it(`"${mark}" is far from every tag colour`, () => {
      for (const tag of tagColours)
        expect(colourDifference(CHANGE_MARK_STYLE[mark].colour, tag), `${mark} against tag ${tag}`).toBeGreaterThanOrEqual(FROM_TAGS);
    });
  }

  it('marks are far from one another, and each has its own outline-and-symbol pair and label', () => {
    for (const a of CHANGE_MARK_ORDER)
      for (const b of CHANGE_MARK_ORDER) {
        if (a === b) continue;
        expect(colourDifference(CHANGE_MARK_STYLE[a].colour, CHANGE_MARK_STYLE[b].colour), `${a} against ${b}`).toBeGreaterThanOrEqual(FROM_OTHER_MARKS);
      }
    const cues = CHANGE_MARK_ORDER.map((m) => `${CHANGE_MARK_STYLE[m].outline} ${CHANGE_MARK_STYLE[m].symbol}`);
    expect(new Set(cues).size).toBe(CHANGE_MARK_ORDER.length);
    expect(new Set(CHANGE_MARK_ORDER.map((m) => CHANGE_MARK_STYLE[m].symbol)).size).toBe(CHANGE_MARK_ORDER.length);
    expect(new Set(CHANGE_MARK_ORDER.map((m) => CHANGE_MARK_STYLE[m].label)).size).toBe(CHANGE_MARK_ORDER.length);
  });
});
