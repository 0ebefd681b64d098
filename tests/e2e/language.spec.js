// Two languages: Chinese by default, English on request, remembered.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, communityIdFromUrl } = require('./helpers');

test('switching to English translates the UI, keeps the plan in Chinese, and is remembered', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await page.goto('./#/settings');
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const deviceLine = page.locator('p', { has: page.getByTestId('device-id') });
  await expect(deviceLine).toContainText(': ');
  await expect(deviceLine).not.toContainText('：');
  // On a phone, the bar keeps one row in English too: each link on one line, no sideways scroll.
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 640 });
    expect((await page.locator('header.app-header').boundingBox()).height, `${width} px`).toBeLessThan(60);
    for (const link of await page.locator('header nav a').all()) {
      expect((await link.boundingBox()).height, `${width} px`).toBeLessThan(50);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 360, height: 640 });
  // The note on the scoring defaults is the English one.
  await expect(page.getByTestId('scoring-defaults')).toContainText('The plan sets no scoring.');

  await page.goto(`./#/c/${id}/i/a2-05`);
  await expect(page.getByRole('radio', { name: 'Met', exact: true })).toBeVisible();
  // The plan's own words stay Chinese.
  await expect(page.locator('blockquote')).toContainText('综合治理社区道路');
  // Titles from the plan stay Chinese, with an English gloss.
  await expect(page.locator('h1 [lang="zh-CN"]')).toHaveText('社区道路平整，无坑洼破损');
  await expect(page.locator('h1 .gloss')).toHaveText('Roads level, no potholes');
  const navigation = await page.locator('header nav').innerText();
  expect(navigation).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(page.getByRole('link', { name: /Back to (the )?checklist/i })).toBeVisible();
  // Labels and asides are punctuated the English way.
  await page.getByRole('radio', { name: 'Met', exact: true }).check();
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  const change = page.getByTestId('history').locator('.timeline-what').first();
  await expect(change).toHaveText('Result: Not assessed → Met');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Met', exact: true })).toBeVisible();
  await page.goto('./#/settings');
  await page.getByLabel('Interface language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.goto(`./#/c/${id}/i/a2-05`);
  await expect(page.locator('h1')).toContainText('社区道路平整，无坑洼破损');
  await expect(page.locator('.gloss')).toHaveCount(0);
});
