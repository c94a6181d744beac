// Windows high contrast (forced colours), emulated in Chromium: what must not
// disappear when the system replaces the app's colours — the focus ring, the
// selection, the organisation bands and their labels, the change marks of
// compare, the presentation's controls. Each is measured, and screenshots are
// kept to be looked at (test-results/e2e/forced-*.png).
import { expect, test, type Page } from '@playwright/test';
import { focusReport } from './support/focusVisible';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

/** Contrast between each matching element's text colour and the background of `background` (its own, or a sibling's). */
function textContrasts(page: Page, selector: string, background: (el: Element) => Element | null) {
  return page.evaluate(
    ({ selector, backgroundSource }) => {
      const pick = new Function('el', `return (${backgroundSource})(el)`) as (el: Element) => Element | null;
      const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        if (r === undefined || g === undefined || b === undefined) throw new Error(`expected a colour of three channels, got [${rgb.join(', ')}]`);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return [...document.querySelectorAll(selector)].map((el) => {
        const fg = lum(parse(getComputedStyle(el).color));
        const bg = lum(parse(getComputedStyle(pick(el) ?? el).backgroundColor));
        return { text: el.textContent?.trim() ?? '', contrast: Math.round(((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)) * 100) / 100 };
      });
    },
    { selector, backgroundSource: background.toString() },
  );
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
});

test('forced colours: focus, selection and organisation labels on the editor', async ({ page }) => {
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Chief Operating Officer');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: '2 posts selected' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/forced-editor.png' });

  // The focused box's ring is drawn, 3:1 against the canvas, and not covered.
  const focus = await focusReport(page);
  expect(focus.ok, JSON.stringify(focus)).toBe(true);
  // Both selected boxes carry a selection outline in a system colour.
  const outlines = await page.evaluate(() =>
    [...document.querySelectorAll('.canvas .box-selected')].map((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    }),
  );
  expect(outlines).toHaveLength(2);
  for (const o of outlines) expect(o.style !== 'none' && o.width >= 2, JSON.stringify(o)).toBe(true);
  // Each post's organisation label is readable on its band (4.5:1), which keeps the organisation's colour.
  // The picker is sent to the browser as source text: no imported helper there, so the check is written out.
  const labels = await textContrasts(page, '.canvas .box-post .box-text-tag', (el) => {
    if (!el.parentElement) throw new Error('expected the organisation label to sit inside its box');
    return el.parentElement.querySelector('.box-band');
  });
  expect(labels.length).toBeGreaterThan(5);
  for (const l of labels) expect(l.contrast, `${l.text} on its band`).toBeGreaterThanOrEqual(4.5);
});

test('forced colours: compare keeps its change marks readable; presentation controls show their focus', async ({ page }) => {
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await expect(page.locator('.mark-chip').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/forced-compare.png' });
  const chips = await textContrasts(page, '.mark-chip', (el) => el);
  expect(new Set(chips.map((c) => c.text.replace(/^\S+\s*/, ''))).size).toBeGreaterThanOrEqual(3);
  for (const c of chips) expect(c.contrast, c.text).toBeGreaterThanOrEqual(4.5);
  // The outline marking a changed box keeps its style (dashed for removed, solid otherwise).
  const outlines = await page.evaluate(() => [...document.querySelectorAll('.mark-outline')].map((el) => getComputedStyle(el).borderTopStyle));
  expect(outlines).toContain('dashed');
  expect(outlines).toContain('solid');
  await page.getByRole('button', { name: 'Back to editor' }).click();

  await page.keyboard.press('F5');
  const show = page.getByRole('main', { name: 'Presentation' });
  await expect(show).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const report = await focusReport(page);
    expect(report.ok, JSON.stringify(report)).toBe(true);
  }
  await page.screenshot({ path: 'test-results/e2e/forced-present.png' });
});
