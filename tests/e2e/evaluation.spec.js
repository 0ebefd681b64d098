// The evaluation the leading group can sign, as its users go through it:
// a phone submits (申报) and exports; the office imports, checks item by
// item (复核), disagrees on some items and returns one; its review file goes
// back to the phone, which shows the findings beside its own results and
// turns the returned item into an action; the community resubmits; the
// office passes it, opens a 公示, prints the list and records the naming;
// the kiosk says the community is named. And what must be refused: a
// forged review in a community's file, a review file for another community.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity, rate, communityIdFromUrl, downloadFrom, exportCommunity, importAtOffice, pasteRoster, createOfficeKey, takeOfficeFile, resealed } = require('./helpers');

const SHOTS = process.env.SHOTS;
const ROAD = path.join(__dirname, 'fixtures', 'road.jpg');

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoAxeViolations(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function desktopPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
  return context.newPage();
}

/** A phone with 东风社区 assessed on three items; ends on its checklist. */
async function assessedPhone(page) {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-01', '达标', 'met');
  await rate(page, 'a1-02', '达标', 'met');
  await rate(page, 'a1-03', '部分达标', 'partial');
  return communityIdFromUrl(page);
}

/** On the phone: submits this year's self-assessment from the 申报 page. */
async function submit(page, id, by = '王芳') {
  await page.goto(`./#/c/${id}/evaluation`);
  await page.getByTestId('submitter').fill(by);
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByTestId('submission-outcome')).toContainText('已申报');
}

/** At the office: checks the community's current submission at `stage`. */
async function review(page, stage, { disagree = [], photos = [], conclusion, returned = [] }) {
  await page.goto('./#/office/reviews');
  await page.getByRole('link', { name: new RegExp(`：${stage}东风社区`) }).click();
  await expect(page.getByTestId('review-form')).toBeVisible();
  for (const [item, rating, note] of disagree) {
    const row = page.locator(`[data-testid="review-item"][data-item="${item}"]`);
    await row.getByTestId('review-rating').selectOption({ label: rating });
    await row.getByTestId('review-note').fill(note);
  }
  for (const [item, file] of photos) {
    const row = page.locator(`[data-testid="review-item"][data-item="${item}"]`);
    await row.getByTestId('reviewer-photo').setInputFiles(file);
    await expect(row.getByTestId('reviewer-photos').locator('img')).toHaveCount(1);
  }
  await page.getByTestId('reviewers').fill('李明、陈静');
  await page.getByRole('radio', { name: conclusion, exact: true }).check();
  for (const item of returned) {
    await page.getByTestId('return-items').getByRole('checkbox', { name: new RegExp(item) }).check();
  }
  await page.getByRole('button', { name: '保存审核结论' }).click();
  await expect(page.getByTestId('review-saved')).toContainText('已保存审核结论');
}


