// The office's overview reads one stored summary per community: an import
// stores the summaries of the communities it touched, any other write of
// a community's records drops its summary, and the office works a missing
// one out again from that community's records, so the figures always
// follow the records.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity, rate, communityIdFromUrl, officeGo, pasteRoster, createOfficeKey, takeOfficeFile } = require('./helpers');

const fixture = (name) => path.join(__dirname, 'fixtures', name);

/** The plan's item ids, in plan order. */
function planItemIds() {
  const plan = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'public', 'plans', 'danzhou-2020.json'), 'utf8'));
  return plan.areas.flatMap((area) => area.items.map((item) => item.id));
}

/** A new page in a desktop-sized context, as the office works. */
async function desktopPage(browser) {
  return (await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false })).newPage();
}

/** The office's page `hash` on a desktop, on a device holding `count` communities (see `seedCommunities`). */
async function officeHolding(browser, count, hash = '#/office') {
  const office = await desktopPage(browser);
  await openApp(office, hash);
  await expect(office.locator('main h1')).toBeVisible();
  await seedCommunities(office, count, planItemIds());
  await office.reload();
  return office;
}

async function expectNoAxeViolations(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function exportFile(page, id) {
  await page.goto(`./#/c/${id}`);
  await page.getByLabel('不含照片（文件小，便于微信发送）').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载导出文件' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dgc-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The summaries the device stores, as records. */
function storedSummaries(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('danzhou-green-community');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('summaries').objectStore('summaries').getAll();
      request.onsuccess = () => { open.result.close(); resolve(request.result); };
      request.onerror = () => reject(request.error);
    };
  }));
}

function row(page, name) {
  return page.getByTestId('office-table').locator('tbody tr').filter({ hasText: name });
}

test('the office shows stored summaries, and a change to a community is counted next time', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  await addCommunity(phone, '东风社区');
  const id = communityIdFromUrl(phone);
  await rate(phone, 'a1-01', '达标', 'met');
  await rate(phone, 'a1-02', '未达标', 'not_met');
  const file = await exportFile(phone, id);
  // A phone that only edits never stores a summary.
  expect(await storedSummaries(phone)).toEqual([]);

  const office = await (await browser.newContext()).newPage();
  await openApp(office, '#/office/import');
  await office.getByTestId('import-input').setInputFiles([file]);
  await expect(office.getByTestId('import-results')).toContainText('已导入');
  await officeGo(office, '各社区');
  await expect(row(office, '东风社区')).toContainText('已评 2/37');
  let stored = await storedSummaries(office);
  expect(stored).toHaveLength(1);
  expect(stored[0].community_id).toBe(id);
  expect(stored[0].ratings).toEqual({ 'a1-01': 'met', 'a1-02': 'not_met' });

  // Reopened, the office shows the stored summary before any record is read,
  // and reads no community's records just to show the city.
  await office.reload();
  await expect(row(office, '东风社区')).toContainText('已评 2/37');
  await office.waitForTimeout(500);
  await expect(office.locator('main')).toHaveAttribute('data-all-loaded', 'false');
  await officeGo(office, '责任单位');
  await expect(office.locator('.heat-map [data-item="a1-02"] .heat-count')).toHaveText('未达标 1 · 部分达标 0');

  // An edit on this device drops the community's summary with the write…
  await office.goto(`./#/c/${id}`);
  await rate(office, 'a1-03', '部分达标', 'partial');
  expect(await storedSummaries(office)).toEqual([]);

  // …and the office works it out again from the records, and keeps it.
  await office.goto('./#/office/communities');
  await expect(row(office, '东风社区')).toContainText('已评 3/37');
  await expect.poll(async () => (await storedSummaries(office)).map((s) => s.ratings['a1-03'])).toEqual(['partial']);
});

