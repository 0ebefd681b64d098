// Nothing a user does fails silently: a full storage (the origin's quota
// really cut over CDP), a photo that cannot be read for an export, a
// download that does not start, a refused setting. Each says so where the
// user acted, in their language, and changes nothing.
const path = require('path');
const { test, expect } = require('@playwright/test');
const { addCommunity, rate, ratingOption, pasteRoster } = require('./helpers');

const fixture = (name) => path.join(__dirname, 'fixtures', name);
const RAW_ERROR = /Missing data|Transaction|aborted|DOMException|QuotaExceededError/;

/** Opens the app on an origin whose storage quota is cut to `bytes`, as a
 * phone with a nearly full disk has it. Chromium applies the cut to storage
 * first used after it, so it is made before the app opens. */
async function openWithQuota(page, bytes) {
  await page.goto('./manifest.webmanifest');
  const session = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  await page.goto('./');
  return { session, origin };
}

/** Fills what room is left under the quota, in ever smaller pieces, so
 * that no write of a few hundred bytes fits any more: first with the Cache
 * API, then with IndexedDB itself (a database of its own), whose writes are
 * checked against the quota the way the app's are. */
async function fillRemainingRoom(page) {
  await page.evaluate(async () => {
    const cache = await caches.open('fill-the-disk');
    let n = 0;
    for (let size = 1 << 20; size >= 64; size >>= 1) {
      for (;;) {
        try {
          await cache.put(new Request(`/fill/${n++}`), new Response(new Uint8Array(size)));
        } catch (_) {
          break;
        }
      }
    }
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('fill-the-disk', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('filler');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (size) => new Promise((resolve) => {
      const tx = db.transaction('filler', 'readwrite', { durability: 'strict' });
      tx.objectStore('filler').put(new Uint8Array(size), n++);
      tx.oncomplete = () => resolve(true);
      tx.onabort = () => resolve(false);
      tx.onerror = () => resolve(false);
    });
    for (let size = 1 << 16; size >= 64; size >>= 1) {
      while (await put(size));
    }
    db.close();
  });
}

/** The settings form with the user's name. */
function nameForm(page) {
  return page.locator('form').filter({ has: page.getByLabel('您的姓名') });
}

async function addPhoto(page) {
  await page.getByTestId('photo-input').setInputFiles(fixture('road.jpg'));
}


/** A JPEG of random noise made in the page: every one is a new image, and
 * noise does not compress, so a few fill a small quota. */
async function noisePhoto(page, n) {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 900;
    const context = canvas.getContext('2d');
    const image = context.createImageData(canvas.width, canvas.height);
    crypto.getRandomValues(image.data.subarray(0, 65536));
    for (let i = 0; i < image.data.length; i += 1) image.data[i] = Math.random() * 256;
    context.putImageData(image, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.95).split(',')[1];
  });
  return { name: `noise-${n}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** The number of photos shown on the item page once processing is done. */
async function photoCount(page) {
  await expect(page.getByText('正在处理照片')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).not.toHaveText('正在保存…');
  return page.getByTestId('thumbnails').locator('li').count();
}

test('taps made behind a write that fails are not stored either, and the screen says so', async ({ page }) => {
  await openWithQuota(page, 4 * 1024 * 1024);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  await fillRemainingRoom(page);
  // Three taps in one task: the first write fails, the two queued behind it
  // were made looking at it, so they are dropped, not stored on their own.
  await page.evaluate(() => {
    const click = (item, value) =>
      document.querySelector(`[data-item="${item}"] fieldset.rating-picker input[value="${value}"]`).click();
    click('a1-01', 'not_met');
    click('a1-02', 'met');
    click('a1-03', 'partial');
  });
  const status = page.getByTestId('save-status');
  await expect(status).toContainText('设备存储空间已满');
  await expect(status).toContainText('之后的 2 处修改也没有保存');
  await expect(status).not.toContainText(RAW_ERROR);
  const picker = (item) => page.locator(`[data-item="${item}"] fieldset.rating-picker`);
  await expect(picker('a1-01')).toHaveAttribute('data-rating', 'met');
  await expect(picker('a1-02')).toHaveAttribute('data-rating', 'unassessed');
  await expect(ratingOption(page, 'a1-03', '未评估')).toBeChecked();
  await page.reload();
  await expect(picker('a1-01')).toHaveAttribute('data-rating', 'met');
  await expect(picker('a1-02')).toHaveAttribute('data-rating', 'unassessed');
  await expect(picker('a1-03')).toHaveAttribute('data-rating', 'unassessed');
});

test('a full storage says so and what to do, and no edit changes anything', async ({ page }) => {
  await openWithQuota(page, 4 * 1024 * 1024);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  const checklist = page.url();
  await page.locator('[data-item="a1-01"] a.item-title').click();
  await page.getByRole('button', { name: '添加整改事项' }).click();
  await page.getByLabel('要做什么').fill('补种行道树');
  await page.getByLabel('整改期限').fill('2026-12-31');
  await page.locator('form.action-form').getByRole('button', { name: '保存' }).click();
  const action = page.getByTestId('action');
  await expect(action).toContainText('补种行道树');
  const itemPage = page.url();

  // Photos go in until the storage is full; the one that does not fit is
  // refused with the full-storage message and is not shown.
  const status = page.getByTestId('save-status');
  let stored = 0;
  for (let n = 0; n < 40; n += 1) {
    const before = await page.getByTestId('thumbnails').locator('li').count();
    await page.getByTestId('photo-input').setInputFiles(await noisePhoto(page, n));
    // Each photo ends one of two ways: shown (stored) or refused as full.
    const outcome = await page.waitForFunction(
      (shown) => {
        if (document.querySelector('[data-testid="save-status"]').textContent.includes('已满')) return 'full';
        return document.querySelectorAll('[data-testid="thumbnails"] li').length > shown ? 'stored' : null;
      },
      before,
      { timeout: 20_000 },
    );
    if ((await outcome.jsonValue()) === 'full') break;
    stored = before + 1;
  }
  expect(stored).toBeGreaterThan(0);
  // A photo no longer fits; a small record still might. Take the last room.
  await fillRemainingRoom(page);
  await expect(status).toContainText('设备存储空间已满');
  await expect(status).toContainText('导出备份');
  await expect(status).toContainText('删除不需要的照片');
  await expect(status).not.toContainText(RAW_ERROR);
  expect(await photoCount(page)).toBe(stored);

  // Every later edit fails the same way and leaves what is stored. (The
  // browser may hand back a little room it had reserved for the refused
  // photo; the disk is filled again so that it stays full.)
  await fillRemainingRoom(page);
  await ratingOption(page, 'a1-01', '未达标').click();
  await expect(status).toContainText('设备存储空间已满');
  await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();

  await fillRemainingRoom(page);
  await action.getByRole('button', { name: '标记完成' }).click();
  await expect(status).toContainText('设备存储空间已满');
  await expect(action.getByRole('button', { name: '标记完成' })).toBeVisible();
  await action.getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(status).toContainText('设备存储空间已满');
  await expect(page.getByTestId('action')).toHaveCount(1);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await nameForm(page).getByLabel('您的姓名').fill('李明');
  await nameForm(page).getByRole('button', { name: '保存' }).click();
  await expect(status).toContainText('设备存储空间已满');
  await expect(status).not.toContainText(RAW_ERROR);

  await page.goto(itemPage);
  await page.reload();
  await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();
  expect(await photoCount(page)).toBe(stored);
  await expect(page.getByTestId('action')).toContainText('补种行道树');
  await expect(page.getByTestId('action').getByRole('button', { name: '标记完成' })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await expect(page.getByLabel('您的姓名')).toHaveValue('');
  expect(checklist).toContain('#/c/');
});

test('an export with photos stops on a photo it cannot read and offers one without', async ({ page }) => {
  await page.goto('./');
  await addCommunity(page, '东风社区');
  const checklist = page.url();
  await page.locator('[data-item="a1-02"] a.item-title').click();
  await addPhoto(page);
  await expect(page.getByTestId('thumbnails').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toContainText('已保存');

  // The image goes missing from storage (a browser that evicted it).
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('danzhou-green-community');
        open.onsuccess = () => {
          const tx = open.result.transaction('photos', 'readwrite');
          tx.objectStore('photos').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto(checklist);
  const exportCard = page.getByTestId('export');
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await exportCard.getByRole('button', { name: '下载导出文件' }).click();
  const status = page.getByTestId('export-status');
  await expect(status).toContainText('没有导出');
  await expect(status).toContainText('1.2');
  expect(downloads).toBe(0);
  await expect(page.getByTestId('last-export')).toContainText('还没有导出过');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    status.getByRole('button', { name: '改为不含照片导出' }).click(),
  ]);
  const file = JSON.parse(require('fs').readFileSync(await download.path(), 'utf8'));
  expect(file.photos).toEqual([]);
  await expect(status).toContainText(`已导出：${download.suggestedFilename()}`);
  await expect(page.getByTestId('last-export')).toContainText('0 天前');
});

test('a download that does not start is reported, not called saved', async ({ page }) => {
  await page.goto('./');
  await addCommunity(page, '东风社区');
  await page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new Error('blocked by the browser');
    };
  });
  await page.getByTestId('export').getByRole('button', { name: '下载导出文件' }).click();
  const status = page.getByTestId('export-status');
  await expect(status).toContainText('文件没有下载');
  await expect(status).not.toContainText('blocked by the browser');
  await expect(page.getByTestId('last-export')).toContainText('还没有导出过');
  await expect(page.getByTestId('save-status')).not.toContainText('已保存');
});

test('a pasted roster with a bad line is refused whole, naming the line, and changes nothing', async ({ page }) => {
  await page.goto('./#/office/roster');
  await pasteRoster(page, ['东风社区']);
  await page.getByLabel('粘贴社区名称（每行一个）').fill(`兰洋社区\n${'社'.repeat(41)}\n木棠社区\n木棠社区`);
  await page.getByRole('button', { name: '加入名单' }).first().click();
  const outcome = page.getByTestId('roster-outcome');
  await expect(outcome).toContainText('没有加入，名单没有任何改变');
  await expect(outcome).toContainText('第 2 行：名称超过 40 个字');
  await expect(outcome).toContainText('第 4 行：与第 3 行是同一个社区');
  await page.reload();
  await expect(page.getByTestId('roster-table').locator('tbody tr')).toHaveCount(1);
});

test('a device id that cannot be stored at first is stored after the next write, not remade', async ({ page }) => {
  const { session, origin } = await openWithQuota(page, 1);
  await expect(page.getByLabel('社区名称').first()).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByTestId('save-status')).toContainText('设备存储空间已满');
  const deviceId = await page.getByTestId('device-id').textContent();

  // Space again: the next write that works stores the device too.
  await session.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByLabel('您的姓名').fill('王芳');
  await nameForm(page).getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await page.reload();
  await expect(page.getByTestId('device-id')).toHaveText(deviceId);
});

test('an import that does not fit is refused whole, file by file, and nothing of it is kept', async ({ browser }, testInfo) => {
  // A phone exports a community with two photos.
  const phone = await browser.newPage();
  await phone.goto('./');
  await addCommunity(phone, '东风社区');
  await phone.locator('[data-item="a1-01"] a.item-title').click();
  for (let n = 0; n < 2; n += 1) {
    await phone.getByTestId('photo-input').setInputFiles(await noisePhoto(phone, n));
    await expect(phone.getByTestId('thumbnails').locator('li')).toHaveCount(n + 1);
  }
  await phone.goBack();
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByTestId('export').getByRole('button', { name: '下载导出文件' }).click(),
  ]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await phone.close();

  // An office whose storage has almost no room left.
  const context = await browser.newContext();
  const office = await context.newPage();
  await openWithQuota(office, 64 * 1024);
  await office.goto('./#/office/import');
  await office.getByTestId('import-input').setInputFiles([file]);
  const line = office.getByTestId('import-results').locator('> li');
  await expect(line).toHaveAttribute('data-result', 'rejected');
  await expect(line).toContainText('设备存储空间已满');
  await expect(line).not.toContainText(RAW_ERROR);
  await office.goto('./#/office/communities');
  await office.reload();
  await expect(office.getByTestId('table-count')).toContainText('符合条件的社区 0 个（共 0 个）');
  await expect(office.getByTestId('office-table').locator('tbody tr')).toHaveCount(0);
  await context.close();
});
