import {test, expect} from './fixtures';
import {localePrefix} from '../../src/data/locales';
import {plannedPages, readPagePlan} from '../support/plan';

test('sidebar categories follow the plan order', async ({page}) => {
  await page.goto('/docs/fundamentals/regions-and-zones');
  const labels = page.locator('nav[aria-label] .theme-doc-sidebar-item-category-level-1 > div > .menu__link');
  await expect(labels).toHaveText(readPagePlan().map((c) => c.label.es));
});

test('home page lists every planned page', async ({page}) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  for (const planned of plannedPages()) {
    await expect(page.locator(`main a[href="/docs/${planned.slug}"]`)).toHaveText(planned.title.es);
  }
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
  expect(sitemap).toContain('/exam-map</loc>');
  expect(sitemap).not.toMatch(/\/docs\/dva-c0|\/exam-map\/dva-c0/);
});

test('the home page says which exam the site follows and links what changed', async ({page}) => {
  for (const [locale, text] of [
    ['es', 'Desde el 1 de diciembre de 2026, el examen es DVA-C03'],
    ['en', 'Since December 1, 2026, the exam has been DVA-C03'],
  ] as const) {
    await page.goto(`${localePrefix(locale)}/`);
    const news = page.locator('header p', {hasText: text});
    await expect(news).toBeVisible();
    await news.getByRole('link').click();
    await expect(page).toHaveURL(`${localePrefix(locale)}/exam-map#changes`);
    await expect(page.locator('#changes')).toBeInViewport();
  }
});
