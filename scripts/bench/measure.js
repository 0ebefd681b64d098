// Measures the performance budget (scripts/bench.sh runs this after the
// builds): (a) first-load transfer against a Leptos hello-world floor, (b)
// cold start with the CPU throttled 4x, (c) tap-to-saved, (d) the 300-file
// import in the browser, (e) Lighthouse, and at city scale (a device holding
// 300 communities, 222,000 changes, written straight into IndexedDB): (f)
// tap-to-shown and (g) checklist cold start, each against one community in
// the same run, (h) the office page, (i) the phone's community list, (j)
// importing one file and (k) an edit of the office's roster.
// Prints a table and writes the same as JSON.
//
//   node scripts/bench/measure.js <dist> <hello-dist> <import-folder> <native.json> <out.json>
//
// BENCH_ONLY=f,g,h (a comma list of the letters above) runs only those
// measures; the arguments they do not use may then name missing files, e.g.
//   BENCH_ONLY=f,g,h node scripts/bench/measure.js dist - - - target/bench-city.json
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawn, spawnSync } = require('node:child_process');
const { chromium } = require('@playwright/test');
const { gzipTwin } = require('../precompress.js');
const { firstLoadFiles, precacheFiles, isImage } = require('./first_load.js');

const [dist, helloDist, importDir, nativeJson, outFile] = process.argv.slice(2);
const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox'];
const MEASURES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((m) => m.trim().toLowerCase()).filter(Boolean) : MEASURES;
for (const m of ONLY) if (!MEASURES.includes(m)) throw new Error(`BENCH_ONLY: unknown measure "${m}" (known: ${MEASURES.join(',')})`);
const selected = (measure) => ONLY.includes(measure);
/** The plan's 37 item ids, in order (the checklist's last one is a5-07). */
const ITEM_IDS = JSON.parse(fs.readFileSync(path.join(ROOT, 'public', 'plans', 'danzhou-2020.json'), 'utf8'))
  .areas.flatMap((area) => area.items.map((item) => item.id));
/** A city: this many communities, each item changed this many times (740 changes a community). */
const CITY = { communities: 300, changesPerItem: 20 };
/** Taps timed in (f) on each device: the p95 of 200 is the 190th. */
const CITY_TAPS = 200;
/** (f) and (g) take turns between their two devices this many times. */
const ROUNDS = 10;
/** Minutes, not seconds: the city figures are taken on builds not yet made for them. */
const CITY_TIMEOUT = Number(process.env.BENCH_CITY_TIMEOUT_MS || 10 * 60_000);

/**
 * Sizes of files as a phone receives them: raw, gzip as the build ships it
 * (the Zopfli twins of scripts/precompress.js, which scripts/serve.sh and
 * the nginx set-up in docs/deploying.md send), zlib's gzip -9 for comparison (what a
 * server compressing on the fly sends at best), and brotli 11.
 */
async function transfer(folder, files) {
  let raw = 0, gzip = 0, gzip9 = 0, brotli = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(folder, file));
    const sizes = await gzipSizes(bytes);
    raw += bytes.length;
    gzip += sizes.gzip;
    gzip9 += sizes.gzip9;
    brotli += zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files, raw, gzip, gzip9, brotli };
}

/** A file's gzip size as shipped (Zopfli) and with zlib's level 9. */
async function gzipSizes(bytes) {
  return { gzip: (await gzipTwin(bytes)).length, gzip9: zlib.gzipSync(bytes, { level: 9 }).length };
}

/**
 * (a') What a new phone's service worker fetches before any office or kiosk
 * route is opened: its precache list, read from the built worker. Images
 * count raw (they are already compressed), the rest gzip as shipped (and
 * gzip -9 beside it).
 */
async function precacheTransfer(folder) {
  const files = precacheFiles(folder);
  let gzip = 0, gzip9 = 0;
  // A './' entry would be index.html fetched a second time.
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(folder, file));
    const sizes = isImage(file) ? { gzip: bytes.length, gzip9: bytes.length } : await gzipSizes(bytes);
    gzip += sizes.gzip;
    gzip9 += sizes.gzip9;
  }
  return { files, gzip, gzip9 };
}

