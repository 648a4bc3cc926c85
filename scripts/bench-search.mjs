// @ts-check
// The search part of `npm run bench` (README, "Benchmark"; `npm run bench -- --only search` runs it alone): what a
// reader's first search fetches, per locale and edition, over the queries of bench/search-queries.json; the same
// on a copy of the site whose current edition has every page twice; and the time the indexing adds to a build.
import {execFile} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {close as closePagefind} from 'pagefind';
import {loadLocales} from '../deploy/locales.mjs';
import {pagesByEdition, searchIndexPath, writeSearchIndex} from '../src/plugins/pagefindIndex.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Request} Request */
/** @typedef {{locale: string, edition: string, page: string}} Target */
/** @typedef {{bytes: number, parts: Record<string, number>, other: string[]}} SearchCost */

const root = join(import.meta.dirname, '..');
const indexScript = join(root, 'src', 'plugins', 'pagefindIndex.mjs');
const {locales, defaultLocale} = loadLocales();
/** @type {string[]} The past editions are the docs versions (src/data/editions.ts names the same ids). */
export const pastEditionIds = JSON.parse(readFileSync(join(root, 'versions.json'), 'utf8'));
export const editionIds = ['current', ...pastEditionIds];
/** @type {Record<string, Record<string, string[]>>} Per locale, groups of queries (single words, plurals…). */
const queryGroups = JSON.parse(readFileSync(join(root, 'bench', 'search-queries.json'), 'utf8'));
export const queriesOf = (/** @type {string} */ locale) => Object.values(queryGroups[locale]).flat();

// How the query reaches the box: by default in one input event, as a paste or a reader typing faster than the
// box's 120 ms pause (src/theme/SearchBar/index.tsx) does: one search per query. BENCH_TYPING_DELAY=<ms> types
// it key by key instead; on a loaded machine the pause can then expire mid-word, and the fragments of a prefix's
// results are fetched too (up to 150 KB more in one run), so the figures vary from run to run.
const typingDelay = process.env.BENCH_TYPING_DELAY;
export const typingDelayMs = typingDelay === undefined ? null : Number(typingDelay);
// The page a first search starts from, in each edition: a doc page present in all of them.
const startPage = 'fundamentals/iam';

/** A locale's base URL ('/', '/en/') and its folder in a build. */
const urlPrefix = (/** @type {string} */ locale) => (locale === defaultLocale ? '/' : `/${locale}/`);
const localeDir = (/** @type {string} */ siteDir, /** @type {string} */ locale) =>
  locale === defaultLocale ? siteDir : join(siteDir, locale);
/** The other locales' folders, built inside the default one's: not its pages (as the plugin skips them). */
const otherLocaleDirs = (/** @type {string} */ outDir, /** @type {string} */ locale) =>
  locales.filter((l) => l !== locale).map((l) => join(outDir, l));

/** The doc page a first search starts from, per locale and edition. */
export const targets = locales.flatMap((locale) =>
  editionIds.map((edition) => ({
    locale,
    edition,
    page: `${urlPrefix(locale)}docs/${edition === 'current' ? '' : `${edition}/`}${startPage}`,
  })),
);

/** A copy of the build in a temporary folder, for the indexing time and the site with every page twice. */
export function copyBuild(/** @type {string} */ buildDir) {
  const dir = mkdtempSync(join(tmpdir(), 'apuntes-aws-bench-search-'));
  cpSync(buildDir, dir, {recursive: true});
  return dir;
}

/**
 * Indexes every locale and edition of a built site as `npm run build` does (the plugin runs
 * src/plugins/pagefindIndex.mjs in its own Node process after each locale), from scratch; returns the seconds
 * per locale. This is the time the indexing adds to the build.
 */
export async function timeIndexing(/** @type {string} */ siteDir) {
  /** @type {Record<string, number>} */
  const seconds = {};
  for (const locale of locales) {
    const outDir = localeDir(siteDir, locale);
    rmSync(join(outDir, 'pagefind'), {recursive: true, force: true});
    const options = {outDir, urlPrefix: urlPrefix(locale), pastEditionIds, skip: otherLocaleDirs(outDir, locale)};
    const start = performance.now();
    await promisify(execFile)(process.execPath, [indexScript, JSON.stringify(options)]);
    seconds[locale] = Math.round((performance.now() - start) / 100) / 10;
  }
  return seconds;
}

/**
 * Makes `siteDir` (a copy of the build) a site with twice the current edition: every current-edition docs page
 * also at docs-copy/…, and the current edition's index of each locale written again, with the indexer's own
 * functions, over both. Returns the pages indexed per locale.
 */
