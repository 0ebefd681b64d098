// Exchange: two phones edit one community, export; the office imports the
// files in either order, sees the same result and the conflict, resolves
// it and exports CSV; bad files are rejected with a message and change
// nothing.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const {
  openApp,
  addCommunity,
  rate,
  communityIdFromUrl,
  pasteRoster,
  rosterNames,
  downloadFrom,
  exportCommunity,
  importAtOffice,
} = require('./helpers');


/** The office's table of communities, opened from its page, as rows of cell texts. */
async function officeTable(page) {
  await page.goto('./#/office/communities');
  await expect(page.getByTestId('table-count')).toContainText('符合条件');
  return page.getByTestId('office-table').locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim()).filter((_, i) => i !== 5)),
  );
}

test('two phones, one office: merge in either order, conflict resolved, CSV', async ({ browser }) => {
  const phoneA = await (await browser.newContext()).newPage();
  const phoneB = await (await browser.newContext()).newPage();

  await openApp(phoneA);
  await addCommunity(phoneA, '东风社区');
  const id = communityIdFromUrl(phoneA);
  await rate(phoneA, 'a1-01', '达标', 'met');
  const first = await exportCommunity(phoneA, id);
  expect(path.basename(first)).toMatch(/^东风社区-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync(first, 'utf8'));
  expect(exported.format).toBe('danzhou-green-community-export');
  expect(exported.checksum.algorithm).toBe('sha256');
  await expect(phoneA.getByTestId('last-export')).toContainText('0 天前');

  // Phone B takes A's file, then both edit the same item without seeing each other.
  await openApp(phoneB);
  const results = await importAtOffice(phoneB, [first]);
  await expect(results).toContainText('已导入');
  await phoneB.goto(`./#/c/${id}`);
  await rate(phoneB, 'a2-05', '未达标', 'not_met');
  await rate(phoneA, 'a2-05', '达标', 'met');
  await rate(phoneA, 'a3-01', '部分达标', 'partial');
  const fromA = await exportCommunity(phoneA, id);
  const fromB = await exportCommunity(phoneB, id);

  const officeOne = await (await browser.newContext()).newPage();
  const officeTwo = await (await browser.newContext()).newPage();
  await openApp(officeOne);
  await openApp(officeTwo);
  await importAtOffice(officeOne, [fromA, fromB]);
  await importAtOffice(officeTwo, [fromB, fromA]);
  const tableOne = await officeTable(officeOne);
  expect(tableOne).toHaveLength(1);
  expect(tableOne[0][0]).toBe('东风社区');
  expect(tableOne[0][5]).toBe('1');
  expect(await officeTable(officeTwo)).toEqual(tableOne);

  // Drill down: read only, with results, notes and history.
  await officeOne.getByTestId('office-table').getByRole('link', { name: '东风社区' }).click();
  const view = officeOne.getByTestId('office-community');
  await expect(view.locator('[data-item="a3-01"]')).toContainText('部分达标');
  await expect(view.locator('input, textarea, select')).toHaveCount(0);
  await view.locator('[data-item="a1-01"] summary').click();
  await expect(view.locator('[data-item="a1-01"] .timeline li')).toHaveCount(1);

  // Importing the same file again changes nothing.
  const again = await importAtOffice(officeOne, [fromA]);
  await expect(again).toContainText('已是最新');

  // The conflict, both values side by side; a person resolves it.
  await officeOne.goto(`./#/c/${id}/i/a2-05`);
  const conflict = officeOne.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.locator('.conflict-head')).toHaveCount(2);
  await expect(conflict).toContainText('→ 达标');
  await expect(conflict).toContainText('→ 未达标');
  await conflict.locator('.conflict-head').filter({ hasText: '→ 未达标' }).getByRole('button', { name: '保留这个' }).click();
  await expect(officeOne.getByTestId('conflict')).toHaveCount(0);
  await expect(officeOne.locator('fieldset.rating-picker')).toHaveAttribute('data-rating', 'not_met');
  await officeOne.reload();
  await expect(officeOne.getByTestId('conflict')).toHaveCount(0);

  await officeOne.goto('./#/office/roster');
  await pasteRoster(officeOne, rosterNames(10, ['东风社区']));
  await expect(officeOne.getByTestId('in-scope')).toContainText('10');
  // By default a community takes part once the roster says it joined.
  await expect(officeOne.getByTestId('taking-part')).toContainText('0（0%）');
  await expect(officeOne.getByTestId('taking-part')).toContainText('口径：名单上已登记参与创建（有参与日期）的在册社区（默认）');
  await officeOne.getByLabel('东风社区 参与日期').fill('2020-09-01');
  await expect(officeOne.getByTestId('taking-part')).toContainText('1（10%）');
  expect((await officeTable(officeOne))[0][5]).toBe('0');
  await officeOne.goto('./#/office/exports');
  const csv = await downloadFrom(officeOne, () => officeOne.getByTestId('export-csv').click());
  const bytes = fs.readFileSync(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('东风社区');
});