test('a phone submits, the office reviews and returns an item, the phone acts, resubmits, and the office passes, publishes and names it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const id = await assessedPhone(page);
  await expect(page.getByTestId('submission-line')).toContainText('还没有申报');
  await submit(page, id);
  await expect(page.getByTestId('submission-status')).toContainText('由 王芳 申报');
  // Later edits go on and do not change what was submitted.
  await page.goto(`./#/c/${id}`);
  await rate(page, 'a1-04', '未达标', 'not_met');
  await page.goto(`./#/c/${id}/evaluation`);
  await expect(page.getByTestId('submission-status')).toContainText('3 项有结果');
  await shot(page, 'evaluation-phone');
  await expectNoAxeViolations(page);
  const first = await exportCommunity(page, id);
  expect(JSON.parse(fs.readFileSync(first, 'utf8')).evaluation.submissions).toHaveLength(1);

  const office = await desktopPage(browser);
  await openApp(office, '#/office');
  const fingerprint = await createOfficeKey(office);
  const results = await importAtOffice(office, [first]);
  await expect(results).toContainText('带来 1 份申报');
  await expect(results).toContainText('设备签名，指纹');
  await office.goto('./#/office/reviews');
  await expect(office.getByTestId('review-row')).toContainText('王芳');
  await expect(office.getByTestId('review-row')).toContainText('待审核');
  await expectNoAxeViolations(office);
  await review(office, '复核', {
    disagree: [['a1-02', '部分达标', '楼道堆物未清'], ['a1-03', '未达标', '台账不全']],
    photos: [['a1-03', ROAD]],
    conclusion: '退回整改',
    returned: ['1.3'],
  });
  await expect(office.getByTestId('review-saved')).toContainText('自评得分');
  await shot(office, 'evaluation-review-form');
  await expectNoAxeViolations(office);
  const reviewFile = await downloadFrom(office, () => office.getByTestId('export-review-file').click());
  await office.goto('./#/office/reviews');
  await expect(office.getByTestId('review-row')).toContainText('退回整改');

  // Back on the phone: the findings beside its own results, the returned item an action.
  await page.goto(`./#/c/${id}/evaluation`);
  await expect(await takeOfficeFile(page, 'review-file', reviewFile, fingerprint)).toContainText('已导入复核结果');
  const shown = page.getByTestId('review');
  await expect(shown).toContainText('复核：退回整改（李明、陈静');
  await expect(shown.getByTestId('finding')).toHaveCount(2);
  await expect(shown.getByTestId('finding').filter({ hasText: '台账不全' })).toContainText('部分达标');
  await expect(shown.getByTestId('finding').filter({ hasText: '台账不全' })).toContainText('未达标');
  // The reviewer's photo came with the file and shows.
  const picture = shown.getByTestId('finding').filter({ hasText: '台账不全' }).locator('img');
  await expect(picture).toHaveCount(1);
  await expect.poll(() => picture.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.getByTestId('returned-item').getByRole('button', { name: '转为整改措施' }).click();
  await expect(page.getByTestId('returned-item').getByTestId('action-made')).toBeVisible();
  await page.goto(`./#/c/${id}/actions`);
  await expect(page.getByTestId('open-actions')).toContainText('按复核意见整改：台账不全');
  await shot(page, 'evaluation-phone-review');

  // The community reworks the item and resubmits, saying which returned item it answers.
  await page.goto(`./#/c/${id}`);
  await rate(page, 'a1-03', '达标', 'met');
  await page.goto(`./#/c/${id}/evaluation`);
  await expect(page.getByTestId('answers').getByRole('checkbox')).toBeChecked();
  await submit(page, id);
  await expect(page.getByTestId('submission-status')).toContainText('回应了退回整改的 1 项');
  await expect(page.getByTestId('submission-status')).toContainText('此前的申报：1 份');
  await expect(page.getByTestId('review-of-older')).toBeVisible();
  const second = await exportCommunity(page, id);

  await importAtOffice(office, [second]);
  await office.goto('./#/office/reviews');
  await expect(office.getByTestId('review-row')).toContainText('待审核');
  await review(office, '复核', { conclusion: '通过' });

  // 公示 and 命名.
  await office.goto('./#/office/notices');
  await expect(office.getByTestId('passed')).toContainText('通过复核的社区：1 个');
  await expect(office.getByTestId('notice-contact')).toHaveValue('23887585');
  const start = await office.getByTestId('notice-start').inputValue();
  const end = await office.getByTestId('notice-end').inputValue();
  expect((Date.parse(end) - Date.parse(start)) / 86_400_000).toBe(6);
  await office.getByRole('button', { name: '发布公示' }).click();
  await expect(office.getByTestId('notice-line')).toContainText('23887585');
  await expectNoAxeViolations(office);
  await office.getByTestId('print-notice').click();
  await expect(office.getByTestId('notice-list')).toContainText('公示名单');
  await expect(office.getByTestId('notice-list')).toContainText('东风社区');
  await expect(office.getByTestId('notice-list')).toContainText('23887585');
  await shot(office, 'evaluation-notice-list');
  const pdf = await office.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
  await office.goto('./#/office/notices');
  await office.getByTestId('document-number').fill('儋绿创办〔2026〕3号');
  await office.getByRole('button', { name: '记录命名' }).click();
  await expect(office.getByTestId('naming-error')).toHaveText('公示期结束后才能命名。');
  const after = new Date(Date.parse(end) + 86_400_000).toISOString().slice(0, 10);
  await office.getByTestId('named-on').fill(after);
  await office.getByRole('button', { name: '记录命名' }).click();
  await expect(office.getByTestId('named-line')).toContainText('儋绿创办〔2026〕3号');
  await office.getByTestId('print-named').click();
  await expect(office.getByTestId('notice-list')).toContainText('命名名单');
  await expect(office.getByTestId('notice-list')).toContainText('东风社区');

  // The city figure names the step it counts, and differs as the data says:
  // its own assessment (four items of many) does not meet the requirements;
  // the office's 复核 passed it.
  await office.goto('./#/office/roster');
  await pasteRoster(office, ['东风社区']);
  await expect(office.getByTestId('meeting')).toContainText(/^0/);
  await office.getByLabel('最近一次申报通过市办公室复核的在册社区').check();
  await expect(office.getByTestId('meeting')).toContainText(/^1/);
  await expect(office.getByTestId('meeting')).toContainText('最近一次申报通过市办公室复核');
  await office.goto('./#/office');
  await expect(office.getByTestId('funnel').getByTestId('funnel-step')).toHaveText(['1 纳入范围', '0 参与创建', '1 已申报', '1 已复核', '1 复核通过', '1 已命名']);
  await expect(office.getByTestId('area-gaps')).toContainText('（1 个社区）');
  await office.goto('./#/office/report');
  await office.getByLabel('年度', { exact: true }).selectOption('2026');
  await expect(office.getByTestId('yearly-report').getByTestId('funnel')).toContainText('2026 年度评估进程');
  await expect(office.getByTestId('yearly-report').getByTestId('funnel')).toContainText('1 已命名');
  await shot(office, 'evaluation-report');

  // The naming reaches the phone in the review file, and its kiosk says so.
  await review(office, '复核', { conclusion: '通过' });
  const withNaming = await downloadFrom(office, () => office.getByTestId('export-review-file').click());
  await page.goto(`./#/c/${id}/evaluation`);
  await expect(await takeOfficeFile(page, 'review-file', withNaming)).toContainText('已导入复核结果');
  await page.goto(`./#/c/${id}`);
  await page.getByRole('button', { name: '展示屏模式' }).click();
  await page.getByLabel('退出密码（4 到 8 位数字）').fill('2468');
  await page.getByLabel('再输入一次密码').fill('2468');
  await page.getByRole('button', { name: '开始展示' }).click();
  await expect(page.getByTestId('kiosk-named')).toContainText('本社区已命名为绿色社区');
});

