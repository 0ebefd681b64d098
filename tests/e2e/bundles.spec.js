// Bundle discipline: a new device's first visit loads only the small start
// bundle; adding a community loads the phone's; following a link into the
// office's or the kiosk's routes loads theirs, and the way back works, with
// the data intact.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate } = require('./helpers');

/** Records which bundle wasm files the page itself requests. */
function watchBundles(page) {
  const seen = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) seen.push(name.split(/[-_]/)[0].replace('danzhou', 'phone'));
  });
  return seen;
}

test('the first visit loads the start bundle only; a community brings the phone bundle; office and back', async ({ page }) => {
  const seen = watchBundles(page);
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
  expect(seen).toEqual(['start']);

  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  expect(seen).toEqual(['start', 'phone']);

  // From now on the root is the phone's community list.
  await page.getByRole('link', { name: '社区', exact: true }).click();
  await expect(page.getByRole('link', { name: '东风社区', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: '东风社区', exact: true })).toBeVisible();
  expect(seen).toEqual(['start', 'phone', 'phone']);

  // The office link leads into the office bundle, and back.
  await page.getByRole('link', { name: '导入文件 · 全市汇总' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '全市汇总' })).toBeVisible();
  await page.getByRole('link', { name: '社区', exact: true }).click();
  await expect(page.getByRole('link', { name: '东风社区', exact: true })).toBeVisible();
  expect(seen).toEqual(['start', 'phone', 'phone', 'office', 'phone']);
});

test.describe('without a service worker (as in some in-app browsers)', () => {
  test.use({ serviceWorkers: 'block' });
  test('a device whose communities predate the start bundle still opens on its list', async ({ page }) => {
    await openApp(page);
    await addCommunity(page, '东风社区');
    await page.evaluate(() => localStorage.removeItem('danzhou-green-community-has-communities'));
    const seen = watchBundles(page);
    // The root, without the mark: the start bundle loads, finds the stored
    // community and hands over to the phone bundle.
    await page.goto('./#/');
    await expect(page.getByRole('link', { name: '东风社区', exact: true })).toBeVisible();
    expect(seen).toEqual(['start', 'phone']);
  });
});

test('a deep link loads the bundle of its route directly', async ({ page }) => {
  const seen = watchBundles(page);
  await openApp(page, '#/office/report');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('年度');
  expect(seen).toEqual(['office']);
});

test('the built files are what a static server sends: every .gz and .br twin is its file, every integrity hash holds, the scripts and style sheet are minified', async ({ page }) => {
  const fs = require('node:fs');
  const path = require('node:path');
  const zlib = require('node:zlib');
  const crypto = require('node:crypto');
  const dist = path.join(__dirname, '..', '..', 'dist');
  const files = fs.readdirSync(dist).filter((f) => /\.(html|js|css|wasm|webmanifest)$/.test(f));
  expect(files).toContain('service-worker.js');
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dist, file));
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dist, `${file}.gz`))).equals(bytes), `${file}.gz`).toBe(true);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dist, `${file}.br`))).equals(bytes), `${file}.br`).toBe(true);
  }
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const hashed = [...html.matchAll(/"\.\/([^"]+)"[^>]*integrity="([^"]+)"/g)];
  expect(hashed.map(([, file]) => path.extname(file)).sort()).toEqual(['.css', '.js']);
  for (const [, file, integrity] of hashed) {
    const digest = crypto.createHash('sha384').update(fs.readFileSync(path.join(dist, file))).digest('base64');
    expect(integrity, file).toBe(`sha384-${digest}`);
  }
  for (const file of files.filter((f) => /\.(js|css)$/.test(f) && f !== 'service-worker.js')) {
    const lines = fs.readFileSync(path.join(dist, file), 'utf8').split('\n');
    expect(lines.filter((line) => /^\s{2,}/.test(line)), `${file} is minified`).toEqual([]);
  }
  // And the browser takes them: the style sheet applies, the app starts.
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.app-name')).minHeight)).toBe('44px');
});