async function serve(folder, port) {
  const child = spawn('python3', [path.join(ROOT, 'scripts', 'static_server.py'), '--dir', folder, '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    // A server that exits at once could not take the port: another one
    // there would answer instead, and the bench would measure its files.
    if (child.exitCode !== null) throw new Error(`the static server on port ${port} did not start (port in use?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) break;
    } catch (_) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 300));
  if (child.exitCode !== null) throw new Error(`the static server on port ${port} did not start (port in use?)`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function importFiles(page, url, files) {
  await page.goto(`${url}#/office/import`);
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

/** Throttles the page's CPU `rate` times (CDP `Emulation.setCPUThrottlingRate`; 1 is none). */
async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** From about:blank until the checklist's last item's picker is there (as `coldStart`); ms. */
async function loadChecklist(page, url, communityId) {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`${url}#/c/${communityId}`);
  await page.locator('[data-item="a5-07"] fieldset[data-rating]').waitFor();
  await page.locator('[data-item="a1-01"] input[value="met"]').waitFor({ state: 'attached' });
  return Date.now() - started;
}

/** (b) 20 imported communities, CPU 4x: the median of 5 loads of a checklist (see `loadChecklist`). */
async function coldStart(browser, url, files) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await importFiles(page, url, files.slice(0, 20));
  await throttle(page, 4);
  const times = [];
  for (let run = 0; run < 5; run++) times.push(await loadChecklist(page, url, 'community-000'));
  await context.close();
  return { runs: times, median_ms: percentile(times, 50) };
}

/**
 * Runs in the page: times `count` taps on one item's result picker, each
 * from the click until the picker's fieldset shows the stored value
 * (`data-rating`, which it does only once the IndexedDB transaction has
 * committed). The taps alternate two results, the first one differing from
 * the stored result, so that every tap is a change.
 */
async function timeTapsInPage({ item, count }) {
  const fieldset = document.querySelector(`[data-item="${item}"] fieldset`);
  const options = fieldset.dataset.rating === 'met' ? ['partial', 'met'] : ['met', 'partial'];
  const results = [];
  for (let i = 0; i < count; i++) {
    const value = options[i % 2];
    const input = fieldset.querySelector(`input[value="${value}"]`);
    const saved = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tap ${i} (${value}) not shown after 120 s`)), 120_000);
      const observer = new MutationObserver(() => {
        if (fieldset.dataset.rating === value) {
          observer.disconnect();
          clearTimeout(timer);
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
}

function tapSummary(times) {
  return { taps: times.length, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
}

/** (c) 200 taps on a1-01 of a community just added on a new device. */
async function tapToSaved(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('社区名称').fill('测速社区');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await page.locator('[data-item="a1-01"] fieldset').waitFor();
  const times = await page.evaluate(timeTapsInPage, { item: 'a1-01', count: 200 });
  await context.close();
  return tapSummary(times);
}

async function browserImport(browser, url, files) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const started = Date.now();
  await importFiles(page, url, files);
  const elapsed = Date.now() - started;
  const rejected = await page.locator('[data-result="rejected"]').count();
  await context.close();
  return { files: files.length, rejected, browser_ms: elapsed, budget_ms: 3000, within: elapsed <= 3000 && rejected === 0 };
}

/**
 * Runs in the page: writes communities `first` .. `first + count - 1`
 * ("city-000", "社区000", ...) and `perItem` result changes for each of their
 * items into the app's existing database, in one transaction. Opened
 * without a version, so whatever schema the app made is kept; the stores
 * must be there already. Each item's changes form one history: `base` is
 * the item's previous change, `old` its previous result, one second apart;
 * the results cycle so that the last one is "met" whatever `perItem`, so
 * that every device ends with the same results (a tap then re-renders the
 * same things: with every item met, a1-01 flips the community's verdict).
 */
async function writeCommunitiesInPage({ first, count, perItem, items, device }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('danzhou-green-community');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.onversionchange = () => db.close(); // never block the app's upgrade
  for (const store of ['communities', 'changes']) {
    if (!db.objectStoreNames.contains(store)) throw new Error(`the app's database has no "${store}" store`);
  }
  const tx = db.transaction(['communities', 'changes'], 'readwrite');
  const communities = tx.objectStore('communities');
  const changes = tx.objectStore('changes');
  const start = Date.parse('2026-11-01T08:00:00Z');
  const time = (seconds) => new Date(start + seconds * 1000).toISOString().replace('.000Z', 'Z');
  const cycle = ['met', 'partial', 'not_met'];
  const result = (k) => cycle[(k + 3 * perItem - (perItem - 1)) % 3]; // result(perItem - 1) is "met"
  const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Math.random()}`.slice(2) + `${Math.random()}`.slice(2));
  let seq = first * items.length * perItem;
  for (let c = first; c < first + count; c++) {
    const number = String(c).padStart(3, '0');
    const communityId = `city-${number}`;
    communities.put({ id: communityId, name: `社区${number}`, created_at: time(0), updated_at: time(items.length * perItem) });
    const previous = new Map(); // item id -> its last change's id
    for (let k = 0; k < perItem; k++) {
      items.forEach((item, i) => {
        const id = newId();
        changes.put({
          // Round k on day k: each community's results change on 20 days,
          // so its summary's history has 20 days to count.
          id, device_id: device, seq: ++seq, at: time(k * 86_400 + i + 1),
          community_id: communityId, item_id: item, base: previous.get(item) || null,
          kind: { field: 'result', old: k === 0 ? 'unassessed' : result(k - 1), new: result(k) },
          author: '', inspection_id: null, undoes: null,
        });
        previous.set(item, id);
      });
    }
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('seeding transaction aborted'));
  });
  db.close();
}

/**
 * A new phone-sized profile holding `communities` communities with
 * `changesPerItem` result changes on each item. The app is opened once (on
 * a phone-bundle route, which makes its database), then the records are
 * written in the page, 20 communities a transaction, and the flag the
 * loader reads is set so the root would load the phone bundle.
 */
async function seededDevice(browser, url, { communities, changesPerItem }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  context.setDefaultTimeout(CITY_TIMEOUT);
  const page = await context.newPage();
  await page.goto(`${url}#/settings`);
  await page.locator('main h1').waitFor();
  const started = Date.now();
  for (let first = 0; first < communities; first += 20) {
    await page.evaluate(writeCommunitiesInPage, {
      first, count: Math.min(20, communities - first), perItem: changesPerItem, items: ITEM_IDS, device: 'bench-device-7',
    });
  }
  await page.evaluate(() => localStorage.setItem('danzhou-green-community-has-communities', '1'));
  await page.close();
  return { context, communities, changes: communities * ITEM_IDS.length * changesPerItem, seed_ms: Date.now() - started };
}

/**
 * (f) Tap-to-shown at CPU 4x on a1-01 of city-000, on the device holding one
 * community and on the device holding the city. Each checklist is loaded
 * unthrottled (to save time), then the CPU is throttled and the taps are
 * timed in the page as in (c), in `ROUNDS` rounds that take turns between
 * the two devices: a machine that slows down for a while slows both, so
 * the ratio of the two p95s holds on a noisy machine. The checklist holds
 * its own community's records only; the others are read when a page of
 * theirs opens.
 */
async function cityTaps(one, city, url) {
  const pages = [];
  for (const device of [one, city]) {
    const page = await device.context.newPage();
    await loadChecklist(page, url, 'city-000');
    await page.waitForLoadState('networkidle');
    await throttle(page, 4);
    pages.push(page);
  }
  const times = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of [0, 1]) {
      times[side].push(...await pages[side].evaluate(timeTapsInPage, { item: 'a1-01', count: CITY_TAPS / ROUNDS }));
    }
  }
  for (const page of pages) await page.close();
  return times.map(tapSummary);
}