test('bad files are rejected with a clear message and change nothing', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await rate(page, 'a1-01', '达标', 'met');
  const good = await exportCommunity(page, id, true);
  const text = fs.readFileSync(good, 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-bad-'));
  const write = (name, content) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const document = JSON.parse(text);
  const tampered = JSON.parse(text);
  tampered.communities[0].community.name = '西风社区';
  const newer = { ...document, schema_version: 99 };
  const otherPlan = { ...document, plan: { id: 'haikou-2021', version: '1.0.0' } };
  const files = [
    write('notes.json', '这不是 JSON'),
    write('other.json', JSON.stringify({ hello: 'world' })),
    write('cut.json', text.slice(0, Math.floor(text.length / 2))),
    write('tampered.json', JSON.stringify(tampered)),
    write('newer.json', JSON.stringify(newer)),
    write('plan.json', JSON.stringify(otherPlan)),
  ];

  // A second phone, with its own data, is offered the bad files.
  const results = await importAtOffice(page, files);
  const rejected = results.locator('[data-result="rejected"]');
  await expect(rejected).toHaveCount(files.length);
  await expect(rejected.nth(0)).toContainText('notes.json');
  await expect(rejected.nth(3)).toContainText('不完整或被修改过');
  await expect(rejected.nth(4)).toContainText('更新应用');
  await expect(rejected.nth(5)).toContainText('haikou-2021');
  for (let i = 0; i < files.length; i++) {
    await expect(rejected.nth(i)).toContainText(path.basename(files[i]));
  }
  const table = await officeTable(page);
  expect(table).toHaveLength(1);
  expect(table[0][0]).toBe('东风社区');
  await page.reload();
  expect(await officeTable(page)).toEqual(table);
});

test('a whole folder as files arrive at the office: every export imported, renamed ones too, other files skipped by name', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-folder-'));
  const names = ['东风社区', '兰洋社区', '木棠社区', '中和社区', '新州社区', '和平社区'];
  for (const [n, name] of names.entries()) {
    await phone.goto('./#/');
    await addCommunity(phone, name);
    const file = await exportCommunity(phone, communityIdFromUrl(phone));
    // Names change on the way: "(1)" from a chat, ".txt" added by a phone.
    const arrived = n === 4 ? `${name}-2026-11-29(1).json` : n === 5 ? `${name}.json.txt` : path.basename(file);
    fs.copyFileSync(file, path.join(folder, arrived));
  }
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'notes.txt'), path.join(folder, '会议记录.txt'));
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'road.jpg'), path.join(folder, '现场照片.jpg'));

  const office = await (await browser.newContext()).newPage();
  await openApp(office, '#/office/import');
  await office.getByTestId('import-folder').setInputFiles(folder);
  const results = office.getByTestId('import-results');
  await expect(results.locator('> li')).toHaveCount(8);
  await expect(results.locator('[data-result="saving"]')).toHaveCount(0);
  await expect(results.locator('[data-result="imported"]')).toHaveCount(6);
  const skipped = results.locator('[data-result="skipped"]');
  await expect(skipped).toHaveCount(2);
  await expect(skipped.filter({ hasText: '会议记录.txt' })).toContainText('不是导出文件，已跳过');
  await expect(skipped.filter({ hasText: '现场照片.jpg' })).toBeVisible();
  await expect(results.locator('[data-result="rejected"]')).toHaveCount(0);
  expect(await officeTable(office)).toHaveLength(6);

  // The same folder again changes nothing.
  await office.goto('./#/office/import');
  await office.getByTestId('import-folder').setInputFiles(folder);
  await expect(results.locator('[data-result="up-to-date"]')).toHaveCount(6);
  expect(await officeTable(office)).toHaveLength(6);
});

/** Drops `paths` on `target` as the operating system would (Chromium's
 * DevTools protocol), so a folder arrives as a folder. */
async function dropFromDesktop(page, target, paths) {
  const box = await target.boundingBox();
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const client = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await client.send('Input.dispatchDragEvent', { type, ...at, data });
  }
}

test('a folder dropped on the office page: every export inside imported, even in a subfolder, other files skipped', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-dropped-'));
  fs.mkdirSync(path.join(folder, '2026-11'));
  for (const [n, name] of ['东风社区', '兰洋社区', '木棠社区'].entries()) {
    await phone.goto('./#/');
    await addCommunity(phone, name);
    const file = await exportCommunity(phone, communityIdFromUrl(phone));
    const where = n === 2 ? path.join(folder, '2026-11', `${name}(1).json`) : path.join(folder, path.basename(file));
    fs.copyFileSync(file, where);
  }
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'notes.txt'), path.join(folder, '会议记录.txt'));

  const office = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false })).newPage();
  await openApp(office, '#/office/import');
  await expect(office.getByText('也可以把文件或整个文件夹拖到这里')).toBeVisible();
  await dropFromDesktop(office, office.locator('.drop-zone'), [folder]);
  const results = office.getByTestId('import-results');
  await expect(results.locator('> li')).toHaveCount(4);
  await expect(results.locator('[data-result="saving"]')).toHaveCount(0);
  await expect(results.locator('[data-result="imported"]')).toHaveCount(3);
  await expect(results.locator('[data-result="skipped"]')).toContainText('会议记录.txt');
  expect(await officeTable(office)).toHaveLength(3);
});
