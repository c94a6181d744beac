import fontkit from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitText, lineHeight, measureText, wrapText, type TextStyle } from '../../../shared/text/measure';
import { defined } from '../../support/defined';

const regular: TextStyle = { size: 12 };
const bold: TextStyle = { size: 12, bold: true };
const width = (line: string, style: TextStyle) => measureText(line, style);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('measureText', () => {
  it('uses the bundled fonts’ own advance widths', () => {
    for (const [file, style] of [
      ['LiberationSans-Regular.ttf', regular],
      ['LiberationSans-Bold.ttf', bold],
    ] as const) {
      const font = fontkit.create(readFileSync(new URL(`../../../shared/fonts/${file}`, import.meta.url)));
      const sample = 'Director of Children’s Services – £95,000 (illustrative) • €1 …';
      const expected = (font.layout(sample).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) / font.unitsPerEm) * style.size;
      expect(measureText(sample, style)).toBeCloseTo(expected, 6);
    }
  });

  it('measures wide letters wider than narrow ones, bold wider than regular, and scales with size', () => {
    expect(measureText('W', regular)).toBeGreaterThan(measureText('i', regular));
    expect(measureText('Chief Executive', bold)).toBeGreaterThan(measureText('Chief Executive', regular));
    expect(measureText('Chief', { size: 24 })).toBeCloseTo(2 * measureText('Chief', regular), 9);
    expect(lineHeight({ size: 10 })).toBeGreaterThan(10);
  });

  it('gives characters the fonts lack a visible width, and a surrogate pair one width', () => {
    expect(measureText('漢', regular)).toBeGreaterThan(0);
    expect(measureText('😀', regular)).toBe(measureText('漢', regular));
  });
});

describe('wrapText', () => {
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom('Director', 'of', 'Health', 'and', 'Social-Care', 'ICT/Digital', 'Supercalifragilisticexpialidocious', ' ', '  ', '-', '/'),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(' '));

  it('never makes a line wider than asked and keeps every word, in order', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 25, max: 300 }), fc.boolean(), (input, maxWidth, isBold) => {
        const style = isBold ? bold : regular;
        const lines = wrapText(input, maxWidth, style);
        for (const line of lines) expect(width(line, style)).toBeLessThanOrEqual(maxWidth + 1e-6);
        expect(lines.join('').replace(/\s/g, '')).toBe(input.replace(/\s/g, ''));
        for (const line of lines) expect(line).toBe(line.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps words whole when they fit, filling each line before starting the next', () => {
    const input = 'Director of Adult Social Care and Housing Services for the County';
    const lines = wrapText(input, 120, regular);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) for (const word of words(line)) expect(words(input)).toContain(word);
    for (let k = 0; k + 1 < lines.length; k++) expect(width(`${lines[k]} ${words(defined(lines[k + 1]))[0]}`, regular)).toBeGreaterThan(120);
  });

  it('breaks after hyphens and slashes before breaking inside a word', () => {
    const hyphen = wrapText('Health-and-Social-Care', width('Health-and-', regular) + 1, regular);
    expect(hyphen).toEqual(['Health-and-', 'Social-Care']);
    const slash = wrapText('Finance/Procurement', width('Procurement', regular) + 1, regular);
    expect(slash).toEqual(['Finance/', 'Procurement']);
  });

  it('breaks a word longer than the line between characters', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, regular);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(width(line, regular)).toBeLessThanOrEqual(60);
  });

  it('cuts with an ellipsis when asked for fewer lines, still within the width', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 30, max: 200 }), fc.integer({ min: 1, max: 3 }), (input, maxWidth, maxLines) => {
        const all = wrapText(input, maxWidth, regular);
        const cut = wrapText(input, maxWidth, regular, maxLines);
        expect(cut.length).toBe(Math.min(all.length, maxLines));
        for (const line of cut) expect(width(line, regular)).toBeLessThanOrEqual(maxWidth + 1e-6);
        if (all.length > maxLines) expect(defined(cut[cut.length - 1]).endsWith('…')).toBe(true);
        else expect(cut).toEqual(all);
      }),
      { numRuns: 200 },
    );
    expect(wrapText('one two three four five six seven eight nine ten', 50, regular, 2)[1]).toMatch(/…$/);
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapText('', 100, regular)).toEqual([]);
    expect(wrapText('   ', 100, regular)).toEqual([]);
  });
});

describe('fitText', () => {
  it('leaves text that fits alone and shortens the rest with an ellipsis within the width', () => {
    expect(fitText('PCT', 100, regular)).toBe('PCT');
    const cut = fitText('Herefordshire Primary Care Trust', 80, regular);
    expect(cut.endsWith('…')).toBe(true);
    expect(width(cut, regular)).toBeLessThanOrEqual(80);
  });
});

describe('wrapping a very long word', () => {
  it('keeps every character, each line within the width', () => {
    const word = 'Ab9€—'.repeat(4_000);
    const lines = wrapText(word, 150, regular);
    expect(lines.join('')).toBe(word);
    for (const line of lines.slice(0, -1)) expect(width(line, regular)).toBeLessThanOrEqual(150 + 1e-6);
    for (const line of lines.slice(0, -1)) expect(width(line + defined(lines[lines.indexOf(line) + 1])[0], regular)).toBeGreaterThan(150);
  });

  it('costs in proportion to its length: reads each character a fixed number of times, whatever the length', () => {
    // Counted, not timed: a String object whose charCodeAt counts its calls, so
    // the answer is the same on an idle machine and on a loaded CI.
    const readsPerCharacter = (length: number) => {
      // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- a String object on purpose: it can carry a counting charCodeAt
      const word = new String('x'.repeat(length)) as String & { reads: number };
      word.reads = 0;
      word.charCodeAt = function (index: number) {
        word.reads++;
        return String.prototype.charCodeAt.call(this, index);
      };
      const lines = wrapText(word as unknown as string, 150, regular);
      expect(lines.join('')).toBe('x'.repeat(length));
      return word.reads / length;
    };
    const short = readsPerCharacter(2_000);
    const long = readsPerCharacter(100_000);
    // Linear: the same reads per character; the square of the length: fifty times as many.
    expect(short).toBeGreaterThan(0);
    expect(long / short).toBeLessThan(1.5);
  });
});
