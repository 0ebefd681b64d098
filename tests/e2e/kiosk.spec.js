// The kiosk display at the community center: slides that advance by
// themselves, nothing editable, live updates, PIN to leave, privacy.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity, rate, communityIdFromUrl, pasteRoster, rosterNames } = require('./helpers');

const PIN = '2468';

/** A community with results, a named user, an inspection and an action. */
async function communityWithData(page) {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await page.goto('./#/settings');
  await page.getByLabel('您的姓名').fill('王芳');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await page.goto(`./#/c/${id}/inspections`);
  await page.getByLabel('检查人员').fill('李明、张伟');
  await page.getByRole('button', { name: '开始实地检查' }).click();
  await rate(page, 'a1-01', '达标', 'met');
  await page.getByRole('button', { name: '结束检查' }).click();
  await expect(page.getByTestId('inspection-summary')).toBeVisible();
  await page.goto(`./#/c/${id}/i/a2-05`);
  await rate(page, 'a2-05', '部分达标', 'partial');
  await page.getByRole('button', { name: '添加整改事项' }).click();
  await page.getByLabel('要做什么').fill('修补三号楼前路面坑洼');
  await page.getByLabel('整改期限').fill('2099-03-01');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('actions')).toContainText('修补三号楼前路面坑洼');
  await page.goto(`./#/c/${id}`);
  return id;
}

async function enterKiosk(page) {
  await page.getByRole('button', { name: '展示屏模式' }).click();
  await page.getByLabel('退出密码（4 到 8 位数字）').fill(PIN);
  await page.getByLabel('再输入一次密码').fill(PIN);
  await page.getByRole('button', { name: '开始展示' }).click();
  await expect(page.getByTestId('kiosk')).toBeVisible();
}

const slide = (page) => page.getByTestId('kiosk');

