// When IndexedDB cannot be used, the app says so and still works in memory.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate } = require('./helpers');

test('blocked IndexedDB shows a banner and the app still works', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('blocked for this test', 'SecurityError');
    };
  });
  await openApp(page);
  await expect(page.getByRole('alert').filter({ hasText: '本机存储无法使用' })).toBeVisible();
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  await expect(page.locator('section[aria-label="总体"]').getByTestId('assessed-count')).toHaveText(
    '已评 1/37',
  );
});

test('each result is a change record in IndexedDB with device, time, old and new value', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '部分达标', 'partial');
  await rate(page, 'a1-01', '达标', 'met');
  const records = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('danzhou-green-community');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['changes', 'meta'], 'readonly');
          const changes = tx.objectStore('changes').getAll();
          const device = tx.objectStore('meta').get('device');
          const indexes = [...tx.objectStore('changes').indexNames];
          tx.oncomplete = () =>
            resolve({ changes: changes.result, device: device.result, version: db.version, indexes });
        };
      }),
  );
  expect(records.version).toBe(6);
  expect(records.indexes).toContain('by_community');
  expect(records.changes).toHaveLength(2);
  const [first, second] = records.changes.sort((a, b) => a.seq - b.seq);
  expect(first.kind).toEqual({ field: 'result', old: 'unassessed', new: 'partial' });
  expect(second.kind).toEqual({ field: 'result', old: 'partial', new: 'met' });
  expect(second.base).toBe(first.id);
  expect(second.device_id).toBe(records.device.device_id);
  expect(Date.parse(second.at)).not.toBeNaN();
});

test('where the browser has not promised to keep the data, the list says how long since each export and exports in one tap', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('main')).toBeVisible();
  await page.getByLabel('社区名称').first().fill('东风社区');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '东风社区' })).toBeVisible();
  await page.goto('./#/');
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('东风社区：还没有导出过');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: '立即导出' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^东风社区-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(reminder).toContainText('东风社区：上次导出 0 天前');
  await page.goto('./#/settings');
  await expect(page.getByTestId('what-erases')).toContainText('清除浏览器的网站数据');
});