/**
 * (g) Checklist cold start of city-000 at CPU 4x, as (b): the median of 5
 * loads on each device, taking turns between them as (f) does.
 */
async function cityColdStarts(one, city, url) {
  const pages = [];
  for (const device of [one, city]) {
    const page = await device.context.newPage();
    await throttle(page, 4);
    pages.push(page);
  }
  const times = [[], []];
  for (let run = 0; run < 5; run++) {
    for (const side of [0, 1]) times[side].push(await loadChecklist(pages[side], url, 'city-000'));
  }
  for (const page of pages) await page.close();
  return times.map((runs) => ({ runs, median_ms: percentile(runs, 50) }));
}

/** Rows or cards a long list draws before "show more" (`PAGE` in src/views/widgets/show_more.rs). */
const CARDS_PAGE = 20;

/**
 * Runs in the page: whether the office's community table has drawn its
 * first page, `rows` communities in all.
 */
function officeTableDrawn(rows, page) {
  const table = document.querySelector('[data-testid="office-table"]');
  if (!table) return false;
  const drawn = table.querySelectorAll('tbody tr').length;
  const footer = table.closest('section').querySelector('.show-more');
  if (rows <= page) return drawn === rows;
  return drawn === page && footer !== null && footer.textContent.includes(`共 ${rows} 个`);
}

