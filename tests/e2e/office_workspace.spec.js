// The office as a desktop workspace: a menu of pages, each with its own
// URL that survives a reload; the overview within a screen and a half; the
// city's progress over time as a chart; the table of communities at full
// width, filtered and sorted from its URL. On a device holding 300
// communities, as the office does after an import round.
const fs = require('node:fs');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity, communityIdFromUrl, exportCommunity } = require('./helpers');
const { seedCity, cityName } = require('./city_seed');
const { pdfPages } = require('./pdf_text');

const CITY = 300;
const SHOTS = process.env.SHOTS; // a folder to save screenshots in, when set

async function desktop(browser, height = 900) {
  const context = await browser.newContext({ viewport: { width: 1280, height }, isMobile: false, hasTouch: false });
  return context.newPage();
}

/** A desktop page on a device holding the city, its summaries worked out. */
async function officeWithCity(browser) {
  const page = await desktop(browser);
  await openApp(page, '#/office');
  await expect(page.locator('main h1')).toBeVisible();
  await seedCity(page, CITY);
  await page.reload();
  await expect(page.getByTestId('in-scope')).toContainText(String(CITY), { timeout: 60_000 });
  return page;
}

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoAxeViolations(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const PAGES = [
  ['概览', '#/office', '全市汇总'],
  ['导入文件', '#/office/import', '导入文件'],
  ['各社区', '#/office/communities', '各社区'],
  ['名单与口径', '#/office/roster', '名单与口径'],
  ['合并同一社区', '#/office/merges', '合并同一社区'],
  ['评分规则', '#/office/scoring', '评分规则'],
  ['责任单位', '#/office/units', '责任单位'],
  ['报告与导出', '#/office/exports', '报告与导出'],
  ['签名密钥', '#/office/keys', '签名密钥'],
];

test('the overview shows the city, its progress over time and what needs attention within a screen and a half', async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await officeWithCity(browser);
  // Every third community rated every item 达标; all of them have results.
  await expect(office.getByTestId('meeting')).toContainText('100（33%）');
  await expect(office.getByTestId('taking-part')).toContainText('300（100%）');

  const chart = office.getByTestId('progress-chart');
  await expect(chart).toBeVisible();
  // One point per month from March 2021 to today, the last at today's figures.
  const points = await chart.locator('.line-meeting').getAttribute('points');
  expect(points.trim().split(/\s+/).length).toBeGreaterThan(60);
  await expect(chart.locator('svg')).toHaveAttribute('role', 'img');
  await expect(chart.locator('svg desc')).toContainText('达到创建要求：100 个（33%）');
  await expect(chart).toContainText('2022 年底');
  await expect(chart).toContainText('目标 70%');
  // The figures as text: a table of the months the figures changed.
  await chart.getByText('图中的数字').click();
  const firstRow = chart.locator('tbody tr').first();
  await expect(firstRow).toContainText('2021年3月31日');
  await expect(chart.locator('tbody tr').last()).toContainText('100 个（33%）');
  await chart.getByText('图中的数字').click();

  // What needs attention leads to the page that deals with it.
  const attention = office.getByTestId('attention');
  await expect(attention).toContainText('300 个社区自上次截止日');
  await shot(office, 'overview-1280');
  const height = await office.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(900 * 1.5);

  await attention.getByRole('link', { name: /自上次截止日/ }).click();
  await expect(office).toHaveURL(/#\/office\/communities\?show=no-file-since-deadline$/);
  await expect(office.getByTestId('table-count')).toContainText('符合条件的社区 300 个（共 300 个）');
});

test('each office page has its own URL, reached from the menu and kept by a reload', async ({ browser }) => {
  test.setTimeout(120_000);
  const office = await desktop(browser);
  await openApp(office, '#/office');
  const menu = office.getByRole('navigation', { name: '市办公室' });
  for (const [label, hash, heading] of PAGES) {
    await menu.getByRole('link', { name: label, exact: true }).click();
    await expect(office).toHaveURL(new RegExp(`${hash.replace(/[/]/g, '\\/')}$`));
    await expect(office.locator('main h1')).toHaveText(heading);
    await expect(menu.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await office.reload();
    await expect(office.locator('main h1')).toHaveText(heading);
    // The menu stays in view beside the page, wherever it is scrolled.
    await office.mouse.wheel(0, 3000);
    await expect(menu).toBeInViewport();
  }
  // The city figure's note leads to where its definitions are set.
  await office.goto('./#/office');
  await office.getByTestId('set-where').getByRole('link', { name: '名单与口径' }).click();
  await expect(office.locator('main h1')).toHaveText('名单与口径');
  await expect(office.getByTestId('definitions')).toBeVisible();
  // A page the office does not have is not found, not the overview.
  await office.goto('./#/office/nowhere');
  await expect(office.locator('main h1')).not.toHaveText('全市汇总');
});

test('the table of communities uses the desktop\'s width, and its filter and order live in the URL', async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await officeWithCity(browser);
  await office.goto('./#/office/communities');
  const table = office.getByTestId('office-table');
  await expect(table.locator('tbody tr')).toHaveCount(20);
  const width = await table.evaluate((t) => t.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(900);
  // Every name on one line: one box per name, no wrapped second line.
  const lines = await table.locator('tbody th a').evaluateAll((links) => links.map((a) => a.getClientRects().length));
  expect(lines.every((n) => n === 1)).toBe(true);
  await shot(office, 'communities-1280');

  // The communities not yet meeting the requirements, as a link to send.
  await office.getByLabel('显示').selectOption({ label: '尚未达到创建要求' });
  await expect(office).toHaveURL(/show=not-yet/);
  await expect(office.getByTestId('table-count')).toContainText('符合条件的社区 200 个（共 300 个）');
  await expect(table.locator('tbody td.meets')).toHaveCount(0);
  // Sorted by score, highest first: a second click turns the order round.
  await table.getByRole('link', { name: '得分率' }).click();
  await expect(office).toHaveURL(/sort=score$/);
  await table.getByRole('link', { name: '得分率' }).click();
  await expect(office).toHaveURL(/sort=score&order=desc$/);
  await expect(table.locator('thead th').nth(2)).toHaveAttribute('aria-sort', 'descending');
  const scores = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  const numbers = scores.map((s) => parseInt(s, 10));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  // A name typed in the filter goes into the URL as it is typed.
  await office.getByLabel('按名称筛选').fill('兰洋镇');
  await expect(office).toHaveURL(/q=%E5%85%B0%E6%B4%8B%E9%95%87/);
  await expect(office.getByTestId('table-count')).toContainText('符合条件的社区 20 个');
  await expect(office.getByLabel('按名称筛选')).toBeFocused();

  // The link, opened anew (sent to a colleague, or a reload), shows the same.
  const link = office.url();
  const colleague = await office.context().newPage();
  await colleague.goto(link);
  await expect(colleague.getByTestId('table-count')).toContainText('符合条件的社区 20 个（共 300 个）');
  await expect(colleague.getByLabel('显示')).toHaveValue('not-yet');
  await expect(colleague.getByLabel('按名称筛选')).toHaveValue('兰洋镇');
  const names = await colleague.getByTestId('office-table').locator('tbody th a').allTextContents();
  expect(names.every((n) => n.startsWith('兰洋镇'))).toBe(true);
  // Back goes to the order before.
  await office.goBack();
  await expect(office).toHaveURL(/sort=score$/);
});

test('the keyboard reaches the menu, the filter, the choice of state and each column in order', async ({ browser }) => {
  const office = await desktop(browser);
  await openApp(office, '#/office/communities');
  await office.getByLabel('按名称筛选').focus();
  await office.keyboard.press('Tab');
  await expect(office.getByLabel('显示')).toBeFocused();
  const table = office.getByTestId('office-table');
  await office.keyboard.press('Tab');
  await expect(table.getByRole('link', { name: '社区', exact: true })).toBeFocused();
  await office.keyboard.press('Tab');
  await expect(table.getByRole('link', { name: '自评进度' })).toBeFocused();
  await office.keyboard.press('Enter');
  await expect(office).toHaveURL(/sort=progress$/);
  // The table is sorted in place: the focus stays on the column's header.
  await expect(table.getByRole('link', { name: '自评进度' })).toBeFocused();
  // Backwards from the filter: the menu's links, the last one first.
  await office.getByLabel('按名称筛选').focus();
  await office.keyboard.press('Shift+Tab');
  await expect(office.getByRole('link', { name: '签名密钥' })).toBeFocused();
});

test('on a phone the menu is a row above the page and the table scrolls inside its box', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '#/office/communities');
  await seedCity(page, 40);
  await page.reload();
  await expect(page.getByTestId('office-table').locator('tbody tr')).toHaveCount(20);
  const menu = page.getByRole('navigation', { name: '市办公室' });
  const box = await menu.boundingBox();
  expect(box.width).toBeLessThanOrEqual(360);
  expect(box.height).toBeLessThan(80);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(360);
  await shot(page, 'communities-360');
  await page.goto('./#/office');
  await expect(page.getByTestId('progress-chart')).toBeVisible();
  await shot(page, 'overview-360');
});

