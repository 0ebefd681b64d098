// Bundle discipline: the phone's first visit loads only the phone bundle;
// following a link into the office's or the kiosk's routes loads theirs,
// and the way back works, with the data intact.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate } = require('./helpers');

/** Records which bundle wasm files the page itself requests. */
function watchBundles(page) {
  const seen = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) seen.push(name.startsWith('office') ? 'office' : name.startsWith('kiosk') ? 'kiosk' : 'phone');
  });
  return seen;
}

test('the first visit loads the phone bundle only; office and back switch bundles', async ({ page }) => {
  const seen = watchBundles(page);
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(seen).toEqual(['phone']);

  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');

  // The office link leads into the office bundle.
  await page.getByRole('link', { name: '社区', exact: true }).click();
  await page.getByRole('link', { name: '导入文件 · 全市汇总' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '全市汇总' })).toBeVisible();
  expect(seen).toEqual(['phone', 'office']);

  // Back to the phone's pages from the office's header.
  await page.getByRole('link', { name: '社区', exact: true }).click();
  await expect(page.getByRole('link', { name: '东风社区', exact: true })).toBeVisible();
  expect(seen).toEqual(['phone', 'office', 'phone']);
});

test('a deep link loads the bundle of its route directly', async ({ page }) => {
  const seen = watchBundles(page);
  await openApp(page, '#/office/report');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('年度');
  expect(seen).toEqual(['office']);
});
