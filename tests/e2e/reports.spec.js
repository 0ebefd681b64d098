// Printable reports: the community self-assessment form and the office's
// yearly evaluation summary, printed to A4 PDFs.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate, ratingOption, communityIdFromUrl, officeGo, pasteRoster, rosterNames } = require('./helpers');
const {
  pdfPages: pdfText,
  expectPageNumbers,
  expectRunningHead,
  expectTableHeader,
  expectRowsWhole,
  expectPlanOnce,
  planFile,
} = require('./pdf_text');

const A4 = { width: 595.92, height: 842.88 };

/** Each table row's short values (the cells that must never break), row by row. */
async function shortValues(report) {
  return report.locator('tr').evaluateAll((rows) =>
    rows
      .map((row) => [...row.querySelectorAll('.fit, .keep')].map((cell) => cell.textContent.trim()).filter((v) => v !== ''))
      .filter((values) => values.length > 0),
  );
}

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
  await expect(report.locator('tbody tr[data-item]')).toHaveCount(37);
  for (const column of ['序号', '创建内容', '评价要点', '自评结果', '得分', '佐证材料', '备注']) {
    await expect(report.locator('thead')).toContainText(column);
  }
  await expect(report.getByTestId('form-total')).toContainText('1.5/37');
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
  await page.goto('./#/office/roster');
  await pasteRoster(page, rosterNames(20, ['东风社区']));
  // Counted by results rather than the roster's joined dates.
  await page.getByLabel('至少有一个条目有评估结果的在册社区').check();
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await officeGo(page, '报告与导出');
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

  // Read as printed: every page headed and numbered, short values whole,
  // and no section heading left alone at the foot of a page.
  const pages = pdfText(testInfo.outputPath('yearly-summary.pdf'));
  expect(pages).toHaveLength(count);
  expectPageNumbers(pages);
  const title = await report.getByRole('heading', { level: 1 }).textContent();
  expectRunningHead(pages, title);
  const rows = await shortValues(report);
  expect(rows).toContainEqual(['东风社区', '已评 1/37', '0%', '0 / 0']);
  expect(rows).toContainEqual(['市机关事务管理局', '1', '0', '0 / 0']);
  expect(rows).toContainEqual(['未达标', '部分达标']);
  expectRowsWhole(pages, rows);
  const headings = await report.getByRole('heading', { level: 2 }).allTextContents();
  for (const page of pages) {
    const lines = page.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const beforeFooter = lines[lines.length - 2];
    expect(headings, `a heading alone at the foot of a page:\n${page}`).not.toContain(beforeFooter);
  }
});

