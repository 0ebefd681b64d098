// Phone first: no horizontal scroll at 320 px, touch targets of 44 px.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, communityIdFromUrl } = require('./helpers');

async function expectNoHorizontalScroll(page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // A mobile browser widens its layout viewport to content that overflows.
  expect(await page.evaluate(() => window.innerWidth)).toBe(page.viewportSize().width);
}

test('every view fits 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page);
  await expectNoHorizontalScroll(page);
  await addCommunity(page, '那大镇东风社区居民委员会第一网格');
  await expectNoHorizontalScroll(page);
  const id = communityIdFromUrl(page);
  await everyViewFits(page, id);
  // English words are longer than Chinese ones.
  await page.goto('./#/settings');
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoHorizontalScroll(page);
  await page.goto(`./#/c/${id}`);
  await expect(page.locator('[data-item="a1-01"]')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await everyViewFits(page, id);
});

async function everyViewFits(page, id) {
  await page.goto(`./#/c/${id}/i/a2-01`);
  await expect(page.locator('blockquote')).toBeVisible();
  await expectNoHorizontalScroll(page);
  // The printable form keeps its paper layout: it scrolls inside its box.
  await page.goto(`./#/c/${id}/report`);
  await expect(page.getByTestId('self-assessment-report')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto('./#/plan');
  await expect(page.locator('.plan-area').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  for (const route of [`#/c/${id}/missing`, `#/c/${id}/inspections`, `#/c/${id}/residents`, '#/settings']) {
    await page.goto(`./${route}`);
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
  await page.goto('./#/');
  await expect(page.getByTestId('community-card')).toBeVisible();
  await expectNoHorizontalScroll(page);
}

test('touch targets are at least 44 px', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const targets = page.locator('.rating-option span, main a, main button, header a');
  const sizes = await targets.evaluateAll((els) =>
    els
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent.trim().slice(0, 20), w: r.width, h: r.height };
      }),
  );
  expect(sizes.length).toBeGreaterThan(37 * 5);
  for (const s of sizes) {
    expect(s.h, `height of "${s.text}"`).toBeGreaterThanOrEqual(44);
    expect(s.w, `width of "${s.text}"`).toBeGreaterThanOrEqual(44);
  }
});

test('no web fonts or outside requests are made', async ({ page }) => {
  const outside = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:')) outside.push(r.url());
  });
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.goto('./#/plan');
  await expect(page.locator('.plan-area').first()).toBeVisible();
  expect(outside).toEqual([]);
  const fonts = await page.evaluate(() => document.fonts.size);
  expect(fonts).toBe(0);
});