test('a review forged into a community\'s file is refused whole at the office, and a review file reaches only its own community', async ({ page, browser }) => {
  const id = await assessedPhone(page);
  await submit(page, id);
  const genuine = await exportCommunity(page, id);
  const forged = resealed(genuine, (doc) => {
    const submission = doc.evaluation.submissions[0];
    doc.evaluation.reviews = [{
      id: 'forged-1',
      submission_id: submission.id,
      community_id: submission.community_id,
      stage: 'final',
      reviewers: ['市办公室'],
      reviewed_on: '2026-12-01',
      made_at: '2026-12-01T08:00:00Z',
      device_id: doc.device.id,
      findings: {},
      conclusion: { kind: 'pass' },
    }];
  });
  // …and the same with the phone's signature dropped, as a hand editor would.
  const unsigned = resealed(forged, (doc) => { delete doc.signature; });
  const office = await desktopPage(browser);
  await openApp(office, '#/office');
  await createOfficeKey(office);
  let results = await importAtOffice(office, [forged]);
  await expect(results).toContainText(path.basename(forged));
  await expect(results).toContainText('签名与文件内容不符');
  results = await importAtOffice(office, [unsigned]);
  await expect(results).toContainText(path.basename(unsigned));
  await expect(results).toContainText('没有本机信任的市办公室签名');
  await office.goto('./#/office/reviews');
  await expect(office.getByTestId('review-row')).toHaveCount(0);

  // The genuine file is taken; its review file does not fit another community.
  await importAtOffice(office, [genuine]);
  await review(office, '初核', { conclusion: '通过' });
  const reviewFile = await downloadFrom(office, () => office.getByTestId('export-review-file').click());
  // Another phone, holding another community.
  const phone2 = await (await browser.newContext()).newPage();
  await openApp(phone2);
  await addCommunity(phone2, '西湖社区');
  const other = communityIdFromUrl(phone2);
  await phone2.goto(`./#/c/${other}/evaluation`);
  const outcome = await takeOfficeFile(phone2, 'review-file', reviewFile);
  await expect(outcome).toContainText(path.basename(reviewFile));
  await expect(outcome).toContainText('本机没有这个社区');
  await expect(phone2.getByTestId('no-reviews')).toBeVisible();
});

test('the evaluation pages pass axe on a phone and a desktop', async ({ page, browser }) => {
  const id = await assessedPhone(page);
  await page.goto(`./#/c/${id}/evaluation`);
  await expectNoAxeViolations(page);
  await submit(page, id);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 640 });
  const file = await exportCommunity(page, id);
  for (const size of [{ width: 360, height: 640 }, { width: 1280, height: 800 }]) {
    const context = await browser.newContext({ viewport: size });
    const office = await context.newPage();
    await openApp(office, '#/office');
    await importAtOffice(office, [file]);
    for (const hash of ['#/office/reviews', '#/office/notices', `#/office/review/${id}/initial`, '#/office/notice-list']) {
      await office.goto(`./${hash}`);
      await expect(office.locator('main')).toBeVisible();
      await expectNoAxeViolations(office);
    }
    await context.close();
  }
});