/**
 * (h) The office's overview at CPU 1x: from about:blank until the city
 * totals ("taking part") have text and the progress chart is drawn. The
 * first load after seeding finds no stored summaries (as after an upgrade,
 * or after every community changed on this device) and works each out
 * from its records; the figure is the median of the 3 loads after it,
 * which read the stored summaries. Then the same for the communities page
 * until its table draws its first page of rows, counting every community
 * ("显示 20 个，共 300 个").
 */
async function cityOffice(device, url) {
  const page = await device.context.newPage();
  const overviewShown = `(() => {
    const totals = document.querySelector('[data-testid="taking-part"]');
    return totals && totals.textContent.trim() !== ''
      && document.querySelector('[data-testid="progress-chart"] .line-meeting, [data-testid="progress-chart-none"]') !== null;
  })()`;
  const times = await timeOpens(page, `${url}#/office`, overviewShown);
  const takingPart = await page.getByTestId('taking-part').textContent();
  const tableTimes = await timeOpens(page, `${url}#/office/communities`, `(${officeTableDrawn})(${device.communities}, ${CARDS_PAGE})`);
  await page.close();
  const [first, ...later] = times;
  return {
    first_open_ms: first, runs: later, median_ms: percentile(later, 50), taking_part: takingPart.trim(),
    table_runs: tableTimes, table_median_ms: percentile(tableTimes.slice(1), 50),
  };
}

/**
 * (h') The office's overview at CPU 1× once the roster (k) pasted is in
 * place: from about:blank until the progress chart's line is drawn, counted
 * from 250 matched communities' 20-day histories; the median of the 3
 * opens after the first.
 */
async function cityOfficeChart(device, url) {
  const page = await device.context.newPage();
  const drawn = `document.querySelector('[data-testid="progress-chart"] .line-meeting') !== null`;
  const times = await timeOpens(page, `${url}#/office`, drawn);
  const points = await page.locator('[data-testid="progress-chart"] .line-meeting').getAttribute('points');
  await page.close();
  const [first, ...later] = times;
  return { first_open_ms: first, runs: later, median_ms: percentile(later, 50), points: points.trim().split(/\s+/).length };
}

/** Opens `href` from about:blank 4 times, each until `shown` (a script) is true; the times. */
async function timeOpens(page, href, shown) {
  const times = [];
  for (let run = 0; run < 4; run++) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(href);
    await page.waitForFunction(shown, null, { timeout: CITY_TIMEOUT });
    times.push(Date.now() - started);
  }
  return times;
}

/**
 * (i) The phone's community list at CPU 4x: from about:blank until the
 * cards it draws (the first page of those from files) show their figures;
 * the median of the 3 opens after the first. The first open works out the
 * summaries (h) did not store first.
 */
async function cityHome(device, url) {
  const page = await device.context.newPage();
  await throttle(page, 4);
  const times = [];
  for (let run = 0; run < 4; run++) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${url}#/`);
    // At least a page of cards, every one with its figures (a community
    // (f) tapped was entered here: its card is drawn above the page).
    await page.waitForFunction((page) => {
      const cards = document.querySelectorAll('[data-testid="community-card"]').length;
      return cards >= page && document.querySelectorAll('[data-testid="community-card"] [data-testid="progress"]').length === cards;
    }, Math.min(device.communities, CARDS_PAGE), { timeout: CITY_TIMEOUT });
    times.push(Date.now() - started);
  }
  await page.close();
  const [first, ...later] = times;
  return { first_open_ms: first, runs: later, median_ms: percentile(later, 50) };
}

