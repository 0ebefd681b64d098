// Works with no network: service worker, safe updates, installability,
// storage safety.
const { test, expect, chromium } = require('@playwright/test');
const { addCommunity, rate, ratingOption, communityIdFromUrl } = require('./helpers');
const { copyOfDist, serve, deployNewVersion } = require('./server');

/**
 * Waits until the service worker is active and controls the page. A page
 * loaded while the worker was still installing (here: the reload from the
 * start bundle into the phone bundle, right after the first visit) can miss
 * its clients.claim(); it is controlled from its next load, as users see.
 */
async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  }
}

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

test('once loaded, every route opens and edits are kept with the network gone', async ({ page, context }) => {
  const server = await serve(copyOfDist(), 4181);
  try {
    await page.goto(server.url);
    await addCommunity(page, '东风社区');
    const id = communityIdFromUrl(page);
    await waitForServiceWorker(page);

    await server.stop();
    await context.setOffline(true);
    await expect(page.getByTestId('offline')).toBeVisible();

    const routes = ['', '#/', `#/c/${id}`, `#/c/${id}/i/a2-05`, '#/plan', '#/plan/a3-06', '#/settings'];
    for (const route of routes) {
      // A real navigation each time, not a same-document hash change.
      await page.goto('about:blank');
      await page.goto(server.url + route);
      await expect(page.locator('main h1').first()).toBeVisible();
    }

    await page.goto(`${server.url}#/c/${id}`);
    await rate(page, 'a1-01', '达标', 'met');
    await page.reload();
    await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();
    await expect(page.getByTestId('offline')).toBeVisible();
  } finally {
    await context.setOffline(false);
    await server.stop();
  }
});

