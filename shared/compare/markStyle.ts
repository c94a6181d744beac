// How each change is marked on a box in the compare view: a colour, an outline
// shape and a labelled symbol, so a mark is told apart by more than colour and
// never read as an organisation's tag colour (dark, saturated blues, greens,
// purples...). Mark colours are light and bright; the test keeps them a
// perceptual distance (CIEDE2000) away from every tag colour the app offers.
import type { ChangeMark } from './compare';

export interface ChangeMarkStyle {
  colour: string;
  /** CSS border style of the outline drawn round the box. */
  outline: 'solid' | 'dashed' | 'dotted' | 'double';
  symbol: string;
  label: string;
}

export const CHANGE_MARK_STYLE: Record<ChangeMark, ChangeMarkStyle> = {
  added: { colour: '#00b4d8', outline: 'solid', symbol: '+', label: 'added' },
  removed: { colour: '#ff5a5f', outline: 'dashed', symbol: '−', label: 'removed' },
  moved: { colour: '#ffc000', outline: 'double', symbol: '↳', label: 'moved (new line manager)' },
  retagged: { colour: '#ff66d9', outline: 'dotted', symbol: '◆', label: 'retagged' },
  retitled: { colour: '#a6d600', outline: 'solid', symbol: '✎', label: 'retitled' },
};

export const CHANGE_MARK_ORDER: readonly ChangeMark[] = ['added', 'removed', 'moved', 'retagged', 'retitled'];

/** Text on a mark's chip: every mark colour is light, so dark text reads on all of them. */
export const MARK_TEXT = '#111827';

function toLab(hex: string): [number, number, number] {
  const linear = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [linear(1), linear(3), linear(5)];
  // sRGB → XYZ (D65), normalised by the white point.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference of two #rrggbb colours: about 2 is just noticeable, over 20 clearly different. */
export function colourDifference(hexA: string, hexB: string): number {
  const [L1, a1, b1] = toLab(hexA);
  const [L2, a2, b2] = toLab(hexB);
  const rad = Math.PI / 180;
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const ap1 = (1 + g) * a1;
  const ap2 = (1 + g) * a2;
  const c1 = Math.hypot(ap1, b1);
  const c2 = Math.hypot(ap2, b2);
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1 = hue(ap1, b1);
  const h2 = hue(ap2, b2);
  let dh = 0;
  if (c1 * c2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dL = L2 - L1;
  const dC = c2 - c1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const meanL = (L1 + L2) / 2;
  const meanCp = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0) meanH = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t =
    1 -
    0.17 * Math.cos((meanH - 30) * rad) +
    0.24 * Math.cos(2 * meanH * rad) +
    0.32 * Math.cos((3 * meanH + 6) * rad) -
    0.2 * Math.cos((4 * meanH - 63) * rad);
  const rotation = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rt = -Math.sin(2 * rotation * rad) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}
