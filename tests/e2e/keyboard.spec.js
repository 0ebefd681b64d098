// Keyboard only: every stop on the way shows a focus ring, a community is
// added and an item rated without a pointer, and a dialog keeps focus inside
// until Escape closes it and gives focus back to the button that opened it.
const { test, expect } = require('@playwright/test');

test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

/** Whether the focused element, or the box drawn for a hidden radio, shows a ring. */
function focusRing() {
  const el = document.activeElement;
  // Focus on the page itself (before the first control) is no control.
  if (el === document.body) return { ring: true, what: 'the page' };
  const shown = getComputedStyle(el).opacity === '0' && el.nextElementSibling ? el.nextElementSibling : el;
  const style = getComputedStyle(shown);
  const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return { ring, what: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30)}` };
}

/** Presses Tab until `target` has focus, checking the ring at every stop. */
async function tabTo(page, target, { limit = 80, shift = false } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const stop = await page.evaluate(focusRing);
    expect(stop.ring, `a focus ring on ${stop.what}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${target} is not reachable with Tab`);
}

test('a community is added and an item rated with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('main form')).toBeVisible();
  await tabTo(page, page.getByLabel('社区名称'));
  await page.keyboard.type('键盘社区');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '键盘社区' })).toBeVisible();

  const picker = page.locator('[data-item="a1-01"] fieldset.rating-picker');
  await tabTo(page, picker.getByRole('radio', { name: '未评估', exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(picker).toHaveAttribute('data-rating', 'met');
  await expect(page.getByTestId('save-status')).toContainText('已保存');
  await page.reload();
  await expect(picker).toHaveAttribute('data-rating', 'met');
});

test('a dialog keeps the focus and gives it back when it closes', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('社区名称').fill('东风社区');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '东风社区' })).toBeVisible();
  await page.goto('./#/');
  const remove = page.getByRole('button', { name: '删除', exact: true });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '确认删除' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: '确认删除' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(page.getByRole('link', { name: '东风社区', exact: true })).toBeVisible();
});
