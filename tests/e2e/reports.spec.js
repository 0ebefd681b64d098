// Printable reports: the community self-assessment form and the office's
// yearly evaluation summary, printed to A4 PDFs.
const fs = require('node:fs');
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate, communityIdFromUrl, pasteRoster, rosterNames } = require('./helpers');

const A4 = { width: 595.92, height: 842.88 };

/** Page count and page sizes from the PDF's page objects. */
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)/g) || [];
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    parseFloat(m[1]),
    parseFloat(m[2]),
  ]);
  return { count: pages.length, boxes };
}

function expectA4(boxes) {
  expect(boxes.length).toBeGreaterThan(0);
  for (const [w, h] of boxes) {
    expect(Math.abs(w - A4.width)).toBeLessThan(1);
    expect(Math.abs(h - A4.height)).toBeLessThan(1);
  }
}

test('the self-assessment form prints on A4 with every item, totals, verdict and signature lines', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await rate(page, 'a1-01', '达标', 'met');
  await rate(page, 'a2-05', '部分达标', 'partial');
  await page.getByRole('link', { name: '自评表（打印）' }).click();
  const report = page.getByTestId('self-assessment-report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('东风社区绿色社区创建自评表');
  await expect(report.locator('tbody tr')).toHaveCount(37);
  for (const column of ['序号', '创建内容', '评价要点', '自评结果', '得分', '佐证材料', '备注']) {
    await expect(report.locator('thead')).toContainText(column);
  }
  await expect(report.locator('tfoot')).toContainText('1.5/37');
  await expect(report).toContainText('尚未达到创建要求');
  await expect(report).toContainText('社区负责人签字');
  await expect(report).toContainText('盖章');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(testInfo.outputPath('self-assessment.pdf'), pdf);
  const { count, boxes } = pdfPages(pdf);
  expectA4(boxes);
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(8);
  expect(page.url()).toContain(`#/c/${id}/report`);
});

test('the yearly evaluation summary prints on A4 with city totals, areas, units and who is behind', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '未达标', 'not_met');
  await page.goto('./#/office');
  await pasteRoster(page, rosterNames(20, ['东风社区']));
  // Counted by results rather than the roster's joined dates.
  await page.getByLabel('至少有一个条目有评估结果的在册社区').check();
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await page.getByRole('link', { name: '年度总结评估（打印）' }).click();
  const report = page.getByTestId('yearly-report');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('年度总结评估');
  await expect(report.getByTestId('report-due')).toContainText('每年10月30日前');
  await expect(report).toContainText('1（5%）');
  await expect(report).toContainText('口径：至少有一个条目有评估结果的在册社区');
  await expect(report).toContainText('70%');
  await expect(report).toContainText('市住建局');
  await expect(report).toContainText('尚未达到创建要求的社区');
  await expect(report.locator('table').last()).toContainText('东风社区');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(testInfo.outputPath('yearly-summary.pdf'), pdf);
  const { count, boxes } = pdfPages(pdf);
  expectA4(boxes);
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(4);
});

test('the yearly report for a chosen year: figures as they stood on its due date, the demonstration communities, and the office\'s narrative printed', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+08:00'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  await page.goto('./#/office');
  await pasteRoster(page, ['东风社区', '兰洋社区']);
  await page.getByLabel('东风社区 参与日期').fill('2025-03-01');
  await page.getByLabel('东风社区 示范社区').check();
  await page.getByLabel('兰洋社区 参与日期').fill('2026-11-01');
  await expect(page.getByTestId('taking-part')).toContainText('2（100%）');
  await page.getByRole('link', { name: '年度总结评估（打印）' }).click();
  const report = page.getByTestId('yearly-report');

  // After 30 October the report in preparation is next year's, on today's figures.
  await expect(page.getByLabel('年度')).toHaveValue('2027');
  await expect(report.getByTestId('report-as-of')).toHaveText('数据截至：2026年11月30日');
  await expect(report).toContainText('2（100%）');
  await expect(report.getByTestId('report-demonstration')).toHaveText('东风社区');

  // 2026's report counts what stood on 30 October 2026: 兰洋 joined later.
  await page.getByLabel('年度').selectOption('2026');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('儋州市绿色社区创建行动年度总结评估（2026 年）');
  await expect(report.getByTestId('report-as-of')).toHaveText('数据截至：2026年10月30日');
  await expect(report).toContainText('1（50%）');
  await expect(report).toContainText('到这个日期还没有导入任何社区的自评结果。');

  // The narrative, stored per year and printed as text.
  await page.getByLabel('开展情况和实施效果').fill('东风社区完成了楼道整治。');
  await page.getByLabel('开展情况和实施效果').blur();
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await page.getByLabel('存在问题').fill('问'.repeat(5001));
  await page.getByLabel('存在问题').blur();
  await expect(report.getByRole('alert').filter({ hasText: '最多 5000 字' })).toBeVisible();
  await page.reload();
  await page.getByLabel('年度').selectOption('2026');
  await expect(page.getByLabel('开展情况和实施效果')).toHaveValue('东风社区完成了楼道整治。');
  await expect(page.getByLabel('存在问题')).toHaveValue('');
  await page.getByLabel('年度').selectOption('2027');
  await expect(page.getByLabel('开展情况和实施效果')).toHaveValue('');
  await page.getByLabel('年度').selectOption('2026');
  await page.emulateMedia({ media: 'print' });
  await expect(report.getByTestId('narrative-progress-print')).toHaveText('东风社区完成了楼道整治。');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(testInfo.outputPath('yearly-2026.pdf'), pdf);
  expectA4(pdfPages(pdf).boxes);
});