test('the roster: pasted, imported from a GBK CSV (refused whole with its bad row named), and the city counted over it', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  await addCommunity(phone, '东风社区');
  const dongfeng = communityIdFromUrl(phone);
  await rate(phone, 'a1-01', '达标', 'met');
  const fromDongfeng = await exportFile(phone, dongfeng);
  await phone.goto('./#/');
  await phone.getByLabel('社区名称').first().fill('和平村');
  await phone.getByRole('button', { name: '添加', exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: '和平村' })).toBeVisible();
  const heping = communityIdFromUrl(phone);
  await rate(phone, 'a1-01', '部分达标', 'partial');
  const fromHeping = await exportFile(phone, heping);

  const office = await desktopPage(browser);
  await openApp(office, '#/office');
  await expect(office.getByTestId('in-scope')).toContainText('名单还是空的');
  await officeGo(office, '名单与口径');
  await pasteRoster(office, ['中兴社区']);

  // A GBK file (as Excel and WPS save CSV in China) with one bad row: refused whole.
  await office.getByTestId('roster-csv').setInputFiles(fixture('roster-gbk-bad-row.csv'));
  const outcome = office.getByTestId('roster-outcome');
  await expect(outcome).toContainText('「roster-gbk-bad-row.csv」没有导入，名单没有任何改变');
  await expect(outcome).toContainText('第 3 行：“在册”一栏应填“是”或“否”，不是“也许”');
  await expect(office.getByTestId('roster-table').locator('tbody tr')).toHaveCount(1);

  // The corrected file: read as GBK, every column taken.
  await office.getByTestId('roster-csv').setInputFiles(fixture('roster-gbk.csv'));
  await expect(outcome).toContainText('已加入 3 个社区，更新 0 个');
  const table = office.getByTestId('roster-table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('[data-roster-entry="兰洋社区"]')).toContainText('兰洋镇');
  await expect(office.getByLabel('东风社区 参与日期')).toHaveValue('2020-09-01');
  await expect(office.getByLabel('东风社区 示范社区')).toBeChecked();
  await expect(office.getByLabel('木棠社区 在册')).not.toBeChecked();
  // 中兴, 东风 and 兰洋 are in scope; 东风 and 兰洋 joined.
  await expect(office.getByTestId('in-scope')).toContainText('3');
  await expect(office.getByTestId('taking-part')).toContainText('2（66%）');

  // Imported communities count through their roster entry; 和平村 is on none.
  await officeGo(office, '导入文件');
  await office.getByTestId('import-input').setInputFiles([fromDongfeng, fromHeping]);
  await expect(office.getByTestId('import-results').locator('[data-result="imported"]')).toHaveCount(2);
  await officeGo(office, '名单与口径');
  await expect(office.getByTestId('not-on-roster')).toContainText('另有 1 个导入的社区不在名单上');
  const unmatched = office.getByTestId('unmatched');
  await expect(unmatched.locator('[data-community] > strong')).toHaveText(['和平村']);

  // The office says 和平村 is 中兴社区 (its old name): it counts there.
  await unmatched.getByLabel('对应到').selectOption({ label: '中兴社区' });
  await unmatched.getByRole('button', { name: '对应：和平村' }).click();
  await expect(office.getByTestId('unmatched')).toHaveCount(0);
  await expect(office.getByTestId('not-on-roster')).toBeEmpty();
  await office.getByLabel('至少有一个条目有评估结果的在册社区').check();
  await expect(office.getByTestId('taking-part')).toContainText('2（66%）');
  await expect(office.getByTestId('taking-part')).toContainText('口径：至少有一个条目有评估结果的在册社区');
  await expect(office.getByTestId('taking-part')).not.toContainText('（默认）');

  // All of it is stored.
  await office.reload();
  await expect(office.getByTestId('roster-table').locator('tbody tr')).toHaveCount(4);
  await expect(office.getByTestId('taking-part')).toContainText('口径：至少有一个条目有评估结果的在册社区');
  await expect(office.getByTestId('unmatched')).toHaveCount(0);

  // The office's merged file carries the roster and definitions, signed by
  // the office: another device that imports it (once it has confirmed the
  // office's key by its fingerprint) counts the city the same way.
  const fingerprint = await createOfficeKey(office);
  await officeGo(office, '报告与导出');
  const [download] = await Promise.all([
    office.waitForEvent('download'),
    office.getByRole('button', { name: '导出汇总文件（不含照片）' }).click(),
  ]);
  const merged = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(merged.city.roster.entries.map((e) => e.name)).toEqual(['中兴社区', '东风社区', '兰洋社区', '木棠社区']);
  const kiosk = await desktopPage(browser);
  await openApp(kiosk, '#/office/import');
  await kiosk.getByTestId('import-input').setInputFiles(await download.path());
  await expect(kiosk.getByTestId('import-results')).toContainText('核对指纹并确认后才能导入');
  const question = kiosk.getByRole('alertdialog');
  await expect(question).toContainText(fingerprint);
  await question.getByRole('button', { name: '指纹一致，确认' }).click();
  await expect(kiosk.getByTestId('import-results')).toContainText('带来了市办公室的在册社区名单（4 个社区）和统计口径');
  await officeGo(kiosk, '名单与口径');
  await expect(kiosk.getByTestId('roster-table').locator('tbody tr')).toHaveCount(4);
  await expect(kiosk.getByTestId('taking-part')).toContainText('2（66%）');
  await expect(kiosk.getByTestId('taking-part')).toContainText('口径：至少有一个条目有评估结果的在册社区');
});

