import {test, expect, hydrated} from './fixtures';
import type {Page} from '@playwright/test';
import {localePrefix, locales, type Locale} from '../../src/data/locales';

const resultsText: Record<Locale, RegExp> = {
  es: /Sin resultados|\d+ resultados?/,
  en: /No results|\d+ results?/,
};

/** The pages of the first five results on the search page. */
async function topResultPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('article a')
    .evaluateAll((links) => links.slice(0, 5).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs;
}

for (const locale of locales) {
  const prefix = localePrefix(locale);

  test(`${locale}: hostile input shows results or a translated "no results", never an error`, async ({page}) => {
    // Query syntax, markup and a long input; tests/build/search.test.ts runs every hostile input through the
    // same query code.
    const inputs = ['a:b~1^2 +"c', '<img src=x onerror=alert(1)>', 'x'.repeat(500), 'ñ'];
    for (const input of inputs) {
      await page.goto(`${prefix}/search?q=${encodeURIComponent(input)}`);
      await expect(page.locator('body')).toContainText(resultsText[locale]);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });

  test(`${locale}: the search page is shareable and translated`, async ({page}) => {
    const query = locale === 'es' ? 'encriptacion' : 'encryption';
    await page.goto(`${prefix}/search?q=${query}`);
    await expect(page.locator('h1')).toHaveText(
      locale === 'es' ? `Resultados de búsqueda para "${query}"` : `Search results for "${query}"`,
    );
    await expect(page.locator('input[type="search"][name="q"]')).toHaveAttribute(
      'aria-label',
      locale === 'es' ? 'Buscar' : 'Search',
    );
    await expect(page.locator('article').first()).toBeVisible();
    // The page finds what the ranking tests find with the same code (tests/build/search.test.ts): the S3
    // encryption page in the top 5.
    await expect.poll(() => topResultPaths(page)).toContain(`${prefix}/docs/s3/encryption-and-security`);
  });
}

test('the search page fetches each Pagefind file once: its preloads are the files Pagefind uses', async ({page}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const {pathname, search} = new URL(request.url());
    if (pathname.includes('/pagefind/')) fetched.push(pathname + search);
  });
  await page.goto('/search?q=snapshots');
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.locator('main [role="status"]')).toContainText(/\d+ resultados?/);
  const preloaded = await page
    .locator('link[data-search-preload]')
    .evaluateAll((links) =>
      links.map(
        (link) => new URL((link as HTMLLinkElement).href).pathname + new URL((link as HTMLLinkElement).href).search,
      ),
    );
  expect(preloaded.length).toBeGreaterThan(0);
  expect(fetched).toEqual(expect.arrayContaining(preloaded));
  // A preload Pagefind did not use (another URL, or a link replaced on hydration) would be fetched a second time.
  const paths = fetched.map((url) => url.split('?')[0]);
  expect(paths.length).toBe(new Set(paths).size);
});

test('keyboard: Ctrl+K focuses the box, arrows move, Enter opens the section with the terms highlighted', async ({
  page,
}) => {
  await page.goto('/docs/fundamentals/iam');
  await hydrated(page);
  const box = page.locator('input.navbar__search-input');
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.pressSequentially('buildspec', {delay: 20});
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  // The first suggestion opens its page at its section, with the terms highlighted.
  await expect(page).toHaveURL(/\?_highlight=buildspec(&_highlight=[^#&]+)*#[\w-]+$/i);
  await expect(page.locator('mark:visible').first()).toBeVisible();
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
});

test('keyboard: Esc closes the suggestions', async ({page}) => {
  await page.goto('/en/docs/fundamentals/iam');
  await hydrated(page);
  const box = page.locator('input.navbar__search-input');
  await page.keyboard.press('Control+k');
  await box.pressSequentially('snapshots', {delay: 20});
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});

for (const {from, prefix} of [
  {from: '/docs/storage/ebs', prefix: '/docs/'},
  {from: '/docs/dva-c02/storage/ebs', prefix: '/docs/dva-c02/'},
  {from: '/en/docs/dva-c02/storage/ebs', prefix: '/en/docs/dva-c02/'},
  {from: '/docs/dva-c01/storage/ebs', prefix: '/docs/dva-c01/'},
  {from: '/en/docs/dva-c01/storage/ebs', prefix: '/en/docs/dva-c01/'},
]) {
  test(`results come from the edition being read: ${from}`, async ({page}) => {
    await page.goto(from);
    await hydrated(page);
    await page.keyboard.press('Control+k');
    await page.locator('input.navbar__search-input').pressSequentially('snapshots', {delay: 20});
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`^[^?]*${prefix.replace(/\//g, '\\/')}storage/ebs\\?_highlight=`));
    if (prefix === '/docs/') expect(new URL(page.url()).pathname).not.toMatch(/dva-c0/);
  });
}

test('nothing of search loads before the reader shows intent; Pagefind then loads under the CSP', async ({page}) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\//.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto('/docs/storage/ebs');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.locator('input.navbar__search-input').hover();
  await expect.poll(() => searchRequests.some((url) => url.endsWith('.pagefind'))).toBe(true);
  // The fixture fails the test on any CSP violation, e.g. WebAssembly compiled without 'wasm-unsafe-eval'.
  await page.locator('input.navbar__search-input').fill('snapshots');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
});
