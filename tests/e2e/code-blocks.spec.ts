// Code blocks are highlighted at build time (README, "Code blocks"): coloured before and without
// JavaScript, in both colour modes, with the theme's copy button, and no Prism in the browser.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from '@playwright/test';
import {buildDir} from '../support/build';
import {test, expect} from './fixtures';

const codePage = '/docs/ec2/user-data';

/** The colours of the first code block: its background, plain text, and a comment and a function token. */
async function blockColours(page: Page) {
  const block = page.locator('.theme-code-block').first();
  const colour = (selector: string) => block.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
  return {
    background: await block.evaluate((el) => getComputedStyle(el).backgroundColor),
    plain: await colour('pre'),
    comment: await colour('.token.comment'),
    function: await colour('.token.function'),
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: tokens are coloured from the first paint as after hydration`, async ({browser}) => {
    const context = await browser.newContext({colorScheme});
    const page = await context.newPage();
    await page.goto(codePage);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const hydrated = await blockColours(page);
    expect(new Set(Object.values(hydrated)).size, JSON.stringify(hydrated)).toBe(4);

    // The server-rendered page alone, before any script runs (the inline colour-mode script still does).
    await page.route('**/assets/js/**', (route) => route.abort());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
    expect(await blockColours(page)).toEqual(hydrated);
    await context.close();
  });
}

test('the two colour modes use different code colours', async ({browser}) => {
  const colours = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({colorScheme});
    const page = await context.newPage();
    await page.goto(codePage);
    colours.push(await blockColours(page));
    await context.close();
  }
  expect(colours[0]!.background).not.toBe(colours[1]!.background);
  expect(colours[0]!.comment).not.toBe(colours[1]!.comment);
});

test('without JavaScript code is coloured', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(codePage);
  const colours = await blockColours(page);
  expect(colours.comment).not.toBe(colours.plain);
  expect(colours.function).not.toBe(colours.plain);
  await context.close();
});

for (const locale of ['es', 'en'] as const) {
  test(`${locale}: the copy button copies the block's code`, async ({browser, baseURL}) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${locale === 'en' ? '/en' : ''}/docs/development/cli`);
    const block = page.locator('.theme-code-block').first();
    const shown = await block.locator('code').innerText();
    await block.hover();
    await block.getByRole('button', {name: locale === 'en' ? /copy/i : /copiar/i}).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(shown.trim());
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('no script of the build contains Prism', () => {
  const scripts = readdirSync(join(buildDir, 'assets', 'js')).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  // Prism's grammars use this key; nothing else the site bundles does.
  const withPrism = scripts.filter((file) =>
    readFileSync(join(buildDir, 'assets', 'js', file), 'utf8').includes('lookbehind'),
  );
  expect(withPrism).toEqual([]);
});