/**
 * (j) Importing one file at CPU 1x on the office's import page: from
 * picking the file until its line says it is written; the median of 3
 * files (the first three of the 300-file import, communities the device
 * does not hold yet).
 */
async function cityImport(device, url) {
  const page = await device.context.newPage();
  await page.goto(`${url}#/office/import`);
  await page.getByTestId('import-input').waitFor({ state: 'attached', timeout: CITY_TIMEOUT });
  const files = fs.readdirSync(importDir).filter((f) => f.endsWith('.json')).sort().slice(0, 3);
  const times = [];
  for (const file of files) {
    const started = Date.now();
    await page.getByTestId('import-input').setInputFiles([path.join(importDir, file)]);
    await page.waitForFunction((name) => {
      const line = document.querySelector('[data-testid="import-results"] > li');
      return line && line.textContent.includes(name) && line.getAttribute('data-result') === 'imported';
    }, file, { timeout: CITY_TIMEOUT });
    times.push(Date.now() - started);
  }
  await page.close();
  return { runs: times, median_ms: percentile(times, 50) };
}

/** f, g, h, i and j as selected, each on one community (37 changes) and on a city, in this run. */
async function cityScale(browser, url) {
  const out = {};
  const needsOne = selected('f') || selected('g') || selected('j');
  const one = needsOne ? await seededDevice(browser, url, { communities: 1, changesPerItem: 1 }) : null;
  const city = await seededDevice(browser, url, CITY);
  out.city_seeded = { one_community: one && { changes: one.changes, seed_ms: one.seed_ms }, city: { communities: city.communities, changes: city.changes, seed_ms: city.seed_ms } };
  const sizes = { communities: city.communities, changes: city.changes };
  const ratio = (a, b) => Number((a / b).toFixed(2));
  if (selected('f')) {
    const [base, big] = await cityTaps(one, city, url);
    const r = ratio(big.p95_ms, base.p95_ms);
    out.city_tap = { ...sizes, one_community_changes: one.changes, one_community: base, city: big, p95_ratio: r, budget_ratio: 1.5, budget_ms: 60, within: r <= 1.5 && big.p95_ms <= 60 };
  }
  if (selected('g')) {
    const [base, big] = await cityColdStarts(one, city, url);
    const r = ratio(big.median_ms, base.median_ms);
    out.city_cold_start = { ...sizes, one_community: base, city: big, ratio: r, budget_ratio: 1.5, budget_ms: 1500, within: r <= 1.5 && big.median_ms <= 1500 };
  }
  if (selected('h')) {
    const office = await cityOffice(city, url);
    out.city_office = { ...sizes, ...office, budget_ms: 1000, within: office.median_ms <= 1000 };
  }
  if (selected('i')) {
    const home = await cityHome(city, url);
    out.city_home = { ...sizes, ...home, budget_ms: 1500, within: home.median_ms <= 1500 };
  }
  // Before (j), whose imports add communities to the city.
  if (selected('k')) {
    const roster = await cityRosterEdits(city, url);
    out.city_roster_edit = { ...sizes, ...roster, budget_ms: 50, within: roster.p95_ms <= 50 };
    // (h') the overview again, now that the roster (k) pasted counts the
    // city: the progress chart draws every month from every history.
    const chart = await cityOfficeChart(city, url);
    out.city_office_chart = { ...sizes, ...chart, budget_ms: 1000, within: chart.median_ms <= 1000 };
  }
  if (selected('j')) {
    const base = await cityImport(one || await seededDevice(browser, url, { communities: 1, changesPerItem: 1 }), url);
    const big = await cityImport(city, url);
    const r = ratio(big.median_ms, base.median_ms);
    out.city_import = { ...sizes, one_community: base, city: big, ratio: r, budget_ms: 1000, within: big.median_ms <= 1000 };
  }
  if (one) await one.context.close();
  await city.context.close();
  return out;
}

/**
 * (k) An edit of the office's roster at CPU 1x (the office's desktop, as
 * in (h) and (j)), on the device holding the city with a roster of one
 * entry per community (the last 50 under other names, so 50 communities
 * are on no entry, each offered the 50 entries still open): 60 taps on rows' 示范社区 boxes, each from the click until
 * the save status has gone from 正在保存… to saved (the city setup, roster
 * and all, is written to IndexedDB). The first 10 warm up; p95 of the rest.
 */