test('a new deployment shows an update notice; updating keeps the data', async ({ page }) => {
  const dir = copyOfDist();
  const server = await serve(dir, 4182);
  try {
    await page.goto(server.url);
    await addCommunity(page, '东风社区');
    await rate(page, 'a2-01', '部分达标', 'partial');
    await waitForServiceWorker(page);
    const before = await cacheNames(page);
    expect(before).toHaveLength(1);

    deployNewVersion(dir, 'build 2');
    // The page learns of the new version on its next load, without reloading by itself.
    await page.reload();
    const notice = page.getByTestId('update-notice');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText('有新版本可用');
    await expect(ratingOption(page, 'a2-01', '部分达标')).toBeChecked();

    // Listen before clicking: the reload can finish before the click returns.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '更新' }).click()]);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    await expect(ratingOption(page, 'a2-01', '部分达标')).toBeChecked();
    await expect.poll(() => cacheNames(page)).not.toEqual(before);
    expect(await cacheNames(page)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('the manifest is valid and Chromium reports no installability errors', async ({ baseURL }, testInfo) => {
  // A persistent profile: Chromium never offers installation in incognito.
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: '/usr/bin/chromium',
    args: testInfo.project.use.launchOptions.args,
    viewport: { width: 360, height: 640 },
  });
  const page = await context.newPage();
  await page.goto(baseURL);
  await waitForServiceWorker(page);
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  const response = await page.request.get(manifestUrl);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.name).toContain('绿色社区');
  expect(manifest.short_name).toBe('绿色社区自评');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((i) => `${i.sizes}:${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
  for (const icon of manifest.icons) {
    const image = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()['content-type']).toBe('image/png');
  }

  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  await context.close();
});

test('the precache list is what a phone needs; the start, office and kiosk bundles come on first use', async ({ page }) => {
  const response = await page.request.get('./service-worker.js');
  const source = await response.text();
  const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(source)[1]);
  const onDemand = JSON.parse(/const ON_DEMAND = (\[[\s\S]*?\]);/.exec(source)[1]);
  const html = await (await page.request.get('./index.html')).text();
  for (const asset of html.match(/\.\/[\w.-]+\.(?:js|wasm|css)/g)) {
    expect(list).toContain(asset);
  }
  expect(list).toContain('./manifest.webmanifest');
  expect(list).not.toContain('./service-worker.js');
  expect(list.filter((file) => /^\.\/danzhou-green-community-\w+(_bg\.wasm|\.js)$/.test(file))).toHaveLength(2);
  expect(list).toContain('./icons/favicon-48.png');
  // Navigations, the root's too, are answered with the kept index.html: one entry, fetched once.
  expect(list).toContain('./index.html');
  expect(list).not.toContain('./');
  const manifest = await (await page.request.get('./manifest.webmanifest')).json();
  const icons = manifest.icons.map((icon) => `./${icon.src}`);
  // The plan is built into the bundles: its published file is for people, not the app.
  for (const file of ['./start.js', './start_bg.wasm', './office.js', './office_bg.wasm', './kiosk.js', './kiosk_bg.wasm', './plans/danzhou-2020.json', './icons/apple-touch-icon.png', ...icons]) {
    expect(list).not.toContain(file);
    expect(onDemand).toContain(file);
  }
});

test('a device that keeps the app but holds no community opens its first-run page offline, from the phone bundle', async ({ page, context }) => {
  const server = await serve(copyOfDist(), 4186);
  const wasm = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) wasm.push(name.startsWith('start') ? 'start' : 'phone');
  });
  try {
    // The first visit, before the worker keeps anything: the start bundle.
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
    expect(wasm).toEqual(['start']);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    // Kept offline: the start bundle is not, the phone bundle is and shows the root.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('dgc-app-')));
      return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop());
    });
    expect(cached.filter((name) => name.startsWith('start'))).toEqual([]);
    await server.stop();
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
    expect(wasm[wasm.length - 1]).toBe('phone');
    await addCommunity(page, '东风社区');
    await rate(page, 'a1-01', '达标', 'met');
    await page.reload();
    await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();
  } finally {
    await context.setOffline(false);
    await server.stop();
  }
});

test('a first visit stays on the start bundle when the service worker takes control while it loads', async ({ page }) => {
  const server = await serve(copyOfDist(), 4187);
  const wasm = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) wasm.push(name.startsWith('start') ? 'start' : 'phone');
  });
  // A slow phone: the worker installs, activates and takes the page before
  // the start bundle has arrived.
  await page.route('**/start_bg.wasm', async (route) => {
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 15_000 });
    await route.continue();
  });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    // No reload into the phone bundle: it would show the same page.
    await page.waitForTimeout(500);
    expect(wasm).toEqual(['start']);
    await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a phone never fetches the office bundle; an office that opened it once has it offline', async ({ page, context }) => {
  const server = await serve(copyOfDist(), 4185);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  context.on('serviceworker', (worker) => worker.on('request', (request) => fetched.push(new URL(request.url()).pathname)));
  try {
    await page.goto(server.url);
    await addCommunity(page, '东风社区');
    await waitForServiceWorker(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cached = async () =>
      page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names.find((n) => n.startsWith('dgc-app-')));
        return (await cache.keys()).map((r) => new URL(r.url).pathname);
      });
    await expect.poll(async () => (await cached()).some((p) => /danzhou-green-community-\w+_bg\.wasm$/.test(p))).toBe(true);
    expect((await cached()).filter((p) => /(office|kiosk)(_bg)?\.(js|wasm)$/.test(p))).toEqual([]);
    expect(fetched.filter((p) => /(office|kiosk)(_bg)?\.(js|wasm)$/.test(p))).toEqual([]);

    // The office's pages, opened once online, are kept for offline use;
    // each page's own URL opens offline too.
    await page.goto(`${server.url}#/office/import`);
    await expect(page.getByTestId('import')).toBeVisible();
    await expect.poll(async () => (await cached()).some((p) => p.endsWith('office_bg.wasm'))).toBe(true);
    await server.stop();
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(`${server.url}#/office/import`);
    await expect(page.getByTestId('import')).toBeVisible();
    await page.goto(`${server.url}#/office/communities?show=not-yet`);
    await expect(page.getByLabel('显示')).toHaveValue('not-yet');
  } finally {
    await context.setOffline(false);
    await server.stop();
  }
});

test('a full disk gets a clear message and loses nothing already saved', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('./');
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');

  await page.evaluate(() => {
    window.__diskFull = true;
  });
  await ratingOption(page, 'a1-01', '未达标').click();
  await expect(page.getByTestId('save-status')).toContainText('设备存储空间已满');
  await expect(page.getByTestId('save-status')).toContainText('这次修改没有生效');
  // The picker falls back to what is stored.
  await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();

  await page.reload();
  await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();
});

test('settings show the device, storage use, persistence and the last change', async ({ page }) => {
  await page.goto('./');
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await expect(page.getByTestId('device-id')).toHaveText(/^[0-9a-f-]{36}$/);
  await expect(page.getByTestId('storage-use')).toContainText('已用');
  await expect(page.getByTestId('last-change')).toContainText('最近一次修改');
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  if (!persisted) {
    await expect(page.getByTestId('not-persisted')).toBeVisible();
  }
});
