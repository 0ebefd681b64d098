// Measures the performance budget (scripts/bench.sh runs this after the
// builds): first-load transfer against a Leptos hello-world floor, cold
// start with the CPU throttled 4x, tap-to-saved, the 300-file import in the
// browser, and Lighthouse. Prints a table and writes the same as JSON.
//
//   node scripts/bench/measure.js <dist> <hello-dist> <import-folder> <native.json> <out.json>
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawn, spawnSync } = require('node:child_process');
const { chromium } = require('@playwright/test');

const [dist, helloDist, importDir, nativeJson, outFile] = process.argv.slice(2);
const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox'];

/**
 * Everything the first visit downloads, as the browser asks for it: a fresh
 * profile opens the root at phone size and waits until the first screen is
 * shown. Everything but images, fonts and the manifest counts (the page,
 * scripts, styles, the wasm, a plan if one is fetched); the service worker is
 * blocked, so its background precache of the other bundles, which starts
 * after this, does not.
 */
async function firstLoadFiles(browser, url, shown) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = [];
  page.on('request', (request) => {
    // Icons and the manifest are the browser's, not the app's first screen.
    if (['image', 'font', 'media', 'manifest'].includes(request.resourceType())) return;
    const file = decodeURIComponent(new URL(request.url()).pathname).replace(/^\//, '');
    if (/\.(png|ico|svg|webmanifest)$/.test(file)) return; // the favicon is requested as "other"
    files.push(file === '' ? 'index.html' : file);
  });
  await page.goto(url);
  await page.locator(shown).first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...new Set(files)];
}

function transfer(folder, files) {
  let raw = 0, gzip = 0, brotli = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(folder, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    brotli += zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files, raw, gzip, brotli };
}

async function serve(folder, port) {
  const child = spawn('python3', [path.join(ROOT, 'scripts', 'static_server.py'), '--dir', folder, '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) break;
    } catch (_) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function importFiles(page, url, files) {
  await page.goto(`${url}#/office`);
  await page.getByTestId('import-input').setInputFiles(files);
  const results = page.getByTestId('import-results');
  await results.locator('> li').nth(files.length - 1).waitFor({ timeout: 20 * 60_000 });
  // Lines say "imported" only once their batch is written.
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="import-results"] [data-result="saving"]'),
    null,
    { timeout: 20 * 60_000 },
  );
}

async function coldStart(browser, url, files) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await importFiles(page, url, files.slice(0, 20));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (let run = 0; run < 5; run++) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${url}#/c/community-000`);
    await page.locator('[data-item="a5-07"] fieldset[data-rating]').waitFor();
    await page.locator('[data-item="a1-01"] input[value="met"]').waitFor({ state: 'attached' });
    times.push(Date.now() - started);
  }
  await context.close();
  return { runs: times, median_ms: percentile(times, 50) };
}

async function tapToSaved(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('社区名称').fill('测速社区');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await page.locator('[data-item="a1-01"] fieldset').waitFor();
  const times = await page.evaluate(async () => {
    const fieldset = document.querySelector('[data-item="a1-01"] fieldset');
    const options = ['met', 'partial'];
    const results = [];
    for (let i = 0; i < 200; i++) {
      const value = options[i % 2];
      const input = fieldset.querySelector(`input[value="${value}"]`);
      const saved = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (fieldset.dataset.rating === value) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(fieldset, { attributes: true });
      });
      const started = performance.now();
      input.click();
      await saved;
      results.push(performance.now() - started);
    }
    return results;
  });
  await context.close();
  return { taps: times.length, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
}

async function browserImport(browser, url, files) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const started = Date.now();
  await importFiles(page, url, files);
  const elapsed = Date.now() - started;
  const rejected = await page.locator('[data-result="rejected"]').count();
  await context.close();
  return { files: files.length, rejected, browser_ms: elapsed };
}

function lighthouse(url) {
  const out = path.join(ROOT, 'target', 'lighthouse.json');
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'lighthouse'), [
    url, '--only-categories=performance', '--form-factor=mobile', '--output=json', `--output-path=${out}`, '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync',
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0 || !fs.existsSync(out)) return { error: (result.stderr || '').slice(-500) };
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const audit = (id) => report.audits[id] && report.audits[id].numericValue;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    fcp_ms: Math.round(audit('first-contentful-paint')),
    lcp_ms: Math.round(audit('largest-contentful-paint')),
    tti_ms: Math.round(audit('interactive')),
  };
}

