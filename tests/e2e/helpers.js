// Shared steps of the end-to-end tests, written as a user would do them.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { expect } = require('@playwright/test');

/** Opens the app and waits until it has loaded its data. */
async function openApp(page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(page.locator('main')).toBeVisible();
}

/** Adds a community from the home page; ends on its checklist. */
async function addCommunity(page, name) {
  await page.getByLabel('社区名称').first().fill(name);
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The radio option for a result inside an item's row or page. */
function ratingOption(page, itemId, label) {
  return page
    .locator(`[data-item="${itemId}"] fieldset.rating-picker`)
    .getByRole('radio', { name: label, exact: true });
}

/** Taps a result and waits until it is stored (the picker reflects the stored value). */
async function rate(page, itemId, label, value) {
  await ratingOption(page, itemId, label).check();
  await expect(page.locator(`[data-item="${itemId}"] fieldset.rating-picker`)).toHaveAttribute(
    'data-rating',
    value,
  );
  await expect(page.getByTestId('save-status')).toContainText('已保存');
}

/** The community id from the current URL (#/c/<id>/…). */
function communityIdFromUrl(page) {
  const match = /#\/c\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`not on a community page: ${page.url()}`);
  return match[1];
}

/** In the office: opens one of its pages from its menu, as a worker does. */
async function officeGo(page, name) {
  await page.getByRole('navigation', { name: '市办公室' }).getByRole('link', { name, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(name === '概览' ? '全市汇总' : name);
}

/** On the office's roster page: pastes community names into the roster and adds them. */
async function pasteRoster(page, names) {
  await page.getByLabel('粘贴社区名称（每行一个）').fill(names.join('\n'));
  await page.getByRole('button', { name: '加入名单' }).first().click();
  await expect(page.getByTestId('roster-outcome')).toContainText(`已加入 ${names.length} 个社区`);
  await expect(page.getByTestId('save-status')).toContainText('已保存');
}

/** `n` community names: the given ones, then 社区1, 社区2, … */
function rosterNames(n, given = []) {
  const names = [...given];
  for (let i = 1; names.length < n; i++) names.push(`社区${i}`);
  return names;
}

/** Clicks `trigger` and returns the path of the file it downloads, under its own name. */
async function downloadFrom(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Exports a community from its checklist (without photos unless asked). */
async function exportCommunity(page, id, withPhotos = false) {
  await page.goto(`./#/c/${id}`);
  await page.getByLabel(withPhotos ? '含照片（文件较大）' : '不含照片（文件小，便于微信发送）').check();
  return downloadFrom(page, () => page.getByRole('button', { name: '下载导出文件' }).click());
}

/** On the office's import page: imports `files` and waits until every line is written. */
async function importAtOffice(page, files) {
  await page.goto('./#/office/import');
  await page.getByTestId('import-input').setInputFiles(files);
  const results = page.getByTestId('import-results');
  await expect(results.locator('> li')).toHaveCount(files.length);
  // A line says "imported" once its batch is written; wait for the writes.
  await expect(results.locator('[data-result="saving"]')).toHaveCount(0);
  await expect(page.getByText('正在导入')).toHaveCount(0);
  return results;
}

/** At the office: creates the office's signing key on its key page and returns its fingerprint. */
async function createOfficeKey(page) {
  await page.goto('./#/office/keys');
  await page.getByRole('button', { name: '创建签名密钥' }).click();
  const fingerprint = page.getByTestId('office-fingerprint');
  await expect(fingerprint).toHaveText(/^\d{4}( \d{4}){4}$/);
  return fingerprint.textContent();
}

/**
 * On a phone: takes an office file through the input `testId`; the first
 * one asks to confirm the office key's fingerprint, which is confirmed
 * (checked against `fingerprint` when given).
 */
async function takeOfficeFile(page, testId, file, fingerprint) {
  await page.getByTestId(testId).setInputFiles(file);
  const question = page.getByRole('alertdialog');
  const outcome = page.getByTestId(`${testId}-outcome`);
  await expect(question.or(outcome)).toBeVisible();
  if (await question.isVisible()) {
    if (fingerprint) await expect(question).toContainText(fingerprint);
    await question.getByRole('button', { name: '指纹一致，确认' }).click();
  }
  return outcome;
}

/**
 * At the office (a desktop page): makes the office key if there is none,
 * saves scoring rules with pass line `passLine`% as the next version, and
 * returns the path of the signed scoring file it exports.
 */
async function officeScoringFile(page, passLine) {
  await page.goto('./#/office/keys');
  const create = page.getByRole('button', { name: '创建签名密钥' });
  await expect(page.getByTestId('office-fingerprint').or(create)).toBeVisible();
  if (await create.isVisible()) await createOfficeKey(page);
  await page.goto('./#/office/scoring');
  const scoring = page.getByTestId('scoring');
  await page.getByLabel('达标线（得分率，%）').fill(String(passLine));
  await page.getByLabel('达标线（得分率，%）').blur();
  await scoring.getByRole('button', { name: /保存为第 \d+ 版评分规则/ }).click();
  await expect(scoring.getByRole('heading')).toContainText('市办公室评分规则第');
  return downloadFrom(page, () => page.getByTestId('export-scoring').click());
}

function sha256(text) {
  return require('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A copy of an export with `edit` applied and its checksum computed again, as a hand editor would. */
function resealed(file, edit) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(document);
  // The checksum covers neither itself nor the signature after it.
  const { checksum: _old, signature, key_rotations: rotations, ...body } = document;
  const checksum = { algorithm: 'sha256', value: sha256(JSON.stringify(body)) };
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-')), path.basename(file).replace('.json', '-edited.json'));
  const signed = { ...(rotations ? { key_rotations: rotations } : {}), ...(signature ? { signature } : {}) };
  fs.writeFileSync(out, JSON.stringify({ ...body, checksum, ...signed }));
  return out;
}

/** `text` without the whitespace outside its strings: serde_json's compact form of a file it indented. */
function compactJson(text) {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (!/\s/.test(ch)) {
      out += ch;
    }
  }
  return out;
}

/**
 * A copy of an export with its text edited by `edit` and its checksum
 * computed again as the app does (the compact text up to its checksum),
 * which keeps numbers as written (1.0 stays 1.0): as a careful hand editor would.
 */
function resealedText(file, edit) {
  const text = edit(fs.readFileSync(file, 'utf8'));
  const compact = compactJson(text);
  const body = `${compact.slice(0, compact.lastIndexOf(',"checksum":'))}}`;
  const value = sha256(body);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-')), path.basename(file).replace('.json', '-edited.json'));
  fs.writeFileSync(out, text.replace(/("checksum":\s*\{\s*"algorithm":\s*"sha256",\s*"value":\s*")[0-9a-f]+"/, `$1${value}"`));
  return out;
}

module.exports = {
  resealed,
  resealedText,
  officeScoringFile,
  createOfficeKey,
  takeOfficeFile,
  openApp,
  addCommunity,
  ratingOption,
  rate,
  communityIdFromUrl,
  officeGo,
  pasteRoster,
  rosterNames,
  downloadFrom,
  exportCommunity,
  importAtOffice,
};
