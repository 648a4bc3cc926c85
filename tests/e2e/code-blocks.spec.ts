// Code blocks are highlighted at build time (README, "Code blocks"): coloured before and without
// JavaScript, in both colour modes, with the theme's copy button (no Prism in the browser:
// tests/build/bundle.test.ts).
import type {Page} from '@playwright/test';
import {test, expect, hydrated} from './fixtures';
import {docUrl, locales} from '../support/docs';

const codePage = '/docs/ec2/user-data';

/** The colours of the first code block: its background, plain text, and a comment and a function token. */
async function blockColours(page: Page) {
  const block = page.locator('.theme-code-block').first();
  const colour = (selector: string) =>
    block
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  return {
    background: await block.evaluate((el) => getComputedStyle(el).backgroundColor),
    plain: await colour('pre'),
    comment: await colour('.token.comment'),
    function: await colour('.token.function'),
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme, allowedConsoleErrors: [/net::ERR_FAILED/]});
    test('tokens are coloured from the first paint as after hydration', async ({page}) => {
      await page.goto(codePage);
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const hydratedColours = await blockColours(page);
      expect(new Set(Object.values(hydratedColours)).size, JSON.stringify(hydratedColours)).toBe(4);

      // The server-rendered page alone, before any script runs (the inline colour-mode script still does);
      // the aborted scripts log their failure, allowed above.
      await page.route('**/assets/js/**', (route) => route.abort());
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
      expect(await blockColours(page)).toEqual(hydratedColours);
    });
  });
}

test('the two colour modes use different code colours', async ({page}) => {
  await page.goto(codePage);
  const light = await blockColours(page);
  await page.emulateMedia({colorScheme: 'dark'});
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await blockColours(page);
  expect(light.background).not.toBe(dark.background);
  expect(light.comment).not.toBe(dark.comment);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('code is coloured', async ({page}) => {
    await page.goto(codePage);
    const noScript = await blockColours(page);
    expect(noScript.comment).not.toBe(noScript.plain);
    expect(noScript.function).not.toBe(noScript.plain);
  });
});

for (const locale of locales) {
  test(`${locale}: the copy button copies the block's code`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    await page.goto(docUrl('development/cli', locale));
    await hydrated(page);
    const block = page.locator('.theme-code-block').first();
    const shown = await block.locator('code').innerText();
    await block.hover();
    await block.getByRole('button', {name: locale === 'en' ? /copy/i : /copiar/i}).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(shown.trim());
  });
}

// The unlisted test page uses every code-block feature (src/pages/test/code-blocks.mdx): an upgrade that
// breaks one of them in the ejected components fails here.
test.describe('every code-block feature', () => {
  const blocks = (page: Page) => page.locator('main .theme-code-block');
  const colouredTokens = (block: ReturnType<Page['locator']>) =>
    block.locator('.token').evaluateAll((tokens) => {
      const plain = getComputedStyle(tokens[0].closest('pre')!).color;
      return new Set(tokens.map((token) => getComputedStyle(token).color).filter((colour) => colour !== plain)).size;
    });

  test('title, {1,3} ranges, line numbers, magic comments, every language and a JSX CodeBlock', async ({page}) => {
    await page.goto('/test/code-blocks');
    await hydrated(page);
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(blocks(page)).toHaveCount(5);

    const titled = blocks(page).nth(0);
    await expect(titled.locator('[class*="codeBlockTitle"]')).toHaveText('deploy.sh');
    await expect(titled.locator('.theme-code-block-highlighted-line')).toHaveCount(2);
    await expect(titled.locator('[class*="codeLineNumber"]')).toHaveCount(3);

    const magic = blocks(page).nth(1);
    await expect(magic.locator('.theme-code-block-highlighted-line')).toHaveCount(3);
    await expect(magic.locator('code')).not.toContainText('highlight-');

    const jsx = blocks(page).nth(4);
    await expect(jsx.locator('[class*="codeBlockTitle"]')).toHaveText('jsx.sh');

    // bash, bash, json, yaml and the JSX block: each has coloured tokens.
    for (let i = 0; i < 5; i++) expect(await colouredTokens(blocks(page).nth(i)), `block ${i}`).toBeGreaterThan(0);
  });
});
