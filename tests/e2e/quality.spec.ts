// Accessibility (axe) and self-containment, once per page template × locale × edition, in light mode and,
// for one page of each kind, in dark mode. `npm run test:axe-all` sweeps every page of the build instead.
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {builtPages} from '../support/build';
import {docUrl, docsVersions, locales} from '../support/docs';
import {examMapPath, pastEditions} from '../../src/data/editions';
import {localePrefix} from '../../src/data/locales';

// A doc page with tables, code and glossary terms; the other kinds of page; the 404 page. (The practice
// page's questions, feedback and exam result are checked with axe in practice.spec.ts.)
const templates = [
  ...docsVersions.flatMap((edition) =>
    ['ec2/purchase-options', 'ec2/user-data'].map((slug) => docUrl(slug, 'es', edition)),
  ),
  '/',
  '/glossary',
  examMapPath('current'),
  ...pastEditions.filter((edition) => !edition.notesAsWritten).map((edition) => examMapPath(edition.id)),
  '/search?q=spot',
  '/practice',
  '/no-existe',
];

/** A Spanish path in every locale: '/glossary' → '/glossary', '/en/glossary'. */
const localized = (path: string) => locales.map((locale) => `${localePrefix(locale)}${path}`);

const urls = process.env.AXE_ALL
  ? [...builtPages().map((p) => p.url), '/no-existe', '/en/not-there']
  : templates.flatMap(localized);

/** axe's serious and critical findings; `rules` limits the run to those rules. */
async function seriousViolations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({page});
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('light mode', () => {
  // A 404 page logs its own failed request.
  test.use({allowedConsoleErrors: [/404 \(Not Found\)/]});
  for (const url of urls) {
    test(`${url}: accessible and self-contained`, async ({page, baseURL}) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const {origin, protocol} = new URL(request.url());
        if (origin !== new URL(baseURL!).origin && protocol !== 'data:' && protocol !== 'blob:')
          outside.push(request.url());
      });
      await page.goto(url, {waitUntil: 'networkidle'});
      expect(await seriousViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    });
  }
});

test.describe('dark mode', () => {
  // Dark mode has its own colours (primary shades, code tokens from the dark Prism theme); its structure is the
  // light mode's, which the full axe run above checks, so here axe runs its colour rules only.
  test.use({colorScheme: 'dark'});
  const darkModePages = [
    '/',
    docUrl('development/cli', 'es'),
    docUrl('ec2/purchase-options', 'es'),
    '/glossary',
    '/exam-map',
    '/search?q=spot',
    '/practice',
  ];
  for (const url of darkModePages.flatMap(localized)) {
    test(`${url}: accessible in dark mode`, async ({page}) => {
      await page.goto(url, {waitUntil: 'networkidle'});
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await seriousViolations(page, ['color-contrast', 'link-in-text-block'])).toEqual([]);
    });
  }
});
