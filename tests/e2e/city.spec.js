// The office's overview reads one stored summary per community: an import
// stores the summaries of the communities it touched, any other write of
// a community's records drops its summary, and the office works a missing
// one out again from that community's records, so the figures always
// follow the records.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate, communityIdFromUrl } = require('./helpers');

async function exportFile(page, id) {
  await page.goto(`./#/c/${id}`);
  await page.getByLabel('不含照片（文件小，便于微信发送）').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载导出文件' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The summaries the device stores, as records. */
function storedSummaries(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('danzhou-green-community');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('summaries').objectStore('summaries').getAll();
      request.onsuccess = () => { open.result.close(); resolve(request.result); };
      request.onerror = () => reject(request.error);
    };
  }));
}

function row(page, name) {
  return page.getByTestId('office-table').locator('tbody tr').filter({ hasText: name });
}

test('the office shows stored summaries, and a change to a community is counted next time', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  await addCommunity(phone, '东风社区');
  const id = communityIdFromUrl(phone);
  await rate(phone, 'a1-01', '达标', 'met');
  await rate(phone, 'a1-02', '未达标', 'not_met');
  const file = await exportFile(phone, id);
  // A phone that only edits never stores a summary.
  expect(await storedSummaries(phone)).toEqual([]);

  const office = await (await browser.newContext()).newPage();
  await openApp(office, '#/office');
  await office.getByTestId('import-input').setInputFiles([file]);
  await expect(office.getByTestId('import-results')).toContainText('已导入');
  await expect(row(office, '东风社区')).toContainText('已评 2/37');
  let stored = await storedSummaries(office);
  expect(stored).toHaveLength(1);
  expect(stored[0].community_id).toBe(id);
  expect(stored[0].ratings).toEqual({ 'a1-01': 'met', 'a1-02': 'not_met' });

  // Reopened, the office shows the stored summary before any record is read.
  await office.reload();
  await expect(row(office, '东风社区')).toContainText('已评 2/37');
  await expect(office.locator('.heat-map [data-item="a1-02"] .heat-count')).toHaveText('未达标 1 · 部分达标 0');

  // An edit on this device drops the community's summary with the write…
  await office.goto(`./#/c/${id}`);
  await rate(office, 'a1-03', '部分达标', 'partial');
  expect(await storedSummaries(office)).toEqual([]);

  // …and the office works it out again from the records, and keeps it.
  await office.goto('./#/office');
  await expect(row(office, '东风社区')).toContainText('已评 3/37');
  await expect.poll(async () => (await storedSummaries(office)).map((s) => s.ratings['a1-03'])).toEqual(['partial']);
});
