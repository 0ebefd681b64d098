// Accessibility: axe-core finds no violations on any view or dialog, on a
// phone and on a desktop.
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity, rate, ratingOption, communityIdFromUrl } = require('./helpers');

async function expectNoViolations(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, where).toEqual([]);
}

/** Opens the app at `viewport`, adds a community with one result; gives its id. */
async function communityAt(page, viewport) {
  await page.setViewportSize(viewport);
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  return communityIdFromUrl(page);
}

// The tour of every view is split in three, so that none needs more than
// half of its timeout on a 2-core machine (the whole tour took 28–38 s).
for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  const size = `${viewport.width}×${viewport.height}`;
  // Measured at 4–11 s each here; axe takes a third longer on a bare
  // machine's first run, so each has room well over twice that.
  test.describe.configure({ timeout: 60_000 });

  test(`the first run, the checklist and its dialogs, and an item page pass axe at ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    await expectNoViolations(page, 'first run');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expectNoViolations(page, 'name refused');

    await addCommunity(page, '东风社区');
    const id = communityIdFromUrl(page);
    await rate(page, 'a1-01', '达标', 'met');
    await expectNoViolations(page, 'checklist');

    await ratingOption(page, 'a5-07', '不适用').check();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'reason dialog');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    await page.getByRole('button', { name: '展示屏模式' }).click();
    await expectNoViolations(page, 'kiosk setup dialog');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    await page.goto(`./#/c/${id}/i/a2-05`);
    await page.getByTestId('photo-input').setInputFiles(path.join(__dirname, 'fixtures', 'road.jpg'));
    await expect(page.getByTestId('thumbnails').locator('img')).toHaveCount(1);
    await page.getByRole('button', { name: '添加整改事项' }).click();
    await expectNoViolations(page, 'item page with action form');
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('thumbnails').getByRole('button').first().click();
    await expectNoViolations(page, 'photo viewer');
    await page.getByTestId('photo-viewer').getByRole('button', { name: '关闭' }).click();
  });

  test(`a community's other pages and a field inspection pass axe at ${size}`, async ({ page }) => {
    const id = await communityAt(page, viewport);
    for (const route of ['missing', 'actions', 'residents', 'inspections']) {
      await page.goto(`./#/c/${id}/${route}`);
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoViolations(page, route);
    }
    await page.getByLabel('检查人员').fill('王芳');
    await page.getByRole('button', { name: '开始实地检查' }).click();
    await expect(page.getByText('第 1 项，共 37 项')).toBeVisible();
    await expectNoViolations(page, 'inspection step');
    await page.getByRole('button', { name: '结束检查' }).click();
    await expect(page.getByTestId('inspection-summary')).toBeVisible();
    await expectNoViolations(page, 'inspection summary');
  });

  test(`the plan, settings, reports, the office and the delete dialog pass axe at ${size}`, async ({ page }) => {
    const id = await communityAt(page, viewport);
    for (const route of ['#/plan', '#/plan/a3-06', '#/settings', `#/c/${id}/report`, '#/office', `#/office/c/${id}`, '#/office/report', '#/nowhere']) {
      await page.goto(`./${route}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expectNoViolations(page, route);
    }

    await page.goto('./#/');
    await page.getByTestId('community-card').getByRole('button', { name: '删除' }).click();
    await expectNoViolations(page, 'delete dialog');
  });

  test(`every kiosk slide and the exit dialog pass axe at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.clock.install();
    await openApp(page);
    await addCommunity(page, '东风社区');
    await rate(page, 'a1-01', '达标', 'met');
    await page.getByRole('button', { name: '展示屏模式' }).click();
    await page.getByLabel('退出密码（4 到 8 位数字）').fill('2468');
    await page.getByLabel('再输入一次密码').fill('2468');
    // 30 s a slide: real seconds spent on axe between runFor steps never
    // turn one slide more.
    await page.locator('#kiosk-seconds').selectOption('30');
    await page.getByRole('button', { name: '开始展示' }).click();
    const kiosk = page.getByTestId('kiosk');
    // The verdict, the areas, recent items, actions, the goal, a message.
    for (let index = 0; index < 6; index++) {
      await expect(kiosk).toHaveAttribute('data-slide', String(index));
      await expectNoViolations(page, `kiosk slide ${index}`);
      await page.clock.runFor(30_000);
    }
    await page.getByRole('button', { name: '退出展示' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'kiosk exit dialog');
  });
}