test('a second office laptop takes the office key from the passphrase file (a wrong passphrase is refused) and its reviews count at the office', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const id = await assessedPhone(page);
  await submit(page, id);
  const file = await exportCommunity(page, id);

  // The office makes its key and writes the key file under a passphrase.
  const office = await desktopPage(browser);
  await openApp(office, '#/office');
  const fingerprint = await createOfficeKey(office);
  await office.getByLabel('口令', { exact: true }).fill('short');
  await office.getByLabel('再输入一次口令').fill('short');
  await office.getByRole('button', { name: '导出密钥文件' }).click();
  await expect(office.getByTestId('key-export-outcome')).toHaveText('口令至少 10 个字符。');
  await office.getByLabel('口令', { exact: true }).fill('绿色社区 2026 复核组');
  await office.getByLabel('再输入一次口令').fill('绿色社区 2026 复核');
  await office.getByRole('button', { name: '导出密钥文件' }).click();
  await expect(office.getByTestId('key-export-outcome')).toHaveText('两次输入的口令不一样。');
  await office.getByLabel('再输入一次口令').fill('绿色社区 2026 复核组');
  const keyFile = await downloadFrom(office, () => office.getByRole('button', { name: '导出密钥文件' }).click());
  const keyText = fs.readFileSync(keyFile, 'utf8');
  const key = JSON.parse(keyText);
  expect(key.format).toBe('danzhou-green-community-office-key');
  expect(key.iterations).toBeGreaterThanOrEqual(600000);
  // The private key is never in the file in the clear.
  expect(keyText).not.toContain('PRIVATE');
  expect(Object.keys(key)).not.toContain('private_key');

  // A laptop without the key: its reviews do not count at the office.
  const laptop = await desktopPage(browser);
  await openApp(laptop, '#/office/keys');
  await expect(laptop.getByTestId('office-key')).toContainText('本机还没有市办公室签名密钥');
  await importAtOffice(laptop, [file]);
  await review(laptop, '复核', { conclusion: '通过' });
  await laptop.goto('./#/office/exports');
  const unsignedMerged = await downloadFrom(laptop, () => laptop.getByRole('button', { name: '导出汇总文件（不含照片）' }).click());
  let results = await importAtOffice(office, [unsignedMerged]);
  await expect(results).toContainText('没有本机信任的市办公室签名');

  // Another file, or a wrong passphrase, changes nothing; the right one gives the same key.
  await laptop.goto('./#/office/keys');
  await laptop.getByTestId('key-file').setInputFiles(unsignedMerged);
  await laptop.getByLabel('密钥文件的口令').fill('绿色社区 2026 复核组');
  await laptop.getByRole('button', { name: '导入密钥' }).click();
  await expect(laptop.getByTestId('key-import-outcome')).toContainText('不是市办公室的密钥文件');
  await laptop.getByTestId('key-file').setInputFiles(keyFile);
  await laptop.getByLabel('密钥文件的口令').fill('绿色社区 2025 复核组');
  await laptop.getByRole('button', { name: '导入密钥' }).click();
  await expect(laptop.getByTestId('key-import-outcome')).toHaveText('口令不对，密钥没有导入。');
  await expect(laptop.getByTestId('office-fingerprint')).toHaveCount(0);
  await laptop.getByLabel('密钥文件的口令').fill('绿色社区 2026 复核组');
  await laptop.getByRole('button', { name: '导入密钥' }).click();
  await expect(laptop.getByTestId('key-import-outcome')).toContainText(`指纹 ${fingerprint}`);
  await expect(laptop.getByTestId('office-fingerprint')).toHaveText(fingerprint);
  await laptop.goto('./#/office/exports');
  const merged = await downloadFrom(laptop, () => laptop.getByRole('button', { name: '导出汇总文件（不含照片）' }).click());
  expect(JSON.parse(fs.readFileSync(merged, 'utf8')).signature.public_key).toBe(key.public_key);
  results = await importAtOffice(office, [merged]);
  await expect(results).toContainText('市办公室签名');
  await expect(results).toContainText('带来市办公室的 1 条');
  await office.goto('./#/office/reviews');
  await expect(office.getByTestId('review-row')).toContainText('通过');
});
