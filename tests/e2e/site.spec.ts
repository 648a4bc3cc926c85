import {test, expect} from './fixtures';
import {plannedPages, readPagePlan} from '../support/plan';

test('sidebar categories follow the plan order', async ({page}) => {
  await page.goto('/docs/fundamentals/regions-and-zones');
  const labels = page.locator('nav[aria-label] .theme-doc-sidebar-item-category-level-1 > div > .menu__link');
  await expect(labels).toHaveText(readPagePlan().map((c) => c.label.es));
});

test('home page lists every planned page', async ({page, consoleErrors}) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  for (const planned of plannedPages()) {
    await expect(page.locator(`main a[href="/docs/${planned.slug}"]`)).toHaveText(planned.title.es);
  }
  expect(consoleErrors).toEqual([]);
});

test('English home, navbar, sidebar and footer are translated', async ({page}) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 2, name: 'Exam topics'})).toBeVisible();
  for (const planned of plannedPages()) {
    await expect(page.locator(`main a[href="/en/docs/${planned.slug}"]`)).toHaveText(planned.title.en);
  }
  await expect(page.locator('.navbar').getByRole('link', {name: 'Notes', exact: true})).toBeVisible();
  await expect(page.locator('footer')).toContainText('Unofficial study notes');
});

test('the sitemap lists the current edition only', async ({request}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/docs/ec2/purchase-options</loc>');
  expect(sitemap).not.toContain('/docs/dva-c01/');
});