test('the yearly report for a chosen year: figures as they stood on its due date, the demonstration communities, and the office\'s narrative printed', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+08:00'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  await page.goto('./#/office/roster');
  await pasteRoster(page, ['东风社区', '兰洋社区']);
  await page.getByLabel('东风社区 参与日期').fill('2025-03-01');
  await page.getByLabel('东风社区 示范社区').check();
  await page.getByLabel('兰洋社区 参与日期').fill('2026-11-01');
  await expect(page.getByTestId('taking-part')).toContainText('2（100%）');
  await officeGo(page, '报告与导出');
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

const FORM_COLUMNS = ['序号', '创建内容', '评价要点', '自评结果', '得分', '佐证材料', '备注'];
const RESULTS = [
  ['达标', 'met'],
  ['部分达标', 'partial'],
  ['未达标', 'not_met'],
  ['不适用', 'not_applicable'],
];

/** Prints the page as Chromium prints it to A4, with the app's own @page rules; returns the file. */
async function printToPdf(page, testInfo, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const file = testInfo.outputPath(name);
  fs.writeFileSync(file, pdf);
  await page.emulateMedia({ media: 'screen' });
  return file;
}

/** On an item's page: its result (不适用 with its reason) and a note, each stored. */
async function assessItem(page, id, itemId, [label, value], note) {
  await page.goto(`./#/c/${id}/i/${itemId}`);
  await ratingOption(page, itemId, label).check();
  if (value === 'not_applicable') {
    await page.getByLabel('为什么这一项不适用于本社区？').fill('本社区为2000年后建成的商品房小区，没有这类设施');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  }
  await expect(page.locator(`[data-item="${itemId}"] fieldset.rating-picker`)).toHaveAttribute('data-rating', value);
  await page.getByLabel('备注').fill(note);
  await page.getByRole('button', { name: '保存备注' }).click();
  await expect(page.getByRole('button', { name: '保存备注' })).toBeDisabled();
}

/** A photo of its own (a distinct picture, so a distinct stored photo). */
async function numberedPhoto(page, n) {
  const base64 = await page.evaluate((n) => {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 600;
    const context = canvas.getContext('2d');
    context.fillStyle = `hsl(${n * 50}, 60%, 70%)`;
    context.fillRect(0, 0, 800, 600);
    context.fillStyle = '#000';
    context.font = '120px sans-serif';
    context.fillText(`No. ${n}`, 200, 340);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
  }, n);
  return { name: `photo-${n}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

async function addPhoto(page, id, itemId, caption, file) {
  await page.goto(`./#/c/${id}/i/${itemId}`);
  const before = await page.getByTestId('thumbnails').locator('img').count();
  await page.getByLabel('照片说明（可不填）').fill(caption);
  await page.getByTestId('photo-input').setInputFiles(file);
  await expect(page.getByTestId('thumbnails').locator('img')).toHaveCount(before + 1);
}


test('a fully assessed community\'s form: values whole, the plan once per area, every page headed and numbered, at most 3 pages; the photo appendix six to a page', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await addCommunity(page, '那大镇东风社区');
  const id = communityIdFromUrl(page);
  const items = planFile().areas.flatMap((area) => area.items);
  expect(items).toHaveLength(37);
  for (const [i, item] of items.entries()) {
    const note = `已到现场查看并拍照，台账和记录已整理归档，发现的问题已登记，由社区网格员负责跟进。`;
    await assessItem(page, id, item.id, RESULTS[i % RESULTS.length], note);
  }
  await addPhoto(page, id, 'a2-05', '三号楼前路面坑洼', path.join(__dirname, 'fixtures', 'road.jpg'));
  for (let n = 1; n <= 6; n++) {
    await addPhoto(page, id, 'a3-01', `小区绿化养护情况 ${n}`, await numberedPhoto(page, n));
  }

  await page.goto(`./#/c/${id}/report`);
  const report = page.getByTestId('self-assessment-report');
  await expect(report.locator('tbody tr[data-item]')).toHaveCount(37);
  await expect(report.locator('tr[data-item="a3-01"]')).toContainText('照片 6 张');
  await expect(report.locator('tr[data-item="a1-02"]')).toContainText('部分达标');
  await expect(report.locator('tr[data-item="a1-02"]')).toContainText('0.5/1');
  const rows = await shortValues(report);
  expect(rows).toContainEqual(['2.10', '未达标', '0/1', '—']);
  expect(rows).toContainEqual(['2.5', '部分达标', '0.5/1', '照片 1 张']);
  expect(rows).toContainEqual(['3.1', '不适用', '—', '照片 6 张']);

  const pages = pdfText(await printToPdf(page, testInfo, 'form-full.pdf'));
  expect(pages.length, pages.join('\n--- page ---\n')).toBeLessThanOrEqual(3);
  expectPageNumbers(pages);
  expectRunningHead(pages, '那大镇东风社区绿色社区创建自评表');
  expectTableHeader(pages, FORM_COLUMNS);
  expectRowsWhole(pages, rows);
  expectPlanOnce(pages);
  // The totals, conclusion and signature lines share the last page.
  const last = pages[pages.length - 1];
  for (const text of ['合计', '自评结论', '社区负责人签字', '盖章']) expect(last).toContain(text);

  // The appendix: every photo with its item number and caption, six to a page.
  await page.getByLabel('打印附件：佐证照片（每页 6 张）').check();
  const appendix = page.getByTestId('photo-appendix');
  await expect(appendix.locator('figure')).toHaveCount(7);
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  await expect
    .poll(() => appendix.locator('img').evaluateAll((imgs) => imgs.every((img) => img.complete && img.naturalWidth > 0)))
    .toBe(true);
  await expect(appendix.locator('figure').first()).toContainText('2.5 三号楼前路面坑洼');
  const withPhotos = pdfText(await printToPdf(page, testInfo, 'form-with-photos.pdf'));
  expect(withPhotos.length).toBe(pages.length + 2);
  expectPageNumbers(withPhotos);
  expectRunningHead(withPhotos, '那大镇东风社区绿色社区创建自评表');
  const [first, second] = withPhotos.slice(pages.length);
  expect(first).toContain('附件：佐证照片');
  expect(first).toMatch(/2\.5\s+三号楼前路面坑洼/);
  for (let n = 1; n <= 5; n++) expect(first).toMatch(new RegExp(`3\\.1\\s+小区绿化养护情况 ${n}`));
  expect(second).toMatch(/3\.1\s+小区绿化养护情况 6/);
  expect(second).not.toContain('小区绿化养护情况 5');
});