async function cityRosterEdits(device, url) {
  const page = await device.context.newPage();
  await page.goto(`${url}#/office/roster`);
  await page.locator('#roster-paste').waitFor({ timeout: CITY_TIMEOUT });
  const names = [];
  for (let n = 0; n < device.communities; n++) {
    const name = `社区${String(n).padStart(3, '0')}`;
    names.push(n < device.communities - 50 ? name : `${name}（旧名）`);
  }
  await page.locator('#roster-paste').fill(names.join('\n'));
  await page.getByRole('button', { name: '加入名单' }).first().click();
  await page.getByTestId('roster-outcome').filter({ hasText: `已加入 ${names.length} 个社区` }).waitFor({ timeout: CITY_TIMEOUT });
  await page.getByTestId('unmatched').locator('> li').nth(CARDS_PAGE - 1).waitFor({ timeout: CITY_TIMEOUT });
  const times = await page.evaluate(timeRosterTapsInPage, { count: 60 });
  await page.close();
  return tapSummary(times.slice(10));
}

/** Runs in the page: see `cityRosterEdits`. */
async function timeRosterTapsInPage({ count }) {
  const SAVING = '正在保存…';
  const status = document.querySelector('[data-testid="save-status"]');
  const rows = document.querySelectorAll('[data-testid="roster-table"] tbody tr');
  const times = [];
  for (let i = 0; i < count; i++) {
    const box = rows[i % 10].querySelectorAll('input[type="checkbox"]')[1];
    const saved = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`roster tap ${i} not saved after 120 s`)), 120_000);
      const observer = new MutationObserver((records) => {
        const leftSaving = records.some((r) => (r.oldValue || '').includes(SAVING));
        if (leftSaving && !status.textContent.includes(SAVING)) {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      observer.observe(status, { subtree: true, characterData: true, characterDataOldValue: true, childList: true });
    });
    const started = performance.now();
    box.click();
    await saved;
    times.push(performance.now() - started);
  }
  return times;
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