export async function doubleCurrentEdition(/** @type {string} */ siteDir) {
  /** @type {Record<string, {before: number, after: number}>} */
  const pageCounts = {};
  try {
    for (const locale of locales) {
      const outDir = localeDir(siteDir, locale);
      const current =
        (await pagesByEdition(outDir, pastEditionIds, otherLocaleDirs(outDir, locale))).get('current') ?? [];
      /** @type {{url: string, html: string}[]} */
      const pages = [];
      for (const {page, file} of current) {
        const html = readFileSync(file, 'utf8');
        pages.push({url: `${urlPrefix(locale)}${page}`, html});
        if (!page.startsWith('docs/')) continue;
        const copy = page.replace(/^docs\//, 'docs-copy/');
        mkdirSync(dirname(join(outDir, `${copy}.html`)), {recursive: true});
        writeFileSync(join(outDir, `${copy}.html`), html);
        pages.push({url: `${urlPrefix(locale)}${copy}`, html});
      }
      const indexDir = join(outDir, searchIndexPath('current'));
      rmSync(indexDir, {recursive: true, force: true});
      await writeSearchIndex(pages, indexDir);
      pageCounts[locale] = {before: current.length, after: pages.length};
    }
  } finally {
    await closePagefind();
  }
  return pageCounts;
}

/** What a search response is, from its URL: the parts of Pagefind, or something else fetched after the intent. */
function partOf(/** @type {string} */ url) {
  const {pathname} = new URL(url);
  if (!pathname.includes('/pagefind/')) return 'other';
  if (pathname.endsWith('/pagefind.js')) return 'script';
  if (pathname.endsWith('.pagefind')) return 'wasm';
  // The site's list of common words (src/plugins/pagefindIndex.mjs) is metadata of the index too.
  if (/\.pf_meta$|\/pagefind-entry\.json$|\/common-words\.json$/.test(pathname)) return 'metadata';
  if (pathname.includes('/index/')) return 'chunks';
  if (pathname.includes('/fragment/')) return 'fragments';
  if (pathname.includes('/filter/')) return 'filters';
  return 'other';
}

/**
 * A first search, cold: a fresh browser context opens `url` and waits until the page is hydrated and the network
 * is idle; then the reader clicks the search box (hover and focus: the intent that loads Pagefind) and enters
 * `query`. Every response from then until the results are shown and the network is quiet again is search's:
 * its encoded body size (the bytes transferred, gzip where the server compresses) is summed.
 * @returns {Promise<SearchCost>}
 */
export async function firstSearch(
  /** @type {Browser} */ browser,
  /** @type {string} */ url,
  /** @type {string} */ query,
) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    /** @type {Request[]} */
    const requests = [];
    const pending = new Set();
    let lastActivity = performance.now();
    page.on('request', (request) => {
      requests.push(request);
      pending.add(request);
      lastActivity = performance.now();
    });
    const settle = (/** @type {Request} */ request) => {
      pending.delete(request);
      lastActivity = performance.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    const box = page.locator('input.navbar__search-input');
    await box.click();
    if (typingDelayMs === null) await box.fill(query);
    else await box.pressSequentially(query, {delay: typingDelayMs});
    // Results shown (or "no results"): the box's list is expanded once the search has an answer.
    await page.locator('input.navbar__search-input[aria-expanded="true"]').waitFor();
    while (pending.size > 0 || performance.now() - lastActivity < 300) await page.waitForTimeout(50);
    /** @type {SearchCost} */
    const cost = {bytes: 0, parts: {}, other: []};
    for (const request of requests) {
      const {responseBodySize} = await request.sizes();
      const part = partOf(request.url());
      cost.bytes += responseBodySize;
      cost.parts[part] = (cost.parts[part] ?? 0) + responseBodySize;
      if (part === 'other') cost.other.push(request.url());
    }
    return cost;
  } finally {
    await context.close();
  }
}

/**
 * Runs `fn` over `items`, `concurrency` at a time (each first search has its own browser context, so running
 * some side by side changes no byte), results in the order of `items`.
 * @template T, R
 * @param {T[]} items
 * @param {number} concurrency
 * @param {(item: T) => Promise<R>} fn
 * @returns {Promise<R[]>}
 */
async function inPool(items, concurrency, fn) {
  /** @type {R[]} */
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({length: Math.min(concurrency, items.length)}, worker));
  return results;
}

/**
 * The first-search cost of every query of `queries(locale)` from each target page of `origin`: per target, the
 * median and maximum in bytes, and each query's cost.
 * @param {Browser} browser
 * @param {string} origin
 * @param {Target[]} pages
 * @param {(locale: string) => string[]} queries
 * @param {number} concurrency
 */
export async function firstSearchCosts(browser, origin, pages, queries, concurrency) {
  const jobs = pages.flatMap((target) => queries(target.locale).map((query) => ({target, query})));
  const costs = await inPool(jobs, concurrency, ({target, query}) => firstSearch(browser, origin + target.page, query));
  return pages.map((target) => {
    const mine = jobs.flatMap((job, i) => (job.target === target ? [{query: job.query, ...costs[i]}] : []));
    const bytes = mine.map((cost) => cost.bytes);
    const largest = mine.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return {
      ...target,
      median: median(bytes),
      max: largest.bytes,
      maxQuery: largest.query,
      queries: Object.fromEntries(mine.map(({query, ...cost}) => [query, cost])),
    };
  });
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