(async () => {
  const files = fs.readdirSync(importDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(importDir, f));
  const server = await serve(dist, 4301);
  const floorServer = await serve(helloDist, 4302);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let app, floor, phoneLoad, officeLoad, kioskLoad, cold, taps, imported;
  try {
    // The app's first screen is the welcome page with its form; the floor's is its button.
    app = transfer(dist, await firstLoadFiles(browser, server.url, 'main form'));
    floor = transfer(helloDist, await firstLoadFiles(browser, floorServer.url, 'button'));
    floorServer.stop();
    // For the record: what a device with communities loads (the phone
    // bundle, here for the settings page), and the office's and the kiosk's.
    phoneLoad = transfer(dist, await firstLoadFiles(browser, `${server.url}#/settings`, 'main h1'));
    officeLoad = transfer(dist, await firstLoadFiles(browser, `${server.url}#/office`, 'main h1'));
    kioskLoad = transfer(dist, await firstLoadFiles(browser, `${server.url}#/kiosk/none`, 'main'));
    cold = await coldStart(browser, server.url, files);
    taps = await tapToSaved(browser, server.url);
    imported = await browserImport(browser, server.url, files);
  } finally {
    await browser.close();
  }
  // Lighthouse varies from run to run: the median of three.
  const runs = [lighthouse(server.url), lighthouse(server.url), lighthouse(server.url)];
  const scored = runs.filter((r) => r.performance !== undefined).sort((a, b) => a.performance - b.performance);
  const lh = scored.length ? { ...scored[Math.floor(scored.length / 2)], runs: scored.map((r) => r.performance) } : runs[0];
  server.stop();
  const native = JSON.parse(fs.readFileSync(nativeJson, 'utf8'));
  const ratio = app.gzip / floor.gzip;
  const results = {
    measured_at: new Date().toISOString(),
    first_load: { app, floor, gzip_ratio: Number(ratio.toFixed(2)), budget_ratio: 5, within: ratio <= 5 },
    other_bundles: { phone: phoneLoad, office: officeLoad, kiosk: kioskLoad },
    cold_start: { ...cold, budget_ms: 1500, within: cold.median_ms <= 1500 },
    tap_to_saved: { ...taps, budget_ms: 50, within: taps.p95_ms <= 50 },
    import_300: { ...imported, native_ms: native.native_ms, changes: native.changes, bytes: native.bytes },
    lighthouse: { ...lh, budget: 95, within: (lh.performance || 0) >= 95 },
  };
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [
    ['first load, raw', kb(app.raw), `floor ${kb(floor.raw)}`, ''],
    ['first load, gzip', kb(app.gzip), `floor ${kb(floor.gzip)} (${ratio.toFixed(2)}×)`, `≤ 5× floor: ${ratio <= 5 ? 'ok' : 'OVER'}`],
    ['first load, brotli', kb(app.brotli), `floor ${kb(floor.brotli)}`, ''],
    ['phone bundle first load (a device with communities), gzip', kb(phoneLoad.gzip), `${phoneLoad.files.length} files`, ''],
    ['office route first load, gzip', kb(officeLoad.gzip), `${officeLoad.files.length} files`, ''],
    ['kiosk route first load, gzip', kb(kioskLoad.gzip), `${kioskLoad.files.length} files`, ''],
    ['cold start, CPU 4×, 20 communities', `${cold.median_ms} ms (median of 5)`, '', `≤ 1500 ms: ${results.cold_start.within ? 'ok' : 'OVER'}`],
    ['tap to saved, 200 taps', `p95 ${taps.p95_ms.toFixed(1)} ms`, `p50 ${taps.p50_ms.toFixed(1)} ms`, `≤ 50 ms: ${results.tap_to_saved.within ? 'ok' : 'OVER'}`],
    ['import + merge 300 files, browser', `${imported.browser_ms} ms`, `${imported.rejected} rejected`, ''],
    ['import + merge 300 files, native', `${native.native_ms} ms`, `${native.changes} changes, ${kb(native.bytes)}`, ''],
    ['Lighthouse 12 mobile, performance (median of 3)', lh.performance !== undefined ? `${lh.performance} (runs: ${lh.runs.join(', ')})` : `error`, lh.fcp_ms ? `FCP ${lh.fcp_ms} ms, LCP ${lh.lcp_ms} ms, TTI ${lh.tti_ms} ms` : (lh.error || ''), `≥ 95: ${results.lighthouse.within ? 'ok' : 'UNDER'}`],
  ];
  console.log('| measure | value | detail | budget |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\nwritten to ${outFile}`);
})();
