// Every page of the build, every locale and edition: no serious accessibility finding, and no request
// leaving the site's own origin (no fonts, CDNs or analytics).
import AxeBuilder from '@axe-core/playwright';
import {test, expect} from './fixtures';
import {builtPages} from '../support/build';

const urls = [...builtPages().map((p) => p.url), '/no-existe', '/en/not-there'];

for (const url of urls) {
  test(`${url}: accessible and self-contained`, async ({page, baseURL}) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const {origin, protocol} = new URL(request.url());
      if (origin !== new URL(baseURL!).origin && protocol !== 'data:' && protocol !== 'blob:') outside.push(request.url());
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    const results = await new AxeBuilder({page}).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(outside).toEqual([]);
  });
}

// Dark mode has its own colours (primary shades, code tokens from the dark Prism theme): one page of each
// kind, in both locales.
const darkModePages = [
  '/',
  '/docs/development/cli',
  '/docs/ec2/purchase-options',
  '/glossary',
  '/exam-map',
  '/search?q=spot',
];
for (const url of darkModePages.flatMap((path) => [path, `/en${path}`])) {
  test(`${url}: accessible in dark mode`, async ({browser}) => {
    const context = await browser.newContext({colorScheme: 'dark'});
    const page = await context.newPage();
    await page.goto(url, {waitUntil: 'networkidle'});
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const results = await new AxeBuilder({page}).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}
