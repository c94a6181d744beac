// The en-GB formatting rules, checked on values of every size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatFte,
  formatMoney,
  formatMoneyShort,
  formatPercent,
  formatShare,
  formatSigned,
} from '../../shared/format';
import { defined, present } from '../support/defined';

const SEED = { seed: 14, numRuns: 200 };

describe('shared/format', () => {
  it('money: £ and thousands separators, rounded to the pound, a minus sign for less than nothing', () => {
    expect(formatMoney(1234)).toBe('£1,234');
    expect(formatMoney(170_000)).toBe('£170,000');
    expect(formatMoney(-95_000.4)).toBe('−£95,000');
    expect(formatMoney(-0.2)).toBe('£0');
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (v) => {
        const text = formatMoney(v);
        expect(text).toMatch(/^−?£\d{1,3}(,\d{3})*$/);
        expect(Number(text.replace(/[−£,]/g, '')) * (v < 0 ? -1 : 1)).toBe(v);
      }),
      SEED,
    );
  });

  it('short money: £950, £120k, £1.2m, never off by more than the unit shown', () => {
    expect([formatMoneyShort(950), formatMoneyShort(120_400), formatMoneyShort(1_240_000), formatMoneyShort(2_000_000)]).toEqual([
      '£950',
      '£120k',
      '£1.2m',
      '£2m',
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5e9 }), (v) => {
        const shown = formatMoneyShort(v);
        const [, digits, suffix] = present(/^£(\d+(?:\.\d)?)(k|m)?$/.exec(shown), `£ digits and an optional k or m in "${shown}"`);
        const unit = suffix === 'm' ? 1e6 : suffix === 'k' ? 1e3 : 1;
        expect(Math.abs(Number(defined(digits, 'the digits')) * unit - v)).toBeLessThanOrEqual((suffix === 'm' ? 0.05 : 0.5) * unit + 1e-6);
      }),
      SEED,
    );
  });

  it('FTE: always two decimals', () => {
    expect([formatFte(1), formatFte(2.5), formatFte(0.333), formatFte(12)]).toEqual(['1.00', '2.50', '0.33', '12.00']);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), (v) => {
        expect(formatFte(v)).toMatch(/^\d+\.\d{2}$/);
      }),
      SEED,
    );
  });

  it('counts, percentages and dates', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect([formatPercent(0.45), formatPercent(0.4567, 1), formatPercent(1)]).toEqual(['45%', '45.7%', '100%']);
    expect([formatDate('2007-01-31'), formatDate('June 2008'), formatDate('2007-13-01')]).toEqual(['31 January 2007', 'June 2008', '2007-13-01']);
  });

  it('shares already in per cent: no space before the sign, at most two decimals, no trailing zeros', () => {
    expect([formatShare(45), formatShare(33.333), formatShare(13.8), formatShare(100)]).toEqual(['45%', '33.33%', '13.8%', '100%']);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => {
        const text = formatShare(v);
        expect(text).toMatch(/^\d+(\.\d{1,2})?%$/);
        expect(Math.abs(Number(text.slice(0, -1)) - v)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      SEED,
    );
  });

  it('signed differences and moments', () => {
    expect([formatSigned(1200, formatMoney), formatSigned(-1200, formatMoney), formatSigned(0, String)]).toEqual(['+£1,200', '−£1,200', '0']);
    expect(formatDateTime(new Date(2026, 11, 2, 4, 5).getTime())).toBe('2 December 2026 at 04:05');
  });
});
