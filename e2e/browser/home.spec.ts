import { expect, test } from '@playwright/test';

test('the home page lists the seeded flows with their status and numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Flows' })).toBeVisible();
  const restaurant = page.getByRole('row', { name: /ABC Restaurant \(8x8 Advanced IVR guide\)/ });
  const simple = page.getByRole('row', { name: /Simple IVR \(8x8 guide\)/ });
  await expect(restaurant).toContainText('published');
  await expect(restaurant).toContainText('+6568332048');
  await expect(simple).toContainText('published');
  await expect(simple).toContainText('+6561115777');
});
