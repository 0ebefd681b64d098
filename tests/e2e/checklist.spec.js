// The checklist: results set with one tap survive reloads, closed tabs and
// deep links; progress follows.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate, ratingOption, communityIdFromUrl } = require('./helpers');

test('results survive a reload and progress follows them', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const overall = page.locator('section[aria-label="总体"]');
  await expect(overall.getByTestId('assessed-count')).toHaveText('已评 0/37');

  await rate(page, 'a1-01', '达标', 'met');
  await rate(page, 'a2-05', '部分达标', 'partial');
  await rate(page, 'a3-02', '未达标', 'not_met');
  await ratingOption(page, 'a5-07', '不适用').check();
  await page.getByLabel('为什么这一项不适用于本社区？').fill('社区内没有文物古迹和古树名木');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('[data-item="a5-07"] fieldset.rating-picker')).toHaveAttribute('data-rating', 'not_applicable');
  await rate(page, 'a4-01', '达标', 'met');
  await expect(overall.getByTestId('assessed-count')).toHaveText('已评 4/36');
  await expect(overall.getByTestId('met-count')).toHaveText('达标 2/36');

  await page.reload();
  await expect(ratingOption(page, 'a1-01', '达标')).toBeChecked();
  await expect(ratingOption(page, 'a2-05', '部分达标')).toBeChecked();
  await expect(ratingOption(page, 'a3-02', '未达标')).toBeChecked();
  await expect(ratingOption(page, 'a5-07', '不适用')).toBeChecked();
  await expect(ratingOption(page, 'a1-02', '未评估')).toBeChecked();
  await expect(overall.getByTestId('assessed-count')).toHaveText('已评 4/36');
  const area1 = page.locator('details[data-area="a1"]');
  await expect(area1.getByTestId('assessed-count')).toHaveText('已评 1/5');
});

test('a closed tab loses nothing', async ({ page, context }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a2-01', '达标', 'met');
  const url = page.url();
  await page.close();

  const again = await context.newPage();
  await again.goto(url);
  await expect(ratingOption(again, 'a2-01', '达标')).toBeChecked();
});

test('changing a result back and forth keeps the latest', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await rate(page, 'a1-03', '未达标', 'not_met');
  await rate(page, 'a1-03', '部分达标', 'partial');
  await rate(page, 'a1-03', '达标', 'met');
  await page.reload();
  await expect(ratingOption(page, 'a1-03', '达标')).toBeChecked();
});

test('areas collapse and expand', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const area = page.locator('details[data-area="a2"]');
  await expect(area.locator('.item-row').first()).toBeVisible();
  await area.locator('summary').click();
  await expect(area.locator('.item-row').first()).toBeHidden();
  await area.locator('summary').click();
  await expect(area.locator('.item-row').first()).toBeVisible();
});

test('an item deep link opens after a reload, with the plan words and guidance', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await page.goto(`./#/c/${id}/i/a2-05`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('社区道路平整');
  await expect(page.locator('blockquote')).toHaveText(
    '综合治理社区道路，消除路面坑洼破损等安全隐患，畅通消防、救护等生命通道。',
  );
  await expect(page.locator('.chips li')).toHaveText([
    '市住建局', '市城市管理局', '市应急管理局', '市科工信局', '市生态环境局', '市水务局', '那大镇',
  ]);
  await expect(page.getByText('本应用编写的参考，不是方案原文。')).toBeVisible();

  await rate(page, 'a2-05', '未达标', 'not_met');
  await page.getByRole('link', { name: '下一项 →' }).click();
  await expect(page).toHaveURL(new RegExp(`#/c/${id}/i/a2-06$`));
  await page.getByRole('link', { name: '← 返回清单' }).click();
  await expect(ratingOption(page, 'a2-05', '未达标')).toBeChecked();
});

test('an unknown community or item says so', async ({ page }) => {
  await openApp(page, '#/c/no-such-community');
  await expect(page.getByRole('heading', { name: '找不到这个社区，可能已被删除。' })).toBeVisible();
  await openApp(page, '#/nowhere');
  await expect(page.getByRole('heading', { name: '找不到这个页面。' })).toBeVisible();
});