/** Prints the measured rows of `results` as a Markdown table. */
function printTable(results) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${n.toFixed(1)} ms`;
  const holds = (within, word = 'OVER') => (within ? 'ok' : word);
  const count = (n) => n.toLocaleString('en-US');
  const rows = [];
  const { first_load: first, other_bundles: other, cold_start: cold, tap_to_saved: taps, import_300: imported, lighthouse: lh } = results;
  if (first) {
    const { app, floor, gzip_ratio: ratio } = first;
    rows.push(
      ['(a) first load, raw', kb(app.raw), `floor ${kb(floor.raw)}`, ''],
      ['(a) first load, gzip', kb(app.gzip), `floor ${kb(floor.gzip)} (${ratio.toFixed(2)}×); gzip -9 ${kb(app.gzip9)} / ${kb(floor.gzip9)}`, `≤ 5× floor: ${holds(first.within)}`],
      ['(a) first load, brotli', kb(app.brotli), `floor ${kb(floor.brotli)}`, ''],
      ["(a') phone bundle first load (a deep link on a fresh device), gzip", kb(other.phone.gzip), `${other.phone.files.length} files; gzip -9 ${kb(other.phone.gzip9)}`, `ceiling 572 KB: ${holds(other.phone.gzip <= 572 * 1024)}`],
      ["(a') a new phone's service worker precache (images raw, the rest gzip)", kb(other.precache.gzip), `${other.precache.files.length} files; gzip -9 ${kb(other.precache.gzip9)}`, `ceiling 575 KB: ${holds(other.precache.gzip <= 575 * 1024)}`],
      ['(a) office route first load, gzip', kb(other.office.gzip), `${other.office.files.length} files`, `ceiling 657 KB: ${holds(other.office.gzip <= 657 * 1024)}`],
      ['(a) kiosk route first load, gzip', kb(other.kiosk.gzip), `${other.kiosk.files.length} files`, `ceiling 368 KB: ${holds(other.kiosk.gzip <= 368 * 1024)}`],
    );
  }
  if (cold) rows.push(['(b) cold start, CPU 4×, 20 communities', `${cold.median_ms} ms (median of 5)`, '', `≤ 1500 ms: ${holds(cold.within)}`]);
  if (taps) rows.push([`(c) tap to saved, ${taps.taps} taps`, `p95 ${ms(taps.p95_ms)}`, `p50 ${ms(taps.p50_ms)}`, `≤ 50 ms: ${holds(taps.within)}`]);
  if (imported) {
    rows.push(
      ['(d) import + merge 300 files, browser', `${imported.browser_ms} ms`, `${imported.rejected} rejected`, `≤ 3000 ms: ${holds(imported.within)}`],
      ['(d) import + merge 300 files, native', `${imported.native_ms} ms`, `${imported.changes} changes, ${kb(imported.bytes)}`, ''],
    );
  }
  if (lh) {
    rows.push(['(e) Lighthouse 12 mobile, performance (median of 3)', lh.performance !== undefined ? `${lh.performance} (runs: ${lh.runs.join(', ')})` : 'error',
      lh.fcp_ms ? `FCP ${lh.fcp_ms} ms, LCP ${lh.lcp_ms} ms, TTI ${lh.tti_ms} ms` : (lh.error || ''), `≥ 95: ${holds(lh.within, 'UNDER')}`]);
  }
  const { city_tap: cityTap, city_cold_start: cityCold, city_office: office, city_home: home, city_import: cityImported, city_roster_edit: rosterEdit, city_office_chart: officeChart } = results;
  if (cityTap) {
    const { one_community: one, city } = cityTap;
    rows.push(
      [`(f) tap to shown, CPU 4×, 1 community (${count(cityTap.one_community_changes)} changes), ${one.taps} taps`, `p95 ${ms(one.p95_ms)}`, `p50 ${ms(one.p50_ms)}`, ''],
      [`(f) tap to shown, CPU 4×, ${cityTap.communities} communities (${count(cityTap.changes)} changes), ${city.taps} taps`, `p95 ${ms(city.p95_ms)}`, `p50 ${ms(city.p50_ms)}; ${cityTap.p95_ratio}× the p95 of 1 community`, `≤ 1.5× and ≤ 60 ms: ${holds(cityTap.within)}`],
    );
  }
  if (cityCold) {
    const { one_community: one, city } = cityCold;
    rows.push(
      ['(g) checklist cold start, CPU 4×, 1 community', `${one.median_ms} ms (median of 5)`, `runs ${one.runs.join(', ')}`, ''],
      [`(g) checklist cold start, CPU 4×, ${cityCold.communities} communities (${count(cityCold.changes)} changes)`, `${city.median_ms} ms (median of 5)`, `runs ${city.runs.join(', ')}; ${cityCold.ratio}× 1 community`, `≤ 1.5× and ≤ 1500 ms: ${holds(cityCold.within)}`],
    );
  }
  if (office) {
    rows.push([`(h) office overview to city totals and progress chart, CPU 1×, ${office.communities} communities (${count(office.changes)} changes)`, `${office.median_ms} ms (median of 3)`, `runs ${office.runs.join(', ')}; the first open, with no summaries stored yet, ${office.first_open_ms} ms; taking part ${office.taking_part}; the communities page to its first 20 rows ${office.table_median_ms} ms (median of 3)`, `≤ 1000 ms: ${holds(office.within)}`]);
  }
  if (home) {
    const first = office ? `the first open ${home.first_open_ms} ms (the summaries stored by (h))` : `the first open, with no summaries stored yet, ${home.first_open_ms} ms`;
    rows.push([`(i) the phone's community list to the figures of the ${Math.min(home.communities, CARDS_PAGE)} cards it draws first, CPU 4×, ${home.communities} communities held (${count(home.changes)} changes)`, `${home.median_ms} ms (median of 3)`, `runs ${home.runs.join(', ')}; ${first}`, `≤ 1500 ms: ${holds(home.within)}`]);
  }
  if (cityImported) {
    const { one_community: base, city } = cityImported;
    rows.push(
      ['(j) importing one file, CPU 1×, 1 community held', `${base.median_ms} ms (median of 3)`, `runs ${base.runs.join(', ')}`, ''],
      [`(j) importing one file, CPU 1×, ${cityImported.communities} communities held (${count(cityImported.changes)} changes)`, `${city.median_ms} ms (median of 3)`, `runs ${city.runs.join(', ')}; ${cityImported.ratio}× 1 community`, `≤ 1000 ms: ${holds(cityImported.within)}`],
    );
  }
  if (rosterEdit) {
    if (officeChart) rows.push([`(h') office overview to its progress chart with the roster (k) pasted, CPU 1×, ${officeChart.communities} communities`, `${officeChart.median_ms} ms (median of 3)`, `runs ${officeChart.runs.join(', ')}; the first open ${officeChart.first_open_ms} ms; ${officeChart.points} points a line`, `≤ 1000 ms: ${holds(officeChart.within)}`]);
    rows.push([`(k) an office roster edit to saved, CPU 1×, ${rosterEdit.communities} communities and a ${rosterEdit.communities}-entry roster, ${rosterEdit.taps} taps`, `p95 ${ms(rosterEdit.p95_ms)}`, `p50 ${ms(rosterEdit.p50_ms)}`, `≤ 50 ms: ${holds(rosterEdit.within)}`]);
  }
  console.log('| measure | value | detail | budget |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

(async () => {
  const needsImport = selected('b') || selected('d');
  const files = needsImport ? fs.readdirSync(importDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(importDir, f)) : [];
  const server = await serve(dist, 4301);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let app, floor, phoneLoad, officeLoad, kioskLoad, cold, taps, imported, city = {};
  try {
    if (selected('a')) {
      // The app's first screen is the welcome page with its form; the floor's is its button.
      app = await transfer(dist, await firstLoadFiles(browser, server.url, 'main form'));
      const floorServer = await serve(helloDist, 4302);
      floor = await transfer(helloDist, await firstLoadFiles(browser, floorServer.url, 'button'));
      floorServer.stop();
      // For the record: what a device with communities loads (the phone
      // bundle, here for the settings page), and the office's and the kiosk's.
      phoneLoad = await transfer(dist, await firstLoadFiles(browser, `${server.url}#/settings`, 'main h1'));
      officeLoad = await transfer(dist, await firstLoadFiles(browser, `${server.url}#/office`, 'main h1'));
      kioskLoad = await transfer(dist, await firstLoadFiles(browser, `${server.url}#/kiosk/none`, 'main'));
    }
    if (selected('b')) cold = await coldStart(browser, server.url, files);
    if (selected('c')) taps = await tapToSaved(browser, server.url);
    if (selected('d')) imported = await browserImport(browser, server.url, files);
    if (['f', 'g', 'h', 'i', 'j', 'k'].some(selected)) city = await cityScale(browser, server.url);
  } finally {
    await browser.close();
  }
  let lh;
  if (selected('e')) {
    // Lighthouse varies from run to run: the median of three.
    const runs = [lighthouse(server.url), lighthouse(server.url), lighthouse(server.url)];
    const scored = runs.filter((r) => r.performance !== undefined).sort((a, b) => a.performance - b.performance);
    lh = scored.length ? { ...scored[Math.floor(scored.length / 2)], runs: scored.map((r) => r.performance) } : runs[0];
  }
  server.stop();
  const native = selected('d') ? JSON.parse(fs.readFileSync(nativeJson, 'utf8')) : null;
  const ratio = app && app.gzip / floor.gzip;
  const results = { measured_at: new Date().toISOString(), measures: ONLY.join(',') };
  if (app) {
    results.first_load = { app, floor, gzip_ratio: Number(ratio.toFixed(2)), budget_ratio: 5, within: ratio <= 5 };
    results.other_bundles = { phone: phoneLoad, office: officeLoad, kiosk: kioskLoad, precache: await precacheTransfer(dist) };
  }
  if (cold) results.cold_start = { ...cold, budget_ms: 1500, within: cold.median_ms <= 1500 };
  if (taps) results.tap_to_saved = { ...taps, budget_ms: 50, within: taps.p95_ms <= 50 };
  if (imported) results.import_300 = { ...imported, native_ms: native.native_ms, changes: native.changes, bytes: native.bytes };
  if (lh) results.lighthouse = { ...lh, budget: 95, within: (lh.performance || 0) >= 95 };
  Object.assign(results, city);
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
  printTable(results);
  console.log(`\nwritten to ${outFile}`);
})();
