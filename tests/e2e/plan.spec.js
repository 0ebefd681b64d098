// The plan reader: the whole plan, and items linked to their place and back.
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, communityIdFromUrl } = require('./helpers');

test('the whole plan is readable', async ({ page }) => {
  await openApp(page, '#/plan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('儋州市绿色社区创建行动方案（送审稿）');
  for (const heading of ['一、创建目标', '二、组织领导', '三、创建内容', '四、组织实施', '五、保障措施']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText('到 2022 年，70% 以上的社区参与创建行动并达到创建要求。')).toBeVisible();
  await expect(page.getByRole('link', { name: '23887585' })).toHaveAttribute('href', 'tel:089823887585');
  await expect(page.locator('[data-deadline="s4"]')).toContainText('每年10月30日前，年度总结评估报告报市绿色社区创建行动领导小组');
  await expect(page.locator('[data-deadline="s2"]')).toContainText('2020年8月31日前，各单位实施方案报市城市管理局');
  await expect(page.locator('[data-deadline="s2"]')).toContainText('已过期限');
  await expect(page.locator('.plan-area')).toHaveCount(5);
});

test('an item links to its place in the plan, and back', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await page.goto(`./#/c/${id}/i/a3-06`);
  await page.getByRole('link', { name: '在方案中查看 →' }).click();
  await expect(page).toHaveURL(/#\/plan\/a3-06$/);
  const place = page.locator('#plan-item-a3-06');
  await expect(place).toHaveClass(/focused/);
  await expect(place).toBeInViewport();
  await place.getByRole('link', { name: '打开条目 →' }).click();
  await expect(page).toHaveURL(new RegExp(`#/c/${id}/i/a3-06$`));

  // A reload on the plan deep link works too.
  await page.goto('./#/plan/a3-06');
  await page.reload();
  await expect(page.locator('#plan-item-a3-06')).toBeInViewport();
});
