// Every tap stands on the one before it: taps faster than a write, and
// taps in two tabs of one device, leave an export in which each change of
// the device has its own seq and names the change before it, and the
// office sees no conflict. An export written by the earlier fault imports
// without a false conflict. A scoring file taken in one tab changes the
// verdict another tab shows.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const {
  openApp,
  addCommunity,
  communityIdFromUrl,
  exportCommunity,
  importAtOffice,
  ratingOption,
  officeScoringFile,
  takeOfficeFile,
} = require('./helpers');

const TAPS = [
  ['a1-01', 'met'],
  ['a1-01', 'not_met'],
  ['a1-02', 'met'],
  ['a1-03', 'partial'],
];

/** Clicks the result radios from a script, `gapMs` apart (0: in one task). */
async function tapQuickly(page, taps, gapMs) {
  await page.evaluate(
    async ({ taps, gapMs }) => {
      const click = ([item, value]) =>
        document
          .querySelector(`[data-item="${item}"] fieldset.rating-picker input[value="${value}"]`)
          .click();
      for (const tap of taps) {
        click(tap);
        if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
    },
    { taps, gapMs },
  );
}

/** The change records of the exported file, in the order they apply. */
function changesOf(file) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  return document.communities.flatMap((c) => c.changes);
}

/** Checks what the issue asks: one seq per change, each naming the one before. */
function expectOneSequence(changes, expected) {
  expect(changes.map((c) => [c.item_id, c.kind.new])).toEqual(expected);
  const seqs = changes.map((c) => c.seq);
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  changes.forEach((change, n) => {
    const before = changes.slice(0, n).reverse().find((c) => c.item_id === change.item_id);
    expect(change.base ?? null).toBe(before ? before.id : null);
    expect(change.kind.old).toBe(before ? before.kind.new : 'unassessed');
  });
}

async function expectNoConflictAtOffice(browser, file) {
  const office = await (await browser.newContext()).newPage();
  const results = await importAtOffice(office, [file]);
  await expect(results).toContainText('已导入');
  await expect(results).not.toContainText('两台设备');
  await office.context().close();
}

for (const gapMs of [0, 20]) {
  test(`four taps ${gapMs} ms apart are one sequence in the export, with no conflict at the office`, async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await addCommunity(page, '东风社区');
    const id = communityIdFromUrl(page);
    await tapQuickly(page, TAPS, gapMs);
    await expect(page.getByTestId('save-status')).toContainText('已保存');
    await expect(page.locator('[data-item="a1-03"] fieldset.rating-picker')).toHaveAttribute('data-rating', 'partial');
    await page.reload();
    await expect(page.locator('[data-item="a1-01"] fieldset.rating-picker')).toHaveAttribute('data-rating', 'not_met');
    const file = await exportCommunity(page, id);
    expectOneSequence(changesOf(file), TAPS);
    await expectNoConflictAtOffice(browser, file);
  });
}

/** One device with a community open in two tabs (a link opened twice). */
async function twoTabs(browser) {
  const context = await browser.newContext();
  const tabA = await context.newPage();
  await openApp(tabA);
  await addCommunity(tabA, '东风社区');
  const id = communityIdFromUrl(tabA);
  const tabB = await context.newPage();
  await openApp(tabB, `#/c/${id}`);
  return { context, tabA, tabB, id };
}

test('two tabs of one device: the second builds on what the first stored, and shows it', async ({ browser }) => {
  const { context, tabA, tabB, id } = await twoTabs(browser);
  await expect(ratingOption(tabB, 'a1-01', '未评估')).toBeChecked();

  await ratingOption(tabA, 'a1-01', '达标').check();
  await expect(tabA.getByTestId('save-status')).toContainText('已保存');
  // Tab B, open before and not reloaded, is told and shows it.
  await expect(tabB.locator('[data-item="a1-01"] fieldset.rating-picker')).toHaveAttribute('data-rating', 'met');
  // Taps in tab B in one task, before anything else runs.
  await tapQuickly(tabB, [['a1-01', 'not_met'], ['a1-02', 'met']], 0);
  await expect(tabB.getByTestId('save-status')).toContainText('已保存');
  await expect(tabB.locator('[data-item="a1-02"] fieldset.rating-picker')).toHaveAttribute('data-rating', 'met');

  const file = await exportCommunity(tabA, id);
  expectOneSequence(changesOf(file), [
    ['a1-01', 'met'],
    ['a1-01', 'not_met'],
    ['a1-02', 'met'],
  ]);
  await expectNoConflictAtOffice(browser, file);
  await context.close();
});

test('two tabs tapping before either hears of the other still write one sequence', async ({ browser }) => {
  const { context, tabA, tabB, id } = await twoTabs(browser);
  // Both tabs tap at once: tab B builds before it hears of tab A's tap.
  await Promise.all([
    tapQuickly(tabA, [['a1-01', 'met']], 0),
    tapQuickly(tabB, [['a1-01', 'not_met'], ['a1-02', 'met']], 0),
  ]);
  await expect(tabA.getByTestId('save-status')).toContainText('已保存');
  await expect(tabB.getByTestId('save-status')).toContainText('已保存');
  const changes = changesOf(await exportCommunity(tabA, id));
  expect(changes).toHaveLength(3);
  const seqs = changes.map((c) => c.seq);
  expect(new Set(seqs).size).toBe(3);
  const [first, second] = changes.filter((c) => c.item_id === 'a1-01');
  expect(second.base).toBe(first.id);
  expect(second.kind.old).toBe(first.kind.new);
  await context.close();
});

test('an export written by the earlier fault (one seq, no base) imports without a false conflict', async ({ page }) => {
  const file = path.join(__dirname, 'fixtures', 'fault-same-seq.json');
  const changes = changesOf(file);
  // The fixture really has the fault: one device, repeated seqs, a change with no base.
  expect(new Set(changes.map((c) => c.device_id)).size).toBe(1);
  expect(new Set(changes.map((c) => c.seq)).size).toBeLessThan(changes.length);
  const results = await importAtOffice(page, [file]);
  await expect(results).toContainText('已导入');
  await expect(results).not.toContainText('两台设备');
});

test('a scoring file taken in a second tab changes the verdict shown in the first', async ({ browser }) => {
  const context = await browser.newContext();
  const checklist = await context.newPage();
  await openApp(checklist);
  await addCommunity(checklist, '东风社区');
  await expect(checklist.getByTestId('score')).toContainText('达标线 70%，默认评分');

  const settings = await context.newPage();
  await openApp(settings, '#/settings');
  const office = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await openApp(office, '#/office');
  const rules = await officeScoringFile(office, 80);
  await takeOfficeFile(settings, 'scoring-file', rules);
  await expect(settings.getByTestId('scoring-file-outcome')).toContainText('已采用市办公室评分规则第 1 版');

  // The first tab, not reloaded, follows.
  await expect(checklist.getByTestId('score')).toContainText('达标线 80%，市办公室评分规则第 1 版');
  await expect(checklist.getByTestId('verdict')).toContainText('按市办公室评分规则第 1 版');
  await context.close();
});
