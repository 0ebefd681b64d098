// What a first visit downloads, shared by the bench (scripts/bench/measure.js)
// and the size ceilings test (tests/e2e/sizes.spec.js).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/**
 * Everything the first visit downloads, as the browser asks for it: a fresh
 * profile opens `url` at phone size and waits until `shown` is on screen.
 * Everything but images, fonts and the manifest counts (the page, scripts,
 * styles, the wasm, a plan if one is fetched); the service worker is
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

/** The files a new phone's service worker precaches, read from the built worker. */
function precacheFiles(folder) {
  const source = fs.readFileSync(path.join(folder, 'service-worker.js'), 'utf8');
  const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(source)[1]);
  return list.map((entry) => (entry === './' ? 'index.html' : entry.replace(/^\.\//, '')));
}

/** Whether a file is an image, which is sent as it is (already compressed). */
function isImage(file) {
  return /\.(png|jpe?g|webp|ico)$/.test(file);
}

module.exports = { firstLoadFiles, precacheFiles, isImage };
