// Opened inside WeChat (or another app's own browser): the app says how to
// open it in the phone's browser and why, offers the link to copy, and its
// export panel says files cannot be saved there. Not in a normal browser.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openApp, addCommunity } = require('./helpers');

const ANDROID = 'Mozilla/5.0 (Linux; Android 13; V2219A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36';
const AGENTS = [
  ['微信', `${ANDROID} XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64`],
  ['企业微信', `${ANDROID} wxwork/4.1.16 MicroMessenger/7.0.1 NetType/WIFI Language/zh ColorScheme/Light`],
  ['QQ', `${ANDROID} V1_AND_SQ_8.9.88_4852_YYB_D A_8098800 QQ/8.9.88.11945 NetType/WIFI WebP/0.3.0 AppId/537170024`],
];

for (const [app, userAgent] of AGENTS) {
  test(`inside ${app}: the notice before the first community, and on the export panel`, async ({ browser }) => {
    const context = await browser.newContext({ userAgent, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await openApp(page);
    const notice = page.getByTestId('in-app-notice');
    await expect(notice).toContainText(`现在是在${app}里打开的`);
    await expect(notice).toContainText('点右上角的 ···');
    await expect(notice).toContainText('选“在浏览器打开”');
    await expect(page.getByLabel('本页链接')).toHaveValue(page.url());
    await addCommunity(page, '东风社区');
    await expect(page.getByTestId('in-app-export')).toContainText(`在${app}里无法保存导出文件`);
    // The plan can still be read with the notice shown.
    await page.goto('./#/plan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('儋州市绿色社区创建行动方案（送审稿）');
    await expect(notice).toBeVisible();
    await context.close();
  });
}

test('the link is copied, and the notice can be put away for the session', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: AGENTS[0][1] });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await openApp(page);
  const axe = await new AxeBuilder({ page }).include('[data-testid="in-app-notice"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByTestId('in-app-copied')).toHaveText('链接已复制，可粘贴到手机浏览器的地址栏。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByTestId('in-app-notice')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main')).toBeVisible();
  await expect(page.getByTestId('in-app-notice')).toHaveCount(0);
  await context.close();
});

test('in a normal browser there is no notice', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: '添加您的社区' })).toBeVisible();
  await expect(page.getByTestId('in-app-notice')).toHaveCount(0);
  await addCommunity(page, '东风社区');
  await expect(page.getByTestId('export')).toBeVisible();
  await expect(page.getByTestId('in-app-export')).toHaveCount(0);
  // The export says where the file goes, where it is and how to send it.
  await expect(page.getByTestId('export-recipient')).toHaveText('导出的文件交给儋州市绿色社区创建行动领导小组办公室（设在市城市管理局办公室）。');
  await expect(page.getByTestId('export-send-steps')).toHaveCount(0);
  await page.getByLabel('不含照片（文件小，便于微信发送）').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载导出文件' }).click(),
  ]);
  await expect(page.getByTestId('export')).toContainText(`已导出：${download.suggestedFilename()}，在手机的“下载”文件夹里。`);
  await expect(page.getByTestId('export-send-steps')).toContainText('点 ＋ → 文件 → 手机存储 →“下载”(Download)');
});
