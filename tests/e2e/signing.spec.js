// Files that prove who wrote them, as their users go through it: the
// office makes its key and reads its fingerprint; a phone takes the
// office's scoring file and pins the key once the committee confirms the
// fingerprint; a scoring file edited by hand (its checksum-free content
// changed), an unsigned one, one signed by another key or with a key that
// is not well formed is refused and changes nothing; the office moves to a
// new key signed by the old and the phone follows without asking. Each
// device signs its own exports, and the office is told when a community's
// file comes from a device it has not seen for that community.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const {
  openApp,
  addCommunity,
  rate,
  communityIdFromUrl,
  exportCommunity,
  downloadFrom,
  importAtOffice,
  createOfficeKey,
  takeOfficeFile,
  officeScoringFile,
  resealedText,
} = require('./helpers');

async function desktopPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
  return context.newPage();
}

async function expectNoAxeViolations(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A copy of `file` with `edit` applied to its JSON, as a text editor would leave it. */
function edited(file, edit) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(document);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-')), path.basename(file).replace('.json', '-edited.json'));
  fs.writeFileSync(out, JSON.stringify(document, null, 2));
  return out;
}

const SHOTS = process.env.SHOTS;
async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function takeScoring(phone, file) {
  await phone.getByTestId('scoring-file').setInputFiles(file);
  return phone.getByTestId('scoring-file-outcome');
}

test('a phone pins the office key after confirming its fingerprint, refuses edited or foreign scoring files, and follows a new key the old one signed', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const office = await desktopPage(browser);
  await openApp(office, '#/office/keys');
  await expect(office.getByTestId('office-key')).toContainText('本机还没有市办公室签名密钥');
  await expectNoAxeViolations(office);
  // Without a key the office cannot send its rules.
  await office.goto('./#/office/scoring');
  await office.getByLabel('达标线（得分率，%）').fill('75');
  await office.getByLabel('达标线（得分率，%）').blur();
  await office.getByTestId('scoring').getByRole('button', { name: '保存为第 1 版评分规则' }).click();
  await office.getByTestId('export-scoring').click();
  await expect(office.getByTestId('scoring')).toContainText('本机没有市办公室签名密钥');
  const fingerprint = await createOfficeKey(office);
  // Beside the office's telephone from the plan, to be read out.
  await expect(office.getByTestId('office-key')).toContainText('0898-23887585');
  await shot(office, 'office-keys-1280');
  await expectNoAxeViolations(office);
  await office.goto('./#/office/scoring');
  const rules = await downloadFrom(office, () => office.getByTestId('export-scoring').click());
  const file = JSON.parse(fs.readFileSync(rules, 'utf8'));
  expect(file.signature.algorithm).toBe('ECDSA-P256-SHA256');

  const phone = page;
  await openApp(phone);
  await addCommunity(phone, '东风社区');
  await phone.goto('./#/settings');
  await expect(phone.getByTestId('pinned-key')).toContainText('还没有确认');
  // Asked first; cancelled, nothing is taken and nothing is pinned.
  await phone.getByTestId('scoring-file').setInputFiles(rules);
  const question = phone.getByRole('alertdialog');
  await expect(question).toContainText(fingerprint);
  await expect(question).toContainText('0898-23887585');
  await shot(phone, 'phone-confirm-key');
  await expectNoAxeViolations(phone);
  await question.getByRole('button', { name: '取消' }).click();
  await expect(phone.getByTestId('scoring-defaults')).toContainText(/达标线\s*70%/);
  await expect(phone.getByTestId('pinned-key')).toContainText('还没有确认');
  // Confirmed: taken, and the key pinned.
  await expect(await takeOfficeFile(phone, 'scoring-file', rules, fingerprint)).toContainText('已采用市办公室评分规则第 1 版');
  await expect(phone.getByTestId('pinned-key')).toContainText(fingerprint);
  await expect(phone.getByTestId('scoring-defaults')).toContainText(/达标线\s*75%/);

  // Edited by hand: pass line 50%, version 2. Refused, nothing changes.
  const lowered = edited(rules, (doc) => {
    doc.rules.pass_share = 0.5;
    doc.rules.version = 2;
  });
  let outcome = await takeScoring(phone, lowered);
  await expect(outcome).toContainText(`「${path.basename(lowered)}」没有采用`);
  await expect(outcome).toContainText('签名与文件内容不符');
  // Without its signature: refused.
  const stripped = edited(lowered, (doc) => { delete doc.signature; });
  outcome = await takeScoring(phone, stripped);
  await expect(outcome).toContainText('没有市办公室的签名');
  // A key that is not well formed: refused.
  const badKey = edited(rules, (doc) => { doc.signature.public_key = 'AAAA'; });
  outcome = await takeScoring(phone, badKey);
  await expect(outcome).toContainText('签名里的密钥格式不对');
  // Another signature put on the edited content: the signature is over other content.
  const transplanted = edited(lowered, (doc) => { doc.signature = file.signature; });
  outcome = await takeScoring(phone, transplanted);
  await expect(outcome).toContainText('签名与文件内容不符');
  // Someone else's "office" with its own key, whose file is otherwise genuine.
  const impostor = await desktopPage(browser);
  await openApp(impostor, '#/office');
  const foreign = await officeScoringFile(impostor, 50);
  outcome = await takeScoring(phone, foreign);
  await expect(outcome).toContainText('不是本机确认过的市办公室密钥');
  await phone.reload();
  await expect(phone.getByTestId('scoring-defaults')).toContainText(/达标线\s*75%/);
  await expect(phone.getByTestId('scoring-defaults')).toContainText('第 1 版');

  // The office moves to a new key, signed by the old one.
  await office.goto('./#/office/keys');
  await office.getByRole('button', { name: '更换为新密钥' }).click();
  await expect(office.getByTestId('office-key-outcome')).toContainText('已更换为新密钥');
  const newFingerprint = await office.getByTestId('office-fingerprint').textContent();
  expect(newFingerprint).not.toBe(fingerprint);
  const rotated = await officeScoringFile(office, 80);
  expect(JSON.parse(fs.readFileSync(rotated, 'utf8')).key_rotations).toHaveLength(1);
  // The phone follows without asking.
  outcome = await takeScoring(phone, rotated);
  await expect(outcome).toContainText('已采用市办公室评分规则第 2 版');
  await expect(phone.getByRole('alertdialog')).toHaveCount(0);
  await expect(phone.getByTestId('pinned-key')).toContainText(newFingerprint);
  // Signed here, outside the app, over the canonical content: a key of its
  // own is another key (so the signature verified)…
  const pinned = JSON.parse(fs.readFileSync(rotated, 'utf8')).signature.public_key;
  const outsider = signedOutside(rotated, (doc) => { doc.rules.version = 3; doc.rules.pass_share = 0.6; });
  outcome = await takeScoring(phone, outsider.file);
  await expect(outcome).toContainText('不是本机确认过的市办公室密钥');
  // …and a rotation to it from the pinned key that the pinned key did not sign leads nowhere.
  const forgedRotation = signedOutside(rotated, (doc, key) => {
    doc.rules.version = 3;
    doc.key_rotations.push({ from_key: pinned, to_key: key, on: '2026-12-07', signature: Buffer.alloc(64, 7).toString('base64') });
  });
  outcome = await takeScoring(phone, forgedRotation.file);
  await expect(outcome).toContainText('没有旧密钥的有效签名');
  await expect(phone.getByTestId('pinned-key')).toContainText(newFingerprint);
  await expect(phone.getByTestId('scoring-defaults')).toContainText('第 2 版');
});