test('every office page passes axe on a phone and on a desktop', async ({ browser }) => {
  test.setTimeout(240_000);
  for (const viewport of [{ width: 360, height: 640 }, { width: 1280, height: 800 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openApp(page, '#/office');
    await seedCity(page, 30);
    for (const [, hash] of PAGES) {
      await page.goto(`./${hash}`);
      await page.reload();
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.getByText('正在汇总各社区的结果…')).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    await page.goto('./#/office/communities?show=not-yet&sort=score&order=desc');
    await expect(page.getByTestId('office-table').locator('tbody tr').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  }
});

test('the printed yearly report carries the progress chart', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const office = await desktop(browser);
  await openApp(office, '#/office');
  await seedCity(office, 30);
  await office.goto('./#/office/report');
  await office.reload();
  const chart = office.getByTestId('yearly-report').getByTestId('progress-chart');
  await expect(chart).toBeVisible();
  await office.emulateMedia({ media: 'print' });
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.locator('.line-meeting')).toHaveAttribute('points', /\d/);
  await shot(office, 'report-print');
  // On paper: the chart's own words, after the city's figures.
  const file = testInfo.outputPath('yearly-with-chart.pdf');
  fs.writeFileSync(file, await office.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const first = pdfPages(file)[0];
  expect(first).toMatch(/全市进度的变化/);
  expect(first).toMatch(/目标\s*70%/);
  expect(first).toMatch(/2022\s*年底/);
  expect(first.indexOf('全市进度的变化')).toBeGreaterThan(first.indexOf('方案目标'));
  await office.emulateMedia({ media: 'screen' });
  // An earlier year's report draws the line only up to its due date.
  await office.getByLabel('年度').selectOption({ label: '2023 年' });
  await expect(office.getByTestId('report-as-of')).toContainText('2023年10月30日');
  await expect(chart.locator('svg desc')).toBeAttached();
  const earlier = await chart.locator('.line-meeting').getAttribute('points');
  expect(earlier.trim().split(/\s+/).length).toBe(32); // March 2021 … September 2023, then 30 October
});

test('the import\'s note on communities that may be one leads to the merges page', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  await addCommunity(phone, cityName(0));
  const file = await exportCommunity(phone, communityIdFromUrl(phone));

  const office = await desktop(browser);
  await openApp(office, '#/office/import');
  await seedCity(office, 3);
  await office.reload();
  await office.getByTestId('import-input').setInputFiles([file]);
  await expect(office.getByTestId('import-results')).toContainText('已有同名社区');
  await office.getByTestId('import-to-merges').getByRole('link').click();
  await expect(office.locator('main h1')).toHaveText('合并同一社区');
  await expect(office.getByTestId('merge-suggestions')).toContainText(cityName(0));
  // The overview points there too.
  await office.goto('./#/office');
  await expect(office.getByTestId('attention')).toContainText('1 组社区可能是同一个社区');
});
