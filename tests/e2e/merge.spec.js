// One community, one record: the same community added on two phones
// arrives at the office as two; the office merges them (every record of
// both kept), can undo it, and a phone that imports the office's file
// afterwards sees one community with the results of both.
const fs = require('node:fs');
const { test, expect } = require('@playwright/test');
const {
  openApp,
  addCommunity,
  rate,
  communityIdFromUrl,
  downloadFrom,
  exportCommunity,
  importAtOffice,
  officeGo,
} = require('./helpers');


function rows(page, name) {
  return page.getByTestId('office-table').locator('tbody tr').filter({ hasText: name });
}

/** Looks at the office's table of communities with `check`, then goes back to the merges page. */
async function inTable(office, check) {
  await officeGo(office, '各社区');
  await check();
  await officeGo(office, '合并同一社区');
}

test('two phones\' copies of one community merged at the office, undone, merged again; a phone importing the office\'s file sees one', async ({ browser }, testInfo) => {
  const phoneA = await (await browser.newContext()).newPage();
  await openApp(phoneA);
  await addCommunity(phoneA, '东风社区');
  const idA = communityIdFromUrl(phoneA);
  await rate(phoneA, 'a1-01', '达标', 'met');
  const fileA = await exportCommunity(phoneA, idA);

  const phoneB = await (await browser.newContext()).newPage();
  await openApp(phoneB);
  await addCommunity(phoneB, '东风社区');
  const idB = communityIdFromUrl(phoneB);
  await rate(phoneB, 'a1-02', '部分达标', 'partial');
  const fileB = await exportCommunity(phoneB, idB);

  const office = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false })).newPage();
  await openApp(office, '#/office');
  const results = await importAtOffice(office, [fileA, fileB]);
  await expect(results).toContainText('已有同名社区：东风社区');
  await inTable(office, () => expect(rows(office, '东风社区')).toHaveCount(2));

  // The office is pointed at the pair and keeps phone A's.
  const panel = office.getByTestId('merge-panel');
  const suggestion = panel.getByTestId('merge-suggestions').locator('> li');
  await expect(suggestion).toHaveCount(1);
  await expect(suggestion).toContainText('名称相同');
  await panel.screenshot({ path: testInfo.outputPath('merge-panel.png') });
  await suggestion.locator(`li[data-community="${idA}"]`).getByRole('button', { name: '保留“东风社区”，合并其他' }).click();
  await expect(panel.getByTestId('merge-message')).toHaveText('已将“东风社区”并入“东风社区”。');
  await expect(panel.getByTestId('merge-suggestions')).toHaveCount(0);
  await inTable(office, async () => {
    await expect(rows(office, '东风社区')).toHaveCount(1);
    await expect(rows(office, '东风社区')).toContainText('已评 2/37');
    await expect(rows(office, '东风社区')).toContainText('含合并进来的 1 个社区的记录');
  });
  await expect(panel.getByTestId('merge-history').locator('li[data-active="true"]')).toHaveCount(1);

  // Stored: the merge and the fresh summary survive a reload.
  await office.reload();
  await inTable(office, async () => {
    await expect(rows(office, '东风社区')).toHaveCount(1);
    await expect(rows(office, '东风社区')).toContainText('已评 2/37');
  });

  // Undone, the two are apart again, each with its own results.
  await panel.getByRole('button', { name: '撤销合并：“东风社区”并入“东风社区”' }).click();
  await expect(panel.getByTestId('merge-message')).toHaveText('已撤销合并，“东风社区”重新单独显示。');
  await expect(panel.getByTestId('merge-history').locator('li[data-active="false"]')).toContainText('已于');
  await inTable(office, async () => {
    await expect(rows(office, '东风社区')).toHaveCount(2);
    for (const row of await rows(office, '东风社区').all()) {
      await expect(row).toContainText('已评 1/37');
    }
  });
  await office.reload();
  await inTable(office, () => expect(rows(office, '东风社区')).toHaveCount(2));

  // A community cannot be merged into itself: said, and nothing changes.
  await panel.getByLabel('并入的社区（此后不再单独显示）').selectOption(idA);
  await panel.getByLabel('保留的社区').selectOption(idA);
  await panel.getByRole('button', { name: '合并', exact: true }).click();
  await expect(panel.getByTestId('merge-message')).toHaveText('请选择两个不同的社区。');
  await expect(panel.getByTestId('merge-history').locator('li[data-active="true"]')).toHaveCount(0);

  // Merged again with the two lists, B into A.
  await panel.getByLabel('并入的社区（此后不再单独显示）').selectOption(idB);
  await panel.getByLabel('保留的社区').selectOption(idA);
  await panel.getByRole('button', { name: '合并', exact: true }).click();
  await expect(panel.getByTestId('merge-history').locator('li[data-active="true"]')).toHaveCount(1);
  await inTable(office, () => expect(rows(office, '东风社区')).toHaveCount(1));

  // A link to the merged-away community leads to the one kept.
  await office.goto(`./#/c/${idB}`);
  await expect(office).toHaveURL(new RegExp(`#/c/${idA}$`));
  await expect(office.locator('[data-item="a1-02"]')).toContainText('部分达标');
  await expect(office.locator('[data-item="a1-01"]')).toContainText('达标');

  // The office's file carries the merge; phone A imports it and sees one.
  await office.goto('./#/office/exports');
  const merged = await downloadFrom(office, () => office.getByRole('button', { name: '导出汇总文件（不含照片）' }).click());
  const document = JSON.parse(fs.readFileSync(merged, 'utf8'));
  expect(document.community_merges.filter((m) => !m.undone_at)).toEqual([
    expect.objectContaining({ from: idB, into: idA }),
  ]);
  expect(document.communities).toHaveLength(2);

  const importedLines = await importAtOffice(phoneA, [merged]);
  await expect(importedLines).toContainText('社区合并记录');
  await phoneA.goto('./#/');
  await expect(phoneA.locator('.community-list > li')).toHaveCount(1);
  await phoneA.goto(`./#/c/${idA}`);
  await expect(phoneA.locator('[data-item="a1-02"]')).toContainText('部分达标');
  await phoneA.reload();
  await expect(phoneA.locator('[data-item="a1-02"]')).toContainText('部分达标');
  await phoneA.goto('./#/');
  await expect(phoneA.locator('.community-list > li')).toHaveCount(1);

  // Phone B's device is the community center's display for its own copy;
  // the office's file, imported in another tab, turns it into the one kept.
  await phoneB.goto(`./#/c/${idB}`);
  await phoneB.getByRole('button', { name: '展示屏模式' }).click();
  await phoneB.getByLabel('退出密码（4 到 8 位数字）').fill('2468');
  await phoneB.getByLabel('再输入一次密码').fill('2468');
  await phoneB.getByRole('button', { name: '开始展示' }).click();
  const progress = phoneB.locator('.kiosk-bar-row').first();
  await expect(progress).toContainText('已评 1/37');
  const other = await phoneB.context().newPage();
  await importAtOffice(other, [merged]);
  await expect(progress).toContainText('已评 2/37');
  await phoneB.reload();
  await expect(phoneB).toHaveURL(new RegExp(`#/kiosk/${idA}$`));
  await expect(phoneB.locator('.kiosk-bar-row').first()).toContainText('已评 2/37');
});