test('the plan\'s next deadline shows on the community list and the office page, from the plan file', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-01T09:00:00+08:00'));
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.goto('./#/');
  await expect(page.getByTestId('next-deadline')).toHaveText(
    '下一个期限：年度总结评估报告报市绿色社区创建行动领导小组，2026年10月30日前（还有 29 天）',
  );
  await page.goto('./#/office');
  await expect(page.getByTestId('next-deadline')).toContainText('2026年10月30日前（还有 29 天）');
  await page.goto('./#/office/report');
  await expect(page.getByTestId('report-due')).toContainText('每年10月30日前，年度总结评估报告报市绿色社区创建行动领导小组');
});

test('an action counts under the unit it names; the units\' own plans are recorded against the plan\'s deadline', async ({ browser }) => {
  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  await addCommunity(phone, '东风社区');
  const id = communityIdFromUrl(phone);
  await phone.goto(`./#/c/${id}/i/a3-01`);
  const addAction = async (description, unit, other) => {
    await phone.getByRole('button', { name: '添加整改事项' }).click();
    await phone.getByLabel('要做什么').fill(description);
    await phone.getByLabel('责任单位或责任人').selectOption({ label: unit });
    if (other) await phone.getByLabel('责任人', { exact: true }).fill(other);
    await phone.getByLabel('整改期限').fill('2099-06-30');
    await phone.getByRole('button', { name: '保存', exact: true }).click();
    await expect(phone.getByTestId('actions')).toContainText(description);
  };
  await addAction('清运楼道建筑垃圾', '市城管局');
  await addAction('修好单元门禁', '其他（自己填写）', '物业公司');
  const file = await exportFile(phone, id);

  const office = await desktopPage(browser);
  await openApp(office, '#/office/import');
  await office.getByTestId('import-input').setInputFiles([file]);
  await expect(office.getByTestId('import-results')).toContainText('已导入');
  await officeGo(office, '责任单位');
  const units = office.getByTestId('unit-table');
  await expect(units.locator('tbody tr').filter({ hasText: '市城管局' })).toHaveCount(0);
  await expect(units.locator('tbody tr').filter({ hasText: '市城市管理局' })).toContainText('1 / 0');
  await expect(units.locator('tbody tr').filter({ hasText: '那大镇' })).toContainText('0 / 0');
  await expect(units.locator('tbody tr').filter({ hasText: '其他（不是责任单位的）' })).toContainText('1 / 0');

  // The units' own implementation plans, due by the plan's date.
  const plans = office.getByTestId('unit-plans');
  await expect(plans).toContainText('2020年8月31日前，各单位实施方案报市城市管理局');
  await expect(plans).toContainText('已过期限');
  await expect(office.getByTestId('unit-plans-missing')).toHaveText('还有 22 个单位的实施方案没有收到。');
  await office.getByLabel('市住建局 已收到').check();
  await office.getByLabel('市住建局 收到日期').fill('2020-08-20');
  await office.getByLabel('市住建局 文号').fill('儋住建〔2020〕12号');
  await office.getByLabel('市住建局 文号').blur();
  await expect(office.getByTestId('unit-plans-missing')).toHaveText('还有 21 个单位的实施方案没有收到。');
  await office.reload();
  await expect(office.getByLabel('市住建局 文号')).toHaveValue('儋住建〔2020〕12号');
  await office.goto('./#/office/report');
  const row = office.getByTestId('report-unit-plans').locator('[data-unit="市住建局"]');
  await expect(row).toContainText('2020年8月20日');
  await expect(row).toContainText('儋住建〔2020〕12号');
  await expect(office.getByTestId('report-unit-plans').locator('[data-unit="市委组织部"]')).toContainText('未收到');
});

