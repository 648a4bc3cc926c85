import {test, expect, isInViewport} from './fixtures';

// Each pair: the Spanish URL and its English twin; the switch must keep page, query and section.
const places = [
  {path: '/docs/ec2/purchase-options', hash: '#spot-instances'},
  {path: '/docs/fundamentals/iam', hash: '#best-practices'},
  {path: '/docs/s3/encryption-and-security', hash: '#sse-kms'},
  {path: '/docs/development/elastic-beanstalk', hash: '#immutable'},
];

async function switchLanguage(page: import('@playwright/test').Page, label: 'English' | 'Español') {
  await page.locator('.navbar__items--right .dropdown').filter({hasText: /English|Español/}).first().hover();
  await page.getByRole('link', {name: label, exact: true}).first().click();
}

for (const {path, hash} of places) {
  test(`language switch keeps ${path}${hash} both ways`, async ({page, consoleErrors}) => {
    await page.goto(`${path}?ref=shared${hash}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    await switchLanguage(page, 'English');
    await expect(page).toHaveURL(`/en${path}?ref=shared${hash}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => isInViewport(page, hash)).toBe(true);

    await switchLanguage(page, 'Español');
    await expect(page).toHaveURL(`${path}?ref=shared${hash}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect.poll(() => isInViewport(page, hash)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
}

test('each page declares its language alternates', async ({page}) => {
  await page.goto('/docs/ec2/purchase-options');
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  const hrefs = Object.fromEntries(
    await alternates.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
  );
  expect(hrefs.es).toMatch(/\/docs\/ec2\/purchase-options$/);
  expect(hrefs.en).toMatch(/\/en\/docs\/ec2\/purchase-options$/);
  expect(hrefs['x-default']).toBe(hrefs.es);
});
