// Self-assessment on a phone: photos, notes, 不适用 reasons, actions,
// field inspections, history and undo, and the verdict.
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { openApp, addCommunity, rate, ratingOption, communityIdFromUrl } = require('./helpers');

const fixture = (name) => path.join(__dirname, 'fixtures', name);

async function openItem(page, itemId) {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  await page.goto(`./#/c/${id}/i/${itemId}`);
  await expect(page.locator('blockquote').first()).toBeVisible();
  return id;
}

const thumbnails = (page) => page.getByTestId('thumbnails').locator('img');

test('a photo is attached, downscaled, kept after a reload, deduplicated and deleted', async ({ page }) => {
  await openItem(page, 'a2-05');
  await page.getByLabel('照片说明（可不填）').fill('路面破损处');
  await page.getByTestId('photo-input').setInputFiles(fixture('road.jpg'));
  await expect(thumbnails(page)).toHaveCount(1);
  await expect(thumbnails(page).first()).toHaveAttribute('alt', '路面破损处');
  await expect(thumbnails(page).first()).toHaveJSProperty('complete', true);
  const size = await thumbnails(page).first().evaluate((img) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([1600, 1200]);

  await page.reload();
  await expect(thumbnails(page)).toHaveCount(1);
  await expect.poll(() => thumbnails(page).first().evaluate((img) => img.naturalWidth)).toBe(1600);

  // The same picture again is stored once.
  await page.getByTestId('photo-input').setInputFiles(fixture('road.jpg'));
  await expect(page.getByText('正在处理照片…')).toHaveCount(0);
  await expect(thumbnails(page)).toHaveCount(1);

  await page.getByTestId('thumbnails').getByRole('button').first().click();
  const viewer = page.getByTestId('photo-viewer');
  await expect(viewer).toBeVisible();
  await expect(viewer).toContainText('1600×1200');
  await viewer.getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确认删除' }).click();
  await expect(thumbnails(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: '现场照片' })).toBeVisible();
  await expect(thumbnails(page)).toHaveCount(0);
});

test('files that are not usable photos are refused with their name and change nothing', async ({ page }) => {
  await openItem(page, 'a2-05');
  const input = page.getByTestId('photo-input');
  const errors = page.getByTestId('photo-errors');

  await input.setInputFiles(fixture('notes.txt'));
  await expect(errors).toContainText('notes.txt：只能添加图片文件。');

  await input.setInputFiles(fixture('broken.jpg'));
  await expect(errors).toContainText('broken.jpg：无法读取这张图片，文件可能已损坏。');

  await input.setInputFiles({
    name: 'huge.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(31 * 1024 * 1024, 1),
  });
  await expect(errors).toContainText('huge.jpg：图片超过 30 MB');

  await page.reload();
  await expect(page.getByRole('heading', { name: '现场照片' })).toBeVisible();
  await expect(thumbnails(page)).toHaveCount(0);
  await expect(page.getByTestId('history')).toHaveCount(0);
});

test('不适用 without a reason is refused; with one it is saved and shown', async ({ page }) => {
  await openItem(page, 'a5-07');
  await rate(page, 'a5-07', '部分达标', 'partial');
  await ratingOption(page, 'a5-07', '不适用').check();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写不适用的理由。')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(ratingOption(page, 'a5-07', '部分达标')).toBeChecked();

  await page.reload();
  await expect(ratingOption(page, 'a5-07', '部分达标')).toBeChecked();
  await ratingOption(page, 'a5-07', '不适用').check();
  await page.getByLabel('为什么这一项不适用于本社区？').fill('社区内没有文物古迹和古树名木');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('na-reason')).toContainText('社区内没有文物古迹和古树名木');
  await page.reload();
  await expect(ratingOption(page, 'a5-07', '不适用')).toBeChecked();
  await expect(page.getByTestId('na-reason')).toContainText('社区内没有文物古迹和古树名木');
});

test('a note over 2,000 characters is refused, not cut; one of 2,000 is kept as text', async ({ page }) => {
  await openItem(page, 'a1-02');
  const note = page.getByLabel('备注');
  await note.fill('很'.repeat(2001));
  await expect(page.getByTestId('note-count')).toHaveText('2001/2000 字');
  await page.getByRole('button', { name: '保存备注' }).click();
  await expect(page.getByText('备注最多 2000 字，现在是 2001 字。')).toBeVisible();
  await expect(note).toHaveValue('很'.repeat(2001));
  await page.reload();
  await expect(page.getByLabel('备注')).toHaveValue('');

  const text = '<b>不是粗体</b>' + '记'.repeat(1989);
  expect([...text].length).toBe(2000);
  await page.getByLabel('备注').fill(text);
  await page.getByRole('button', { name: '保存备注' }).click();
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await page.reload();
  await expect(page.getByLabel('备注')).toHaveValue(text);
  await expect(page.locator('main b')).toHaveCount(0);
});

