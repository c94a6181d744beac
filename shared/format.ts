// One en-GB way to write money, FTE, counts, percentages and dates, for
// boxes, the inspector, tables, reports and exports alike.
//
// Rules: money to the pound with thousands separators (£1,234), abbreviated
// where space is short (£950, £120k, £1.2m); FTE always with two decimals
// (1.00, 2.50), so a column of FTE lines up and 2.5 never shows as 2.50
// elsewhere; counts with separators (1,234); percentages as whole numbers
// unless asked (45%); ISO dates as "31 January 2007", anything else as typed.

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** £1,234 (rounded to the pound); a negative value as −£1,234. */
export function formatMoney(value: number): string {
  const text = pounds.format(Math.abs(value));
  return value < 0 && Math.round(Math.abs(value)) !== 0 ? `−${text}` : text;
}

/** £950, £120k, £1.2m: for bars, boxes and other short spaces. */
export function formatMoneyShort(value: number): string {
  const sign = value < 0 && Math.round(Math.abs(value)) !== 0 ? '−' : '';
  const v = Math.abs(value);
  if (v >= 999_500) return `${sign}£${trim((v / 1_000_000).toFixed(1))}m`;
  if (v >= 1_000) return `${sign}£${Math.round(v / 1_000)}k`;
  return `${sign}£${Math.round(v)}`;
}

const trim = (text: string) => text.replace(/\.0$/, '');

/** FTE: always two decimals (1.00, 0.50, 12.25). */
export function formatFte(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

/** A difference with its sign: +3, −£1,200, 0. */
export function formatSigned(value: number, format: (v: number) => string): string {
  return value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : format(0);
}

/** 1,234 */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** A ratio as a percentage: 0.45 → "45%"; digits after the point when asked. */
export function formatPercent(ratio: number, digits = 0): string {
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** A figure already in per cent (a funding split, a match, a rate): 45 → "45%", 33.333 → "33.33%", 13.8 → "13.8%". */
export function formatShare(percent: number): string {
  return `${String(Math.round(percent * 100) / 100)}%`;
}

/** A moment (milliseconds since 1970) in the machine's time zone: "2 December 2026 at 04:05". */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} at ${hh}:${mm}`;
}

/** "2007-01-31" → "31 January 2007"; any other text (e.g. "June 2008") as it is. */
export function formatDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return text;
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  return month && day >= 1 && day <= 31 ? `${day} ${month} ${m[1]}` : text;
}
