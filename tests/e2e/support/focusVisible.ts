// Is the keyboard focus visible (WCAG 2.4.7, 2.4.11, 1.4.11)? Measured on
// document.activeElement as the browser draws it: an outline of 2 px or more,
// or a box shadow, whose colour has at least 3:1 contrast with what surrounds
// the element, and the element's centre not covered by anything else.
import type { Page } from '@playwright/test';

export interface FocusReport {
  ok: boolean;
  /** What has the focus, for a readable failure: "INPUT Title", "DIV Chief Operating Officer". */
  element: string;
  indicator: string;
  contrast: number;
  covered: boolean;
}

export async function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    type Rgb = { r: number; g: number; b: number; a: number };
    const parse = (css: string): Rgb | null => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const channels = m[1];
      if (channels === undefined) throw new Error(`expected colour channels in ${css}`);
      const [r, g, b, a] = channels
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      // Alpha is optional in CSS (rgb() has none: opaque); the three colours are not.
      if (r === undefined || g === undefined || b === undefined) throw new Error(`expected three colour channels in ${css}`);
      return { r, g, b, a: a ?? 1 };
    };
    const luminance = ({ r, g, b }: Rgb) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: Rgb, b: Rgb) => {
      const [la, lb] = [luminance(a), luminance(b)];
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    };
    /** The first opaque background at or above `from`, as seen around the element. */
    const surrounding = (from: Element | null): Rgb => {
      for (let e = from; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, element: 'nothing (the page itself)', indicator: 'none', contrast: 0, covered: false };
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    const element = `${el.tagName} ${name.trim().slice(0, 60)}`;
    const style = getComputedStyle(el);
    const around = surrounding(el.parentElement);
    const candidates: { indicator: string; colour: Rgb }[] = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
      const c = parse(style.outlineColor);
      if (c) candidates.push({ indicator: `outline ${style.outlineWidth} ${style.outlineColor}`, colour: c });
    }
    if (style.boxShadow && style.boxShadow !== 'none') {
      for (const m of style.boxShadow.matchAll(/rgba?\([^)]+\)/g)) {
        const c = parse(m[0]);
        if (c && c.a > 0.5) candidates.push({ indicator: `box-shadow ${m[0]}`, colour: c });
      }
    }
    // A focused line is drawn by its path's stroke.
    const path = el.querySelector?.('.react-flow__edge-path');
    if (path) {
      const c = parse(getComputedStyle(path).stroke);
      if (c) candidates.push({ indicator: `stroke ${getComputedStyle(path).stroke}`, colour: c });
    }
    const best = candidates.map((c) => ({ ...c, contrast: contrast(c.colour, around) })).sort((a, b) => b.contrast - a.contrast)[0];
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
    const covered = !path && !(hit && (hit === el || el.contains(hit) || hit.contains(el)));
    const measured = best ? Math.round(best.contrast * 100) / 100 : 0;
    return { ok: !!best && best.contrast >= 3 && !covered, element, indicator: best?.indicator ?? 'none', contrast: measured, covered };
  });
}