test('scoring set at the office travels to a phone as a file; the phone\'s verdict follows it and names it', async ({ browser }) => {
  const office = await desktopPage(browser);
  await openApp(office, '#/office/scoring');
  const scoring = office.getByTestId('scoring');
  await expect(scoring.getByRole('heading')).toHaveText('评分办法（默认评分）');
  await expect(office.getByTestId('export-scoring')).toBeDisabled();
  await office.getByLabel('达标线（得分率，%）').fill('0');
  await office.getByLabel('达标线（得分率，%）').blur();
  await scoring.getByRole('button', { name: '保存为第 1 版评分规则' }).click();
  await expect(scoring.getByRole('alert')).toHaveText('达标线应在 1% 到 100% 之间。');
  await office.getByLabel('达标线（得分率，%）').fill('80');
  await office.getByLabel('a2-03 一票否决').check();
  await scoring.getByRole('button', { name: '保存为第 1 版评分规则' }).click();
  await expect(scoring.getByRole('heading')).toHaveText('评分办法（市办公室评分规则第 1 版）');
  await officeGo(office, '概览');
  await expect(office.getByTestId('meeting').locator('..')).toContainText('达到创建要求的社区（市办公室评分规则第 1 版）');
  // Office files are signed: the office makes its key first.
  const fingerprint = await createOfficeKey(office);
  await officeGo(office, '评分规则');
  const [download] = await Promise.all([
    office.waitForEvent('download'),
    office.getByTestId('export-scoring').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^评分规则-第1版-\d{4}-\d{2}-\d{2}\.json$/);
  const rulesFile = await download.path();

  const phone = await (await browser.newContext()).newPage();
  await openApp(phone);
  await addCommunity(phone, '东风社区');
  const id = communityIdFromUrl(phone);
  await rate(phone, 'a1-01', '达标', 'met');
  await expect(phone.getByTestId('verdict')).toContainText('按默认评分，尚未达到创建要求');
  await expect(phone.getByTestId('score')).toContainText('达标线 70%，默认评分');
  // A default says it is one, and who can change it.
  await expect(phone.getByTestId('verdict')).toContainText('评分办法为本应用默认值，方案未规定；市办公室可调整');

  // Not a scoring file: refused, nothing changes.
  await phone.goto('./#/settings');
  await phone.getByTestId('scoring-file').setInputFiles(fixture('notes.txt'));
  await expect(phone.getByTestId('scoring-file-outcome')).toContainText('「notes.txt」没有采用：这不是市办公室导出的评分规则文件。');
  await expect(await takeOfficeFile(phone, 'scoring-file', rulesFile, fingerprint)).toContainText('已采用市办公室评分规则第 1 版');
  await expect(phone.getByTestId('scoring-defaults')).toContainText('评分办法由市办公室设定（第 1 版');
  await phone.getByTestId('scoring-file').setInputFiles(rulesFile);
  await expect(phone.getByTestId('scoring-file-outcome')).toContainText('没有改变');

  await phone.goto(`./#/c/${id}`);
  await expect(phone.getByTestId('verdict')).toContainText('按市办公室评分规则第 1 版，尚未达到创建要求');
  await expect(phone.getByTestId('score')).toContainText('达标线 80%，市办公室评分规则第 1 版');
  await phone.reload();
  await expect(phone.getByTestId('score')).toContainText('达标线 80%');
});

/**
 * Writes `count` communities (社区00 …) straight into the app's database,
 * community k with its first k+1 items rated 达标, as an import of the
 * office's merged file leaves a phone (but with no summaries stored).
 */
/** `devices` names the device of a community's records; the rest are another device's. */
async function seedCommunities(page, count, items, devices = {}) {
  await page.evaluate(async ({ count, items, devices }) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('danzhou-green-community');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['communities', 'changes'], 'readwrite');
    for (let k = 0; k < count; k++) {
      const id = `city-${String(k).padStart(2, '0')}`;
      const at = (n) => `2026-11-${String(1 + k).padStart(2, '0')}T08:${String(n).padStart(2, '0')}:00Z`;
      tx.objectStore('communities').put({ id, name: `社区${String(k).padStart(2, '0')}`, created_at: at(0), updated_at: at(0) });
      items.slice(0, k + 1).forEach((item, n) => tx.objectStore('changes').put({
        id: `${id}-${item}`, device_id: devices[id] || 'seeding-device', seq: n + 1, at: at(n + 1), community_id: id, item_id: item,
        base: null, kind: { field: 'result', old: 'unassessed', new: 'met' }, author: '', inspection_id: null, undoes: null,
      }));
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
    localStorage.setItem('danzhou-green-community-has-communities', '1');
  }, { count, items, devices });
}

