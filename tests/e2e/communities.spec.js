// First run and managing communities: add, refuse bad names, rename, delete.
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity } = require('./helpers');

test('first run explains the app and asks for a community', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
  await expect(page.locator('.welcome p')).toHaveCount(2);
  await expect(page.getByText('逐项核对的清单')).toBeVisible();
  await expect(page.getByRole('heading', { name: '添加您的社区' })).toBeVisible();
  await addCommunity(page, '  东风社区 ');
  await expect(page).toHaveURL(/#\/c\/[0-9a-f-]{36}$/);
  await expect(page.locator('details.area')).toHaveCount(5);
});

test('an empty name is refused next to the field and nothing is added', async ({ page }) => {
  await openApp(page);
  const field = page.getByLabel('社区名称');
  await field.fill('   ');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByText('请填写社区名称。')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
});

test('a duplicate or overlong name is refused and changes nothing', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.getByRole('link', { name: '社区', exact: true }).click();
  await expect(page.getByTestId('community-card')).toHaveCount(1);

  const field = page.getByLabel('社区名称');
  await field.fill(' 东风社区  ');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByText('已经有同名的社区，请换一个名称。')).toBeVisible();

  await field.fill('社'.repeat(41));
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByText('社区名称最多 40 个字，请缩短。')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('community-card')).toHaveCount(1);
  await expect(page.getByTestId('community-card')).toContainText('东风社区');
});

test('rename keeps the checklist and refuses a taken name', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.getByRole('link', { name: '社区', exact: true }).click();
  await addCommunity(page, '兰洋社区');
  await page.getByRole('link', { name: '社区', exact: true }).click();

  const card = page.getByTestId('community-card').filter({ hasText: '兰洋社区' });
  await card.getByRole('button', { name: '改名' }).click();
  const field = card.getByLabel('社区名称');
  await field.fill('东风社区');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card.getByText('已经有同名的社区')).toBeVisible();

  await field.fill('兰洋新区社区');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('link', { name: '兰洋新区社区' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: '兰洋新区社区' })).toBeVisible();
  await expect(page.getByText('兰洋社区', { exact: true })).toHaveCount(0);
});

test('delete asks first; cancel keeps the community, confirm removes it', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.getByRole('link', { name: '社区', exact: true }).click();
  const card = page.getByTestId('community-card');
  await card.getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('将删除「东风社区」');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card).toHaveCount(1);

  await card.getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
});

/** How many images the device stores. */
function photoCount(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('danzhou-green-community');
        open.onsuccess = () => {
          const request = open.result.transaction('photos').objectStore('photos').count();
          request.onsuccess = () => { open.result.close(); resolve(request.result); };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test('deleting a community also deletes the photos only it showed', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.goto(`${page.url()}/i/a2-05`);
  await page.getByTestId('photo-input').setInputFiles(path.join(__dirname, 'fixtures', 'road.jpg'));
  await expect(page.getByTestId('thumbnails').locator('img')).toHaveCount(1);
  expect(await photoCount(page)).toBe(1);

  await page.goto('./#/');
  await page.getByTestId('community-card').getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
  await expect.poll(() => photoCount(page)).toBe(0);
});

test('a community deleted from the list, the others unread, keeps the photo another one shows', async ({ page }) => {
  const road = path.join(__dirname, 'fixtures', 'road.jpg');
  const addPhoto = async () => {
    await page.goto(`${page.url()}/i/a2-05`);
    await page.getByTestId('photo-input').setInputFiles(road);
    await expect(page.getByTestId('thumbnails').locator('img')).toHaveCount(1);
  };
  await openApp(page);
  await addCommunity(page, '东风社区');
  await addPhoto();
  await page.goto('./#/');
  await addCommunity(page, '和平村');
  await addPhoto();
  expect(await photoCount(page)).toBe(1);

  // A new start on the list reads no community's records.
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByTestId('community-card')).toHaveCount(2);
  const card = (name) => page.getByTestId('community-card').filter({ hasText: name });
  await card('东风社区').getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByTestId('community-card')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  // 和平村's records were not read for it; its summary kept the image.
  await expect(page.locator('main')).toHaveAttribute('data-all-loaded', 'false');
  expect(await photoCount(page)).toBe(1);
  await card('和平村').getByRole('link', { name: '和平村' }).click();
  await page.goto(`${page.url()}/i/a2-05`);
  await expect(page.getByTestId('thumbnails').locator('img')).toHaveCount(1);
  await expect.poll(() => page.getByTestId('thumbnails').locator('img').evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);

  await page.goto('./#/');
  await card('和平村').getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
  await expect.poll(() => photoCount(page)).toBe(0);
});
