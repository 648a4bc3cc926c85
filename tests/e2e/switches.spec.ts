import {test, expect, isInViewport} from './fixtures';

// Each pair: the Spanish URL and its English twin; the switch must keep page, query and section.
const places = [
  {path: '/docs/ec2/purchase-options', hash: '#spot-instances'},
  {path: '/docs/fundamentals/iam', hash: '#best-practices'},
  {path: '/docs/s3/encryption-and-security', hash: '#sse-kms'},
  {path: '/docs/development/elastic-beanstalk', hash: '#immutable'},
];

type Page = import('@playwright/test').Page;

/** Opens a navbar dropdown (the one whose label matches `menu`) and picks an entry. */
async function choose(page: Page, menu: RegExp, entry: string) {
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  const dropdown = page.locator('.navbar__items--right .dropdown').filter({hasText: menu}).first();
  await dropdown.hover();
  await dropdown.getByRole('link', {name: entry, exact: true}).click();
}

const switchLanguage = (page: Page, label: 'English' | 'Español') => choose(page, /English|Español/, label);
const switchEdition = (page: Page, label: 'DVA-C02' | 'DVA-C01 (2020)') => choose(page, /DVA-C0/, label);

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

test('edition switch keeps the page and the section, both ways', async ({page, consoleErrors}) => {
  await page.goto('/docs/ec2/purchase-options#spot-instances');
  await switchEdition(page, 'DVA-C01 (2020)');
  await expect(page).toHaveURL('/docs/dva-c01/ec2/purchase-options#spot-instances');
  await expect.poll(() => isInViewport(page, '#spot-instances')).toBe(true);
  await switchEdition(page, 'DVA-C02');
  await expect(page).toHaveURL('/docs/ec2/purchase-options#spot-instances');
  await expect.poll(() => isInViewport(page, '#spot-instances')).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('language switch on the original edition keeps edition, page and section', async ({page}) => {
  await page.goto('/docs/dva-c01/fundamentals/iam#best-practices');
  await switchLanguage(page, 'English');
  await expect(page).toHaveURL('/en/docs/dva-c01/fundamentals/iam#best-practices');
  await expect(page.locator('.theme-doc-version-banner')).toContainText('original edition of the notes');
  await expect.poll(() => isInViewport(page, '#best-practices')).toBe(true);
  await switchLanguage(page, 'Español');
  await expect(page).toHaveURL('/docs/dva-c01/fundamentals/iam#best-practices');
  await expect(page.locator('.theme-doc-version-banner')).toContainText('edición original de los apuntes');
});