/** JSON with every object's members sorted by name, compact: the bytes the app signs. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A copy of `file` edited and signed with a new P-256 key made here (Node's crypto). */
function signedOutside(file, edit) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const jwk = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  const key = point.toString('base64');
  return {
    key,
    file: edited(file, (doc) => {
      edit(doc, key);
      delete doc.signature;
      const value = crypto.sign('sha256', Buffer.from(canonical(doc), 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      doc.signature = { algorithm: 'ECDSA-P256-SHA256', public_key: key, value: value.toString('base64') };
    }),
  };
}

test('each device signs its exports; the office lists which devices each community\'s files came from and warns of a new one; older unsigned files import as unsigned', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await rate(page, 'a1-01', '达标', 'met');
  const first = await exportCommunity(page, id);
  const document = JSON.parse(fs.readFileSync(first, 'utf8'));
  expect(document.signature.public_key).toMatch(/^B[A-Za-z0-9+/]{85}[AEIMQUYcgkosw048]=$/);

  const office = await desktopPage(browser);
  await openApp(office, '#/office');
  let results = await importAtOffice(office, [first]);
  await expect(results).toContainText('设备签名，指纹');
  await expect(results).not.toContainText('以前没见过的设备');

  // The same phone again: a known device.
  await rate(page, 'a1-02', '达标', 'met');
  const second = await exportCommunity(page, id);
  results = await importAtOffice(office, [second]);
  await expect(results).not.toContainText('以前没见过的设备');

  // A new phone takes the community over (from the first phone's file).
  const phone2 = await (await browser.newContext()).newPage();
  await openApp(phone2);
  await expect(await importAtOffice(phone2, [second])).toContainText('已导入');
  await phone2.goto(`./#/c/${id}`);
  await rate(phone2, 'a1-03', '达标', 'met');
  const fromNewPhone = await exportCommunity(phone2, id);
  results = await importAtOffice(office, [fromNewPhone]);
  await expect(results).toContainText('注意：东风社区 的文件来自一台以前没见过的设备');
  await expect(results).toContainText('已导入');

  // A file of an older version, without a signature, still imports.
  const old = edited(first, (doc) => { delete doc.signature; });
  const legacy = await (await browser.newContext()).newPage();
  await openApp(legacy, '#/office');
  results = await importAtOffice(legacy, [old]);
  await expect(results).toContainText('未签名');
  await expect(results).toContainText('已导入');

  await office.goto('./#/office/keys');
  const table = office.getByTestId('seen-devices');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('东风社区');
  await shot(office, 'office-seen-devices-1280');
  await expectNoAxeViolations(office);
});

