import { expect, test } from '@playwright/test';

test('the home page lists the seeded flows with their status and numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Flows' })).toBeVisible();
  // The list is paged, newest edit first: after other tests' flows the seeded ones are found by a search.
  await page.getByRole('searchbox', { name: 'Search flows' }).fill('(8x8');
  const restaurant = page.getByRole('row', { name: /ABC Restaurant \(8x8 Advanced IVR guide\)/ });
  const simple = page.getByRole('row', { name: /Simple IVR \(8x8 guide\)/ });
  await expect(restaurant).toContainText('published');
  await expect(restaurant).toContainText('+6568332048');
  await expect(simple).toContainText('published');
  await expect(simple).toContainText('+6561115777');
});

test('every page says when calls go to the sandbox, with a way to the setup page', async ({ page }) => {
  for (const path of ['/', '/calls']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sandbox' })).toHaveAttribute('href', '/settings');
  }
});
