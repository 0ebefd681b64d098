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
  expect(records.version).toBe(5);
  expect(records.indexes).toContain('by_community');
  expect(records.changes).toHaveLength(2);
  const [first, second] = records.changes.sort((a, b) => a.seq - b.seq);
  expect(first.kind).toEqual({ field: 'result', old: 'unassessed', new: 'partial' });
  expect(second.kind).toEqual({ field: 'result', old: 'partial', new: 'met' });
  expect(second.base).toBe(first.id);
  expect(second.device_id).toBe(records.device.device_id);
  expect(Date.parse(second.at)).not.toBeNaN();
});