async function checkEveryTextIsLarge(page) {
  const smallest = await page.evaluate(() => {
    let min = Infinity;
    const walker = document.createTreeWalker(document.querySelector('.kiosk'), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.textContent.trim()) continue;
      const size = parseFloat(getComputedStyle(node.parentElement).fontSize);
      min = Math.min(min, size);
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(32);
}

async function checkFitsWithoutScrolling(page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const slide = document.querySelector('.kiosk-slide');
    return {
      page: root.scrollHeight - root.clientHeight,
      slide: slide.scrollHeight - slide.clientHeight,
    };
  });
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.slide).toBeLessThanOrEqual(1);
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`kiosk at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

    test('slides advance, nothing edits, text is large and private', async ({ page }, testInfo) => {
      await page.clock.install();
      await communityWithData(page);
      await enterKiosk(page);
      await expect(page).toHaveURL(/#\/kiosk\//);

      for (let index = 0; index < 9; index++) {
        await expect(slide(page)).toHaveAttribute('data-slide', String(index));
        await checkEveryTextIsLarge(page);
        await checkFitsWithoutScrolling(page);
        await page.screenshot({ path: testInfo.outputPath(`slide-${index}.png`) });
        await page.clock.runFor(12_000);
      }
      await expect(slide(page)).toHaveAttribute('data-slide', '0');

      // Privacy: no person's name and no phone number.
      const text = await page.locator('body').innerText();
      for (const secret of ['王芳', '李明', '张伟', '23887585']) expect(text).not.toContain(secret);

      // Read-only: the only control is "leave", by click or keyboard.
      await expect(page.locator('.kiosk input, .kiosk textarea, .kiosk select, .kiosk [contenteditable]')).toHaveCount(0);
      const controls = await page.locator('.kiosk a, .kiosk button, .kiosk [tabindex]').allInnerTexts();
      expect(controls).toEqual(['退出展示']);
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el === document.body ? 'BODY' : el.textContent.trim();
        });
        expect(['退出展示', 'BODY']).toContain(focused);
      }

      const contrast = await new AxeBuilder({ page }).include('.kiosk').withRules(['color-contrast-enhanced']).analyze();
      expect(contrast.violations).toEqual([]);
    });
  });
}

test.describe('kiosk behaviour', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('an edit in another tab appears without a reload', async ({ page, context }) => {
    const id = await communityWithData(page);
    await enterKiosk(page);
    const progress = page.locator('.kiosk-bar-row').first();
    await expect(progress).toContainText('已评 2/37');

    const phone = await context.newPage();
    await phone.goto(`./#/c/${id}`);
    await rate(phone, 'a1-02', '达标', 'met');
    await rate(phone, 'a1-03', '未达标', 'not_met');
    await expect(progress).toContainText('已评 4/37');
  });

  test('leaving needs the PIN; a reload or a restart comes back to the display', async ({ page }) => {
    const id = await communityWithData(page);
    await enterKiosk(page);

    await page.reload();
    await expect(page.getByTestId('kiosk')).toBeVisible();
    await page.goto('./');
    await expect(page).toHaveURL(/#\/kiosk\//);
    await expect(page.getByTestId('kiosk')).toBeVisible();
    // Trying to wander off inside the display tab leads back.
    await page.evaluate((cid) => { location.hash = `#/c/${cid}`; }, id);
    await expect(page).toHaveURL(/#\/kiosk\//);

    await page.getByRole('button', { name: '退出展示' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('退出密码（4 到 8 位数字）').fill('1357');
    await dialog.getByRole('button', { name: '退出展示' }).click();
    await expect(dialog.getByText('密码不对，展示屏没有退出。')).toBeVisible();
    await expect(page).toHaveURL(/#\/kiosk\//);

    await dialog.getByLabel('退出密码（4 到 8 位数字）').fill(PIN);
    await dialog.getByRole('button', { name: '退出展示' }).click();
    await expect(page).toHaveURL(new RegExp(`#/c/${id}$`));
    // The checklist is the phone bundle's: the page loads it, unlocked.
    await expect(page.getByRole('heading', { level: 1, name: '东风社区' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '东风社区' })).toBeVisible();
  });

  test('a PIN that is not 4 to 8 digits, or typed differently twice, is refused', async ({ page }) => {
    await communityWithData(page);
    await page.getByRole('button', { name: '展示屏模式' }).click();
    await page.getByLabel('退出密码（4 到 8 位数字）').fill('12');
    await page.getByLabel('再输入一次密码').fill('12');
    await page.getByRole('button', { name: '开始展示' }).click();
    await expect(page.getByText('密码须为 4 到 8 位数字。')).toBeVisible();
    await page.getByLabel('再输入一次密码').fill('13');
    await page.getByRole('button', { name: '开始展示' }).click();
    await expect(page.getByText('两次输入的密码不一样。')).toBeVisible();
    await expect(page.getByTestId('kiosk')).toHaveCount(0);
  });
});

test.describe('kiosk and the city', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('the goal slide shows the city once other communities are on the device', async ({ page }) => {
    await page.clock.install();
    const id = await communityWithData(page);
    await page.goto('./#/office');
    await pasteRoster(page, rosterNames(40, ['东风社区', '兰洋社区']));
    await page.goto('./#/');
    await page.getByLabel('社区名称').fill('兰洋社区');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '兰洋社区' })).toBeVisible();
    await page.goto(`./#/c/${id}`);
    await enterKiosk(page);
    await page.clock.runFor(8 * 12_000);
    await expect(slide(page)).toHaveAttribute('data-slide', '8');
    await expect(page.getByTestId('kiosk-city')).toContainText('已汇总 2 个社区');
    await expect(page.getByTestId('kiosk-city')).toContainText('在册 40 个社区');
    await expect(page.getByTestId('kiosk-city')).toContainText('目标 70%');

    // A community's file imported in another tab joins the city line
    // without a reload (the display reads the summaries again, not every
    // community's records).
    const phone = await (await page.context().browser().newContext()).newPage();
    await openApp(phone);
    await addCommunity(phone, '木棠社区');
    const phoneCommunity = communityIdFromUrl(phone);
    await rate(phone, 'a1-01', '达标', 'met');
    await phone.goto(`./#/c/${phoneCommunity}`);
    await phone.getByLabel('不含照片（文件小，便于微信发送）').check();
    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      phone.getByRole('button', { name: '下载导出文件' }).click(),
    ]);
    const office = await page.context().newPage();
    await office.goto('./#/office');
    await office.getByTestId('import-input').setInputFiles(await download.path());
    await expect(office.getByTestId('import-results')).toContainText('已导入');
    await expect(page.getByTestId('kiosk-city')).toContainText('已汇总 3 个社区');
  });
});