test('the roster, definitions and scoring travel only in a file the office signed: confirmed once on the import page, refused when edited, left out of a device\'s file', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await addCommunity(page, '东风社区');
  const own = await exportCommunity(page, communityIdFromUrl(page));
  const office = await desktopPage(browser);
  await openApp(office, '#/office');
  const fingerprint = await createOfficeKey(office);
  await officeScoringFile(office, 80);
  await importAtOffice(office, [own]);
  await office.goto('./#/office/exports');
  const merged = await downloadFrom(office, () => office.getByRole('button', { name: '导出汇总文件（不含照片）' }).click());
  expect(JSON.parse(fs.readFileSync(merged, 'utf8')).city.scoring.pass_share).toBe(0.8);

  // Edited by hand: the pass line lowered to 50%. A phone that trusts no
  // key yet is asked about the signer; here the signature does not even verify.
  const lowered = resealedText(merged, (text) => text.replace('"pass_share": 0.8', '"pass_share": 0.5'));
  expect(fs.readFileSync(lowered, 'utf8')).toContain('"pass_share": 0.5');
  let results = await importAtOffice(page, [lowered]);
  await expect(results).toContainText('签名与文件内容不符');

  // The genuine file: the phone asks for the fingerprint first, then takes it.
  await page.getByTestId('import-input').setInputFiles(merged);
  await expect(page.getByTestId('import-results')).toContainText('核对指纹并确认后才能导入');
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(fingerprint);
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: '指纹一致，确认' }).click();
  await expect(page.getByTestId('import-results')).toContainText('已导入');
  await page.goto('./#/settings');
  await expect(page.getByTestId('pinned-key')).toContainText(fingerprint);
  await expect(page.getByTestId('scoring-defaults')).toContainText(/达标线\s*80%/);

  // The phone's own export of everything carries that city setup; another
  // device imports its records but not the city, which the office did not sign there.
  await page.goto('./#/office/exports');
  const relayed = await downloadFrom(page, () => page.getByRole('button', { name: '导出汇总文件（不含照片）' }).click());
  const other = await desktopPage(browser);
  await openApp(other, '#/office');
  await other.goto('./#/office/keys');
  await expect(other.getByRole('button', { name: '创建签名密钥' })).toBeVisible();
  await createOfficeKey(other);
  results = await importAtOffice(other, [relayed]);
  await expect(results).toContainText('这部分没有采用');
  await expect(results).toContainText('已导入');
  await other.goto('./#/office/scoring');
  await expect(other.getByTestId('scoring').getByRole('heading')).toHaveText('评分办法（默认评分）');
});

test('the devices table on the key page draws a page of communities at a time, those whose files came from several devices first', async ({ browser }) => {
  const office = await desktopPage(browser);
  await openApp(office, '#/office/keys');
  // An office that has taken signed files of 300 communities.
  await office.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('danzhou-green-community');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const key = (n) => btoa(String.fromCharCode(4, ...Array.from({ length: 64 }, (_, i) => (n * 7 + i) % 256)));
    const seen = (n, user) => ({ public_key: key(n), user, first_seen: '2026-12-01', last_seen: '2026-12-05', files: 1 });
    const byCommunity = {};
    for (let k = 0; k < 300; k++) byCommunity[`c-${String(k).padStart(3, '0')}`] = [seen(k, '')];
    byCommunity['c-150'].push(seen(999, '李明'));
    const tx = db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ trusted_office_key: null, rotations: [], seen_devices: { by_community: byCommunity } }, 'key_book');
    await new Promise((resolve) => { tx.oncomplete = resolve; });
  });
  await office.reload();
  const table = office.getByTestId('seen-devices');
  const rows = table.locator('tbody tr');
  // 20 communities: c-150 (two devices) first, then by name.
  await expect(rows).toHaveCount(21);
  await expect(rows.nth(0)).toContainText('c-150');
  await expect(rows.nth(1)).toContainText('李明');
  await expect(rows.nth(2)).toContainText('c-000');
  await expect(rows.nth(0)).toContainText('未填写使用者');
  await expect(table).toContainText('显示 20 个，共 300 个');
  await table.getByRole('button', { name: '再显示 20 个' }).click();
  await expect(rows).toHaveCount(41);
});
