// Residents judge the results too (效果共评), as the app's users go through
// it: the committee enters a door-to-door survey on its phone; a display
// on a touch screen at the community center asks residents, three answer,
// the committee leaves the display with its PIN and exports; the office
// imports both files and sees the display's answers beside the survey,
// never added; a satisfaction line of 80% from at least 100 households set
// at the office and sent to the phone stops a community at 75% meeting the
// requirements, and its 缺项 page and printed 自评表 say why. And what must
// be refused: surveys that cannot be true, on the phone and in a file, and
// a display tapped a hundred times in a minute.
const fs = require('node:fs');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity, rate, communityIdFromUrl, downloadFrom, exportCommunity, importAtOffice, createOfficeKey, takeOfficeFile, resealed } = require('./helpers');

const SHOTS = process.env.SHOTS;
const PIN = '2468';
const INTERVAL_MS = 20_000;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoAxeViolations(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function newPage(browser, options) {
  const context = await browser.newContext({ isMobile: false, ...options });
  return context.newPage();
}

/** On the residents' page: fills and saves a survey; returns the outcome line. */
async function enterSurvey(page, { date, method = '入户走访', households, satisfied, fairly, dissatisfied }) {
  const form = page.getByTestId('survey-form');
  if (date) await form.getByLabel('调查日期').fill(date);
  await form.getByLabel('调查方式').selectOption({ label: method });
  await form.getByLabel('调查户数').fill(String(households));
  await form.getByLabel('满意（户）', { exact: true }).fill(String(satisfied));
  await form.getByLabel('基本满意（户）').fill(String(fairly));
  await form.getByLabel('不满意（户）').fill(String(dissatisfied));
  await form.getByRole('button', { name: '保存调查' }).click();
  return page.getByTestId('survey-outcome');
}

/** A phone with 东风社区 and a door-to-door survey of 120 households, 75% satisfied. */
async function phoneWithSurvey(page) {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await page.getByTestId('satisfaction-card').getByRole('link', { name: '居民满意度' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('居民满意度（效果共评）');
  await expect(await enterSurvey(page, { households: 120, satisfied: 60, fairly: 30, dissatisfied: 30 })).toHaveText('调查已保存。');
  await expect(page.getByTestId('survey')).toContainText('入户走访 · 调查 120 户：满意 60、基本满意 30、不满意 30 · 满意率 75%');
  await expect(page.getByTestId('satisfaction-figure')).toContainText('满意率 75%');
  await expect(page.getByTestId('satisfaction-figure')).toContainText('共调查 120 户；入户走访');
  return id;
}

/** On the display: opens the poll from its footer and answers `choice`; returns what the screen says. */
async function answer(page, choice) {
  await page.getByTestId('poll-button').click();
  await page.getByTestId('poll').getByRole('button', { name: choice, exact: true }).click();
  const said = page.getByTestId('poll').getByRole('status');
  await expect(said).toBeVisible();
  const text = await said.textContent();
  // The thank-you stays five seconds, then the display goes on.
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('poll')).toHaveCount(0);
  return text;
}

async function leaveDisplay(page) {
  await page.getByRole('button', { name: '退出展示' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('退出密码（4 到 8 位数字）').fill(PIN);
  await dialog.getByRole('button', { name: '退出展示' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '东风社区' })).toBeVisible();
}

/** A touch screen holding the phone's community (taken from its file) as a display with the poll on. */
async function displayWithPoll(browser, phoneFile, id) {
  const kiosk = await newPage(browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await kiosk.clock.install();
  await openApp(kiosk);
  await importAtOffice(kiosk, [phoneFile]);
  await kiosk.goto(`./#/c/${id}`);
  await kiosk.getByRole('button', { name: '展示屏模式' }).click();
  await kiosk.getByLabel('退出密码（4 到 8 位数字）').fill(PIN);
  await kiosk.getByLabel('再输入一次密码').fill(PIN);
  await kiosk.locator('#kiosk-seconds').selectOption('30');
  await kiosk.getByTestId('kiosk-poll').check();
  await kiosk.getByRole('button', { name: '开始展示' }).click();
  await expect(kiosk.getByTestId('kiosk')).toBeVisible();
  return kiosk;
}

test('residents answer on the display, the committee\'s survey and the answers reach the office apart, and the office\'s satisfaction line stops a community at 75%', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const id = await phoneWithSurvey(page);
  const phoneFile = await exportCommunity(page, id);

  // The display on a 1920×1080 touch screen: three residents answer.
  const kiosk = await displayWithPoll(browser, phoneFile, id);
  await expect(kiosk.getByTestId('poll-button')).toHaveText('评价社区环境');
  await kiosk.getByTestId('poll-button').click();
  await expect(kiosk.getByTestId('poll').getByRole('heading')).toHaveText('您对社区环境满意吗？');
  await expect(kiosk.getByTestId('poll')).toContainText('匿名评价，不收集任何个人信息。本屏每 20 秒只记录一次评价。');
  await expect(kiosk.getByTestId('poll').locator('input, textarea, select, [contenteditable]')).toHaveCount(0);
  await shot(kiosk, 'residents-poll');
  await expectNoAxeViolations(kiosk);
  await kiosk.getByTestId('poll').getByRole('button', { name: '满意', exact: true }).click();
  await expect(kiosk.getByTestId('poll')).toContainText('谢谢您的评价！');
  await kiosk.clock.runFor(5_000);
  // Too soon: the screen says so and keeps nothing.
  expect(await answer(kiosk, '不满意')).toContain('刚才已有人评价');
  await kiosk.clock.runFor(INTERVAL_MS);
  expect(await answer(kiosk, '基本满意')).toBe('谢谢您的评价！');
  await kiosk.clock.runFor(INTERVAL_MS);
  expect(await answer(kiosk, '满意')).toBe('谢谢您的评价！');
  // The slide of what residents said comes round, labelled as what it counts.
  const residents = kiosk.locator('[data-kind="residents"]');
  for (let turn = 0; turn < 9 && !(await residents.isVisible()); turn++) await kiosk.clock.runFor(30_000);
  await expect(residents.getByTestId('chart-poll')).toContainText('展示屏上的居民评价（3 次，1 天）');
  await expect(residents.getByTestId('chart-survey')).toContainText('满意度调查');
  await expect(residents.getByTestId('chart-survey')).toContainText('120 户');
  await expect(residents.getByTestId('chart-survey')).toContainText('75%');
  await expect(residents).toContainText('两者分开统计，不相加。');
  await shot(kiosk, 'residents-slide');
  await expectNoAxeViolations(kiosk);
  await leaveDisplay(kiosk);
  const kioskFile = await exportCommunity(kiosk, id);
  const exported = JSON.parse(fs.readFileSync(kioskFile, 'utf8'));
  expect(exported.evaluation.poll_answers.map((a) => a.choice)).toEqual(expect.arrayContaining(['satisfied', 'fairly_satisfied', 'satisfied']));
  expect(exported.evaluation.poll_answers).toHaveLength(3);
  expect(Object.keys(exported.evaluation.poll_answers[0]).sort()).toEqual(['at', 'choice', 'community_id', 'device_id', 'id']);

  // The office: the display's answers beside the survey, never added.
  const office = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  await openApp(office, '#/office');
  const fingerprint = await createOfficeKey(office);
  const results = await importAtOffice(office, [phoneFile, kioskFile]);
  await expect(results).toContainText('带来展示屏上的居民评价 3 次（不是抽样调查，不计入满意率）');
  await office.goto('./#/office/communities');
  const row = office.locator('tr[data-community]');
  await expect(row.getByTestId('satisfaction-cell')).toContainText('75%（120 户）');
  await expect(row.getByTestId('satisfaction-cell')).toContainText('入户走访');
  await expect(row.getByTestId('poll-cell')).toHaveText('3 次');
  await shot(office, 'residents-office-table');
  // The community's own page at the office: the answers counted per day.
  await row.getByRole('link', { name: '东风社区' }).click();
  await expect(office.getByTestId('satisfaction-figure')).toContainText('满意率 75%');
  await expect(office.getByTestId('poll-figure')).toContainText('展示屏上的居民评价：3 次（满意 2、基本满意 1、不满意 0），1 天内');
  await expect(office.getByTestId('poll-figure')).toContainText(/按天计：\d{4}-\d{2}-\d{2} 3 次/);

  // The office sets a satisfaction line of 80% from at least 100 households.
  await office.goto('./#/office/scoring');
  const line = office.getByTestId('satisfaction-line');
  await expect(line).toContainText('不设置时不作要求：这是默认。');
  await line.getByLabel('设置满意度要求').check();
  await line.getByLabel('满意率不低于（%）').fill('80');
  await line.getByLabel('满意率不低于（%）').blur();
  await line.getByLabel('调查户数不少于').fill('100');
  await line.getByLabel('调查户数不少于').blur();
  await expectNoAxeViolations(office);
  const scoring = office.getByTestId('scoring');
  await scoring.getByRole('button', { name: /保存为第 \d+ 版评分规则/ }).click();
  await expect(scoring.getByRole('heading')).toContainText('市办公室评分规则第 1 版');
  const rulesFile = await downloadFrom(office, () => office.getByTestId('export-scoring').click());
  expect(JSON.parse(fs.readFileSync(rulesFile, 'utf8')).rules.satisfaction).toEqual({ min_share: 0.8, min_households: 100 });
  await office.goto('./#/office/report');
  await expect(office.getByTestId('report-satisfaction')).toContainText('东风社区');
  await expect(office.getByTestId('report-satisfaction-city')).toContainText('1 个社区录入了调查，共调查 120 户，合计满意率 75%');

  // The phone takes the rules: with every item 达标, only the line stands in the way.
  await page.goto('./#/settings');
  await expect(await takeOfficeFile(page, 'scoring-file', rulesFile, fingerprint)).toContainText('已采用市办公室评分规则第 1 版');
  await page.goto(`./#/c/${id}`);
  const items = await page.locator('[data-item] fieldset.rating-picker').evaluateAll((all) => all.map((f) => f.closest('[data-item]').dataset.item));
  for (const item of items) await rate(page, item, '达标', 'met');
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('居民满意率 75%，低于市办公室要求的 80%。');
  await expect(page.getByTestId('satisfaction-card')).toContainText('市办公室的满意度要求：满意率不低于 80%，且调查不少于 100 户');
  await page.getByRole('link', { name: '还差什么' }).first().click();
  const shortfall = page.getByTestId('satisfaction-shortfall');
  await expect(shortfall).toContainText('居民满意率 75%，低于市办公室要求的 80%。');
  await expect(shortfall).toContainText('共调查 120 户');
  await expect(page.getByText('没有缺项')).toHaveCount(0);
  await shot(page, 'residents-missing');
  await expectNoAxeViolations(page);

  // A second survey lifts the rate: 150 + 70 of 250 households = 88%; the community meets.
  await shortfall.getByRole('link', { name: '去记录满意度调查' }).click();
  await expect(await enterSurvey(page, { method: '电话回访', households: 130, satisfied: 100, fairly: 20, dissatisfied: 10 })).toHaveText('调查已保存。');
  await expect(page.getByTestId('satisfaction-figure')).toContainText('满意率 84%（');
  await expect(page.getByTestId('satisfaction-figure')).toContainText('2 次调查，共调查 250 户；入户走访、电话回访');
  await page.goto(`./#/c/${id}`);
  await expect(verdict).not.toContainText('居民满意率');

  // The printed 自评表 shows the surveys and the display's answers apart.
  await page.goto(`./#/c/${id}/report`);
  const form = page.getByTestId('form-satisfaction');
  await expect(form).toContainText('居民满意度（效果共评）');
  await expect(form).toContainText('入户走访 · 调查 120 户');
  await expect(form).toContainText('电话回访 · 调查 130 户');
  await expect(form).toContainText('展示屏上的居民评价：还没有');
});

test('a survey that cannot be true is refused and changes nothing; a survey is corrected, deleted and undone', async ({ page }) => {
  const id = await phoneWithSurvey(page);
  const cases = [
    [{ households: 100, satisfied: 60, fairly: 30, dissatisfied: 20 }, '回答的户数（110）多于调查户数（100）。'],
    [{ households: 100, satisfied: -5, fairly: 0, dissatisfied: 0 }, '户数不能为负数。'],
    [{ households: 100001, satisfied: 0, fairly: 0, dissatisfied: 0 }, '户数不能超过 100000。'],
    [{ households: 0, satisfied: 0, fairly: 0, dissatisfied: 0 }, '调查户数至少为 1。'],
    [{ households: '12.5', satisfied: 0, fairly: 0, dissatisfied: 0 }, '户数请填整数'],
    [{ date: '2019-06-01', households: 10, satisfied: 1, fairly: 1, dissatisfied: 1 }, '调查日期不能早于 2020 年'],
    [{ date: '2099-01-01', households: 10, satisfied: 1, fairly: 1, dissatisfied: 1 }, '调查日期不能晚于'],
    [{ date: '2026-01-05', method: '其他', households: 10, satisfied: 1, fairly: 1, dissatisfied: 1 }, '选择“其他”时请说明调查方式。'],
  ];
  for (const [survey, message] of cases) {
    await expect(await enterSurvey(page, survey)).toContainText(message);
    await expect(page.getByTestId('survey')).toHaveCount(1);
  }
  await page.getByTestId('survey-form').getByLabel('调查方式').selectOption({ label: '入户走访' });
  await shot(page, 'residents-phone');
  await expectNoAxeViolations(page);
  // Corrected, then the correction undone; deleted, then the delete undone.
  await page.getByTestId('survey').getByRole('button', { name: '修改' }).click();
  await expect(await enterSurvey(page, { households: 120, satisfied: 90, fairly: 20, dissatisfied: 10 })).toHaveText('调查已保存。');
  await expect(page.getByTestId('survey')).toContainText('满意率 91%');
  await page.getByTestId('undo-survey').click();
  await expect(page.getByTestId('survey')).toContainText('满意率 75%');
  await page.getByTestId('survey').getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('survey')).toHaveCount(0);
  await expect(page.getByTestId('satisfaction-figure')).toContainText('年还没有居民满意度调查');
  await page.getByTestId('undo-survey').click();
  await expect(page.getByTestId('survey')).toHaveCount(1);
  // The history of the plan's 效果共评 item tells it all, and survives a reload.
  await page.reload();
  await expect(page.getByTestId('survey')).toContainText('满意率 75%');
  await page.goto(`./#/c/${id}/i/a1-03`);
  await expect(page.getByTestId('history')).toContainText('删除满意度调查');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./#/c/${id}/residents`);
  await expectNoAxeViolations(page);
});

test('a file whose survey cannot be true is refused whole with its name, and changes nothing', async ({ page, browser }) => {
  const id = await phoneWithSurvey(page);
  const file = await exportCommunity(page, id);
  const edited = resealed(file, (document) => {
    delete document.signature;
    const change = document.communities[0].changes.find((c) => c.kind.field === 'survey');
    change.kind.after.satisfied = 200;
  });
  const office = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  await openApp(office, '#/office');
  const results = await importAtOffice(office, [edited]);
  await expect(results).toContainText(require('node:path').basename(edited));
  await expect(results).toContainText('回答的户数（260）多于调查户数（120）');
  await office.goto('./#/office/communities');
  await expect(office.locator('tr[data-community]')).toHaveCount(0);
});

test('a display tapped a hundred times in a minute keeps no more answers than one per 20 seconds', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const id = await phoneWithSurvey(page);
  const kiosk = await displayWithPoll(browser, await exportCommunity(page, id), id);
  const started = await kiosk.evaluate(() => Date.now());
  for (let tap = 0; tap < 100; tap++) {
    const choice = kiosk.getByTestId('poll').getByRole('button', { name: '满意', exact: true });
    if (await choice.isVisible()) await choice.click();
    else if (await kiosk.getByTestId('poll-button').isVisible()) await kiosk.getByTestId('poll-button').click();
    await kiosk.clock.runFor(600);
  }
  const elapsed = (await kiosk.evaluate(() => Date.now())) - started;
  await kiosk.clock.runFor(5_000);
  await leaveDisplay(kiosk);
  const kept = JSON.parse(fs.readFileSync(await exportCommunity(kiosk, id), 'utf8')).evaluation.poll_answers;
  expect(kept.length).toBeGreaterThanOrEqual(2);
  expect(kept.length).toBeLessThanOrEqual(Math.floor(elapsed / INTERVAL_MS) + 1);
  const times = kept.map((a) => Date.parse(a.at)).sort((a, b) => a - b);
  for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(INTERVAL_MS);
});
