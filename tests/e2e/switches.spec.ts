// A shared link to a section survives every switch: language both ways, edition in every direction, the
// language on a past edition, and a past edition's banner link to the current edition.
import {test, expect, hydrated, isInViewport} from './fixtures';
import type {Page} from '@playwright/test';
import {editions, docsPath} from '../../src/data/editions';
import {localePrefix, type Locale} from '../../src/data/locales';

const section = {slug: 'ec2/purchase-options', hash: '#spot-instances', query: '?ref=shared'};
const url = (locale: Locale, edition: (typeof editions)[number]['id']) =>
  `${localePrefix(locale)}${docsPath(edition)}/${section.slug}${section.query}${section.hash}`;

/** Opens a navbar dropdown (the one whose label matches `menu`) and picks an entry. */
async function choose(page: Page, menu: RegExp, entry: string) {
  await hydrated(page);
  const dropdown = page.locator('.navbar__items--right .dropdown').filter({hasText: menu}).first();
  await dropdown.hover();
  await dropdown.getByRole('link', {name: entry, exact: true}).click();
}

const switchLanguage = (page: Page, label: 'English' | 'Español') => choose(page, /English|Español/, label);
const switchEdition = (page: Page, label: string) => choose(page, /DVA-C0/, label);

async function expectAt(page: Page, expected: string, lang: Locale) {
  await expect(page).toHaveURL(expected);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect.poll(() => isInViewport(page, section.hash)).toBe(true);
}

for (const {id, label} of editions) {
  test(`${label}: the language switch keeps edition, page, query and section, both ways`, async ({page}) => {
    await page.goto(url('es', id));
    await switchLanguage(page, 'English');
    await expectAt(page, url('en', id), 'en');
    await switchLanguage(page, 'Español');
    await expectAt(page, url('es', id), 'es');
  });
}

test('the edition switch keeps page, query and section in every direction', async ({page}) => {
  // current → each past edition → the next → back to current: every ordered pair of neighbours, both ways.
  const order = [...editions, ...[...editions].reverse().slice(1)];
  await page.goto(url('en', order[0].id));
  for (const edition of order.slice(1)) {
    await switchEdition(page, edition.label);
    await expectAt(page, url('en', edition.id), 'en');
  }
});

test('a past edition’s banner links the same section of the current edition, once hydrated', async ({page}) => {
  for (const edition of editions.slice(1)) {
    await page.goto(url('es', edition.id));
    await hydrated(page);
    await page.locator('.theme-doc-version-banner a').click();
    await expectAt(page, url('es', 'current'), 'es');
  }
});

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