test('a phone holding many communities lists them from their summaries and reads one community\'s records when it opens', async ({ page }) => {
  const items = planItemIds();
  await openApp(page, '#/settings');
  await expect(page.locator('main h1')).toBeVisible();
  // City-02 was entered on this phone; the others came in a file.
  const thisDevice = (await page.getByTestId('device-id').textContent()).trim();
  await seedCommunities(page, 12, items, { 'city-02': thisDevice });
  const card = (name) => page.getByTestId('community-card').filter({ hasText: name });

  // The list: every community with its figures, though no community's
  // records are read; the summaries are worked out once and stored.
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByTestId('community-card')).toHaveCount(12);
  await expect(card('社区00')).toContainText('已评 1/37');
  await expect(card('社区11')).toContainText('已评 12/37');
  await expect(card('社区11')).toContainText('最近修改：2026/11/12');
  await expect(page.locator('main')).toHaveAttribute('data-all-loaded', 'false');
  await expect.poll(async () => (await storedSummaries(page)).length).toBe(12);
  const stored = await storedSummaries(page);
  expect(stored.find((s) => s.community_id === 'city-03').last_change_at).toBe('2026-11-04T08:04:00Z');

  // Opened again, the list comes from the stored summaries.
  await page.reload();
  await expect(card('社区05')).toContainText('已评 6/37');
  await expect(page.locator('main')).toHaveAttribute('data-all-loaded', 'false');
  // The backup reminder lists what was entered here, and counts the rest.
  const notListed = '另有 11 个社区没有列出：其中没有在本机录入的内容，它们保存在导入的文件里。';
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder.locator('li')).toHaveCount(1);
  await expect(reminder.locator('li')).toContainText('社区02：还没有导出过');
  await expect(reminder.getByTestId('backup-not-listed')).toHaveText(notListed);
  // The list puts it first; the others follow under their own heading, with a name filter.
  await expect(page.getByTestId('communities-entered-here').getByTestId('community-card')).toHaveCount(1);
  await expect(page.getByTestId('communities-entered-here')).toContainText('社区02');
  const fromFiles = page.getByTestId('communities-from-files');
  await expect(fromFiles.getByRole('heading', { level: 2 })).toHaveText('从文件导入的社区（11 个）');
  await expect(fromFiles.getByTestId('community-card')).toHaveCount(11);
  await fromFiles.getByLabel('按名称筛选').fill('社区1');
  await expect(fromFiles.getByTestId('community-card')).toHaveCount(2);
  await expect(fromFiles.getByTestId('community-card').first()).toContainText('社区10');
  await expect(fromFiles).toContainText('名称相符的 2 个，共 11 个');
  await expect(fromFiles.getByRole('button', { name: /再显示/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await fromFiles.getByLabel('按名称筛选').fill('');
  await expect(fromFiles.getByTestId('community-card')).toHaveCount(11);
  // Settings' last change on the device counts the communities not read,
  // and its backup list is the reminder's.
  await page.goto('./#/settings');
  await expect(page.getByTestId('last-change')).toContainText('最近一次修改：2026/11/12');
  await expect(page.getByTestId('export-reminders').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('export-reminders')).toContainText('社区02');
  await expect(page.getByTestId('backup-not-listed')).toHaveText(notListed);
  await page.goto('./#/');

  // A one-tap export from the list reads that community's records for it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-reminder').locator('li').filter({ hasText: '社区02' }).getByRole('button', { name: '立即导出' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.communities.map((c) => [c.community.name, c.changes.length])).toEqual([['社区02', 3]]);
  await expect(page.locator('main')).toHaveAttribute('data-all-loaded', 'false');

  // Opening one community reads its records, and only its.
  await card('社区03').getByRole('link', { name: '社区03' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '社区03' })).toBeVisible();
  await expect(page.locator(`[data-item="${items[3]}"] fieldset.rating-picker`)).toHaveAttribute('data-rating', 'met');
  await expect(page.locator(`[data-item="${items[4]}"] fieldset.rating-picker`)).toHaveAttribute('data-rating', 'unassessed');
  await expect(page.locator('main')).toHaveAttribute('data-all-loaded', 'false');

  // An edit shows on its card at once (from its records, not a summary).
  await rate(page, items[4], '未达标', 'not_met');
  await page.goto('./#/');
  await expect(card('社区03')).toContainText('已评 5/37');
  await expect(card('社区04')).toContainText('已评 5/37');

  // Deep-linked to another community's item, a new start reads that
  // community only.
  await page.goto(`./#/c/city-07/i/${items[7]}`);
  await page.reload();
  await expect(page.locator(`[data-item="${items[7]}"] fieldset.rating-picker`)).toHaveAttribute('data-rating', 'met');
  await expect(page.locator('main')).toHaveAttribute('data-all-loaded', 'false');
});

