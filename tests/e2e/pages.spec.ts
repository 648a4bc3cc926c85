import {test, expect, isInViewport} from './fixtures';
import {plannedPages, readPagePlan} from '../support/plan';

for (const page of plannedPages()) {
  test(`/docs/${page.slug} renders and every section link lands on its section`, async ({
    page: browserPage,
    consoleErrors,
  }) => {
    const response = await browserPage.goto(`/docs/${page.slug}`);
    expect(response?.status()).toBe(200);
    await expect(browserPage.locator('h1')).toHaveText(page.title.es);
    for (const id of page.sectionIds) {
      // A fresh document load for each link, as when someone opens a shared URL.
      await browserPage.goto('about:blank');
      await browserPage.goto(`/docs/${page.slug}#${id}`);
      await expect(browserPage.locator(`[id="${id}"]`)).toBeVisible();
      await expect.poll(() => isInViewport(browserPage, `[id="${id}"]`), {message: `#${id} in view`}).toBe(true);
    }
    expect(consoleErrors).toEqual([]);
  });
}

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