test('undo walks back through an item history, and survives a reload', async ({ page }) => {
  await openItem(page, 'a1-03');
  await rate(page, 'a1-03', '达标', 'met');
  await rate(page, 'a1-03', '未达标', 'not_met');
  const history = page.getByTestId('history');
  await expect(history.locator('li')).toHaveCount(2);
  await expect(history.locator('li').first()).toContainText('达标 → 未达标');

  await page.getByTestId('undo').click();
  await expect(page.locator('fieldset.rating-picker')).toHaveAttribute('data-rating', 'met');
  await expect(history.locator('li').first()).toContainText('撤销：');
  await page.getByTestId('undo').click();
  await expect(page.locator('fieldset.rating-picker')).toHaveAttribute('data-rating', 'unassessed');
  await expect(history.locator('li')).toHaveCount(4);

  await page.reload();
  await expect(ratingOption(page, 'a1-03', '未评估')).toBeChecked();
  await expect(page.getByTestId('history').locator('li')).toHaveCount(4);
});

test('rectification actions: overdue ones stand out, the open list is sorted by due date', async ({ page }) => {
  const id = await openItem(page, 'a2-05');
  const add = async (description, due) => {
    await page.getByRole('button', { name: '添加整改事项' }).click();
    await page.getByLabel('要做什么').fill(description);
    await page.getByLabel('整改期限').fill(due);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByTestId('actions')).toContainText(description);
  };
  await page.getByRole('button', { name: '添加整改事项' }).click();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请选择整改期限。')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();

  await add('修补三号楼前路面坑洼', '2020-01-15');
  await add('清理消防通道杂物', '2099-06-30');
  const overdue = page.getByTestId('action').filter({ hasText: '修补三号楼前路面坑洼' });
  await expect(overdue).toHaveClass(/overdue/);
  await expect(overdue).toContainText('已逾期');
  await expect(overdue).toContainText('市住建局');

  await page.goto(`./#/c/${id}/actions`);
  await expect(page.getByTestId('action')).toHaveText([/修补三号楼前路面坑洼/, /清理消防通道杂物/]);
  await page.goto(`./#/c/${id}/i/a2-05`);
  await overdue.getByRole('button', { name: '标记完成' }).click();
  await expect(overdue).toContainText('已完成');
  await page.goto(`./#/c/${id}/actions`);
  await expect(page.getByTestId('action')).toHaveCount(1);
});

test('a field inspection walks item by item and sums up what it did', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  await page.getByRole('link', { name: '实地检查' }).click();
  await page.getByLabel('检查人员').fill('王芳、李明');
  await page.getByRole('button', { name: '开始实地检查' }).click();
  await expect(page.getByText('第 1 项，共 37 项')).toBeVisible();

  await rate(page, 'a1-01', '达标', 'met');
  await page.getByRole('link', { name: '下一项 →' }).click();
  await expect(page.getByText('第 2 项，共 37 项')).toBeVisible();
  await rate(page, 'a1-02', '未达标', 'not_met');
  await page.getByRole('button', { name: '添加整改事项' }).click();
  await page.getByLabel('要做什么').fill('召开业委会联席会议');
  await page.getByLabel('整改期限').fill('2099-01-31');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('actions')).toContainText('召开业委会联席会议');
  await page.getByRole('link', { name: '下一项 →' }).click();
  await page.getByTestId('photo-input').setInputFiles(fixture('road.jpg'));
  await expect(thumbnails(page)).toHaveCount(1);
  await page.getByRole('link', { name: '← 上一项' }).click();
  await expect(page.getByText('第 2 项，共 37 项')).toBeVisible();

  await page.getByRole('button', { name: '结束检查' }).click();
  const summary = page.getByTestId('inspection-summary');
  await expect(summary).toContainText('检查了 3 项');
  await expect(summary).toContainText('自评结果变化 2 项');
  await expect(summary).toContainText('拍照 1 张');
  await expect(summary).toContainText('新增整改事项 1 条');
  await expect(summary).toContainText('未评估 → 未达标');
  await expect(page.getByText('王芳、李明')).toBeVisible();

  await page.getByRole('link', { name: '← 实地检查' }).click();
  await expect(page.getByTestId('inspections').locator('li')).toHaveCount(1);
  await expect(page.getByRole('button', { name: '开始实地检查' })).toBeVisible();
});

test('the verdict follows the default scoring and lists exactly what is missing', async ({ page }) => {
  await openApp(page);
  await addCommunity(page, '东风社区');
  const id = communityIdFromUrl(page);
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('尚未达到创建要求');
  await expect(verdict).toContainText('还有 37 项未评估');
  await expect(verdict).toContainText('默认');

  const ids = await page.locator('li.item-row').evaluateAll((rows) => rows.map((r) => r.dataset.item));
  expect(ids).toHaveLength(37);
  for (const [index, itemId] of ids.entries()) {
    await ratingOption(page, itemId, index < 26 ? '达标' : '未达标').check();
    await expect(page.locator(`[data-item="${itemId}"] fieldset`)).not.toHaveAttribute('data-rating', 'unassessed');
  }
  // 26 of 37 is 70.2%: at the line.
  await expect(verdict).toContainText('已达到创建要求');
  await page.goto(`./#/c/${id}/missing`);
  await expect(page.getByText('没有缺项')).toBeVisible();

  await page.goto(`./#/c/${id}`);
  await rate(page, ids[0], '未达标', 'not_met');
  await expect(verdict).toContainText('尚未达到创建要求');
  await expect(verdict).toContainText('得分率 67%');
  await page.goto(`./#/c/${id}/missing`);
  await expect(page.getByTestId('missing').locator('> li')).toHaveCount(12);
  await expect(page.getByTestId('missing')).toContainText('达标后可加 1 分');
});