test('a long list of communities from files draws a page of cards at a time; "show more" adds the next and a new filter starts over', async ({ page }) => {
  const items = planItemIds();
  await openApp(page, '#/settings');
  await expect(page.locator('main h1')).toBeVisible();
  const thisDevice = (await page.getByTestId('device-id').textContent()).trim();
  await seedCommunities(page, 30, items, { 'city-02': thisDevice });
  await page.goto('./#/');
  await page.reload();

  const fromFiles = page.getByTestId('communities-from-files');
  const cards = fromFiles.getByTestId('community-card');
  await expect(fromFiles.getByRole('heading', { level: 2 })).toHaveText('从文件导入的社区（29 个）');
  await expect(page.getByTestId('communities-entered-here').getByTestId('community-card')).toHaveCount(1);
  await expect(cards).toHaveCount(20);
  await expect(fromFiles).toContainText('显示 20 个，共 29 个');
  // The cards drawn are the first 20 of the list, each with its figures.
  await expect(cards.nth(19)).toContainText('社区20');
  await expect(cards.nth(19)).toContainText('已评 21/37');
  await expect(page.getByTestId('community-card').filter({ hasText: '社区29' })).toHaveCount(0);

  // The next page: the rest, and the reading goes on at the first new card.
  await fromFiles.getByRole('button', { name: '再显示 9 个' }).click();
  await expect(cards).toHaveCount(29);
  await expect(cards.nth(28)).toContainText('已评 30/37');
  await expect(fromFiles.getByRole('link', { name: '社区21', exact: true })).toBeFocused();
  await expect(fromFiles.getByRole('button', { name: /再显示/ })).toHaveCount(0);
  await expect(fromFiles).not.toContainText('显示 29 个');

  // A filter narrows all 29, not the cards drawn; clearing it starts from the first page.
  await fromFiles.getByLabel('按名称筛选').fill('社区2');
  await expect(fromFiles).toContainText('名称相符的 10 个，共 29 个');
  await expect(cards).toHaveCount(10);
  await fromFiles.getByLabel('按名称筛选').fill('');
  await expect(cards).toHaveCount(20);
  await expect(fromFiles.getByRole('button', { name: '再显示 9 个' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the office\'s roster and its unmatched communities draw a page at a time; an edit keeps its row and the focus; a community matches only an entry still open', async ({ browser }) => {
  // 30 imported communities, 社区00 to 社区29; the roster names 社区00 to
  // 社区05 and two communities under their old names.
  const office = await officeHolding(browser, 30, '#/office/roster');
  const roster = ['社区00', '社区01', '社区02', '社区03', '社区04', '社区05', '旧名甲', '旧名乙'];
  for (let i = 0; roster.length < 25; i++) roster.push(`未导入${String(i).padStart(2, '0')}`);
  await pasteRoster(office, roster);

  const panel = office.getByTestId('roster');
  const rows = office.getByTestId('roster-table').locator('tbody tr');
  await expect(rows).toHaveCount(20);
  await expect(panel).toContainText('显示 20 个，共 25 个');
  await panel.getByRole('button', { name: '再显示 5 个' }).click();
  await expect(rows).toHaveCount(25);
  await expect(office.getByLabel('未导入12 在册')).toBeFocused();

  // An edit changes its entry in place: the row is the same element, the
  // focus stays on the box, and the change is stored.
  await rows.nth(2).evaluate((row) => { row.dataset.marked = 'kept'; });
  const box = office.getByLabel('社区02 示范社区');
  await box.focus();
  await office.keyboard.press('Space');
  await expect(office.getByTestId('save-status')).toContainText('已保存');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  await expect(rows.nth(2)).toHaveAttribute('data-marked', 'kept');
  await office.getByLabel('社区03 参与日期').fill('2021-03-01');
  await expect(office.getByTestId('save-status')).toContainText('已保存');
  await office.getByRole('button', { name: '把社区04移出名单' }).click();
  await expect(rows).toHaveCount(24);
  await expect(office.locator('[data-roster-entry="社区04"]')).toHaveCount(0);

  // 25 communities are on no entry (社区04 now too): 20 drawn.
  const unmatched = office.getByTestId('unmatched');
  await expect(unmatched.locator('> li')).toHaveCount(20);
  await expect(panel).toContainText('显示 20 个，共 25 个');
  // Each offers only the entries no community counts on yet, 19 of 24.
  const row10 = unmatched.locator('[data-community="city-10"]');
  await expect(row10.locator('option')).toHaveCount(19);
  await expect(row10.locator('option').first()).toHaveText('旧名甲');
  await row10.getByLabel('对应到').selectOption({ label: '旧名乙' });
  await row10.getByRole('button', { name: '对应：社区10' }).click();
  await expect(office.getByTestId('save-status')).toContainText('已保存');
  await expect(unmatched.locator('[data-community="city-10"]')).toHaveCount(0);
  await expect(unmatched.locator('[data-community="city-11"] option')).toHaveCount(18);
  await expect(unmatched.locator('[data-community="city-11"] option', { hasText: '旧名乙' })).toHaveCount(0);
  await expect(panel).toContainText('显示 20 个，共 24 个');
  await panel.getByRole('button', { name: '再显示 4 个' }).click();
  await expect(unmatched.locator('> li')).toHaveCount(24);
  await expect(office.getByLabel('社区26 对应到')).toBeFocused();

  // All of it is stored.
  await office.reload();
  await expect(office.getByLabel('社区02 示范社区')).toBeChecked();
  await expect(office.getByLabel('社区03 参与日期')).toHaveValue('2021-03-01');
  await expect(office.getByTestId('unmatched').locator('[data-community="city-10"]')).toHaveCount(0);
  await expectNoAxeViolations(office);
});

test('the office\'s community table draws 20 rows at a time; a filter or a new order starts from the first page', async ({ browser }) => {
  const office = await officeHolding(browser, 30, '#/office/communities');
  const table = office.getByTestId('office-table');
  const section = office.locator('section', { has: table });
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(section).toContainText('显示 20 个，共 30 个');
  await section.getByRole('button', { name: '再显示 10 个' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(30);
  await expect(table.getByRole('link', { name: '社区20' })).toBeFocused();
  // Sorted by progress, least first: the page starts again.
  await section.getByRole('link', { name: '自评进度' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(table.locator('tbody tr').first()).toContainText('社区00');
  await section.getByLabel('按名称筛选').fill('社区2');
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(section.locator('.show-more')).toHaveCount(0);

  // The merge form's two lists narrow by name too, and keep a choice the
  // filter still lists.
  await officeGo(office, '合并同一社区');
  const merge = office.getByTestId('merge-panel');
  const from = merge.locator('#merge-from');
  await expect(from.locator('option')).toHaveCount(30);
  await merge.getByLabel('按名称筛选').fill('社区2');
  await expect(merge).toContainText('名称相符的 10 个，共 30 个');
  await expect(from.locator('option')).toHaveCount(10);
  await expect(merge.locator('#merge-into')).toHaveValue('city-20');
  await expect(from).toHaveValue('city-21');
  await from.selectOption('city-25');
  await merge.getByLabel('按名称筛选').fill('社区');
  await expect(from.locator('option')).toHaveCount(30);
  await expect(from).toHaveValue('city-25');
  await merge.getByRole('button', { name: '合并', exact: true }).click();
  await expect(merge.getByTestId('merge-message')).toHaveText('已将“社区25”并入“社区00”。');
  await expect(from.locator('option')).toHaveCount(29);
});

test('an import on a device holding many communities reads only those the file touches, and merges with what they hold', async ({ browser }) => {
  const items = planItemIds();
  const a = await (await browser.newContext()).newPage();
  await openApp(a, '#/settings');
  await expect(a.locator('main h1')).toBeVisible();
  await seedCommunities(a, 12, items);
  await a.goto('./#/');
  await a.reload();

  // 社区03 (4 results) goes to a second device, which adds one result…
  const first = await exportFile(a, 'city-03');
  const b = await (await browser.newContext()).newPage();
  await openApp(b, '#/office/import');
  await b.getByTestId('import-input').setInputFiles([first]);
  await expect(b.getByTestId('import-results')).toContainText('已导入');
  await b.goto('./#/c/city-03');
  await rate(b, items[10], '未达标', 'not_met');
  const back = await exportFile(b, 'city-03');

  // …while this device adds another.
  await a.goto('./#/c/city-03');
  await rate(a, items[11], '部分达标', 'partial');

  // A new start on the office page reads no community's records; the
  // import reads 社区03's stored ones and merges the file with them.
  await a.goto('./#/office/import');
  await expect(a.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(a.locator('main')).toHaveAttribute('data-all-loaded', 'false');
  await a.getByTestId('import-input').setInputFiles([back]);
  await expect(a.getByTestId('import-results')).toContainText('已导入');
  await officeGo(a, '各社区');
  await expect(a.locator('main')).toHaveAttribute('data-all-loaded', 'false');
  await expect(row(a, '社区03')).toContainText('已评 6/37');
  await expect(row(a, '社区04')).toContainText('已评 5/37');
  const stored = (await storedSummaries(a)).find((s) => s.community_id === 'city-03');
  expect(Object.keys(stored.ratings)).toHaveLength(6);

  await a.goto('./#/c/city-03');
  await expect(a.locator(`[data-item="${items[10]}"] fieldset.rating-picker`)).toHaveAttribute('data-rating', 'not_met');
  await expect(a.locator(`[data-item="${items[11]}"] fieldset.rating-picker`)).toHaveAttribute('data-rating', 'partial');
});
