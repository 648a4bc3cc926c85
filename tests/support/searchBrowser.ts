// The site's search as the reader's browser runs it: `npm run serve` on a free port, Debian's Chromium, and
// src/theme/SearchBar/pagefind.ts (the search box's own code, compiled here) over the built Pagefind indexes.
import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {chromium, type Browser, type Page} from 'playwright-core';
import ts from 'typescript';
import type {EditionId} from '../../src/data/editions';
import {localePrefix, type Locale} from '../../src/data/locales';
import type {SearchHit} from '../../src/theme/SearchBar/pagefind';
import {repoRoot} from './plan';

const moduleUrl = '/__search-under-test.js';

export interface SiteSearch {
  /** The hits from the first `pages` pages Pagefind ranks (the search box reads 4). */
  search(locale: Locale, query: string, edition?: EditionId, pages?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const {port} = probe.address() as {port: number};
      probe.close(() => resolve(port));
    });
  });

export async function startSiteSearch(): Promise<SiteSearch> {
  const port = await freePort();
  const server: ChildProcess = spawn('node', [join(repoRoot, 'scripts', 'serve.mjs')], {
    env: {...process.env, PORT: String(port)},
  });
  await new Promise((resolve) => server.stdout!.once('data', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const source = readFileSync(join(repoRoot, 'src/theme/SearchBar/pagefind.ts'), 'utf8');
  const code = ts.transpileModule(source, {
    compilerOptions: {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext},
  }).outputText;
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const pages = new Map<Locale, Page>();

  async function pageFor(locale: Locale): Promise<Page> {
    if (!pages.has(locale)) {
      const page = await browser.newPage();
      await page.route(`**${moduleUrl}`, (route) => route.fulfill({contentType: 'text/javascript', body: code}));
      // A light page of the locale, under the site's Content-Security-Policy.
      await page.goto(`${origin}${localePrefix(locale)}/404.html`);
      pages.set(locale, page);
    }
    return pages.get(locale)!;
  }

  return {
    async search(locale, query, edition = 'current', pages = 5) {
      const page = await pageFor(locale);
      const script = `${localePrefix(locale)}/pagefind/${edition}/`;
      // A string, so that Vitest leaves the browser's own import() alone.
      const args = JSON.stringify([moduleUrl, script, query, pages]);
      return page.evaluate(`(async ([moduleUrl, script, query, pages]) => {
        const site = await import(moduleUrl);
        window.searchIndexes ??= {};
        window.searchIndexes[script] ??= site.loadSiteIndex(script);
        return site.searchSite(await window.searchIndexes[script], query, pages);
      })(${args})`) as Promise<SearchHit[]>;
    },
    async close() {
      await browser.close();
      server.kill();
    },
  };
}
