// @ts-check
// `npm run bench`: measures this site against a stock Docusaurus 3.10.2 site built in the same run,
// prints every figure against bench/budget.json and writes bench/results.json.
// Budgets are ratios to the reference, because absolute times drift on a shared machine; search's are bytes.
// `npm run bench -- --only search` measures search alone, on the existing build (bench/results.search.json);
// `npm run bench -- --query "lazy loading"` prints what a first search of one query fetches (README, "Search").
import {execSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromium} from 'playwright-core';
import {
  copyBuild,
  doubleCurrentEdition,
  firstSearchCosts,
  median,
  queriesOf,
  targets,
  timeIndexing,
  typingDelayMs,
} from './bench-search.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const budget = JSON.parse(readFileSync(join(root, 'bench', 'budget.json'), 'utf8'));
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
// First searches run side by side, each in its own browser context: the bytes do not depend on it.
const searchConcurrency = Number(process.env.BENCH_SEARCH_CONCURRENCY ?? 2);

/** The value of `--name value` or `--name=value` on the command line. */
function option(/** @type {string} */ name) {
  const args = process.argv.slice(2);
  const i = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
}
const oneQuery = option('query');
const only = option('only') ?? (oneQuery ? 'search' : undefined);
if (only !== undefined && only !== 'search') {
  console.error(`--only ${only}: the only part that runs alone is \`search\`.`);
  process.exit(2);
}
const kb = (/** @type {number} */ bytes) => Math.round(bytes / 102.4) / 10;

/** A cold build: the bundler's persistent cache would otherwise hide most of the work. */
function timed(/** @type {string} */ command, /** @type {string} */ cwd) {
  rmSync(join(cwd, 'node_modules', '.cache'), {recursive: true, force: true});
  const start = performance.now();
  execSync(command, {cwd, stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, NODE_ENV: 'production'}});
  return Math.round((performance.now() - start) / 100) / 10;
}

/** The stock site, created and installed once, outside the repo. */
function prepareReference() {
  const dir = join(tmpdir(), 'apuntes-aws-bench', 'reference');
  if (!existsSync(join(dir, 'node_modules'))) {
    mkdirSync(join(dir, '..'), {recursive: true});
    execSync('npx --yes create-docusaurus@3.10.2 reference classic --typescript --skip-install', {
      cwd: join(dir, '..'),
      stdio: 'inherit',
    });
    const configPath = join(dir, 'docusaurus.config.ts');
    const config = readFileSync(configPath, 'utf8').replace(/future: \{[^}]*\}/, 'future: {v4: true, faster: true}');
    writeFileSync(configPath, config);
    execSync('npm install --no-audit --no-fund', {cwd: dir, stdio: 'inherit'});
  }
  return dir;
}

/** A TCP port nobody listens on: other benchmarks may run on the same machine. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Serves a build as `npm run serve` does, on a free port; `siteHeaders` keeps this site's headers for a copy of
 * its build. Resolves once the home page answers.
 * @returns {Promise<{origin: string, server: import('node:child_process').ChildProcess}>}
 */
async function serve(/** @type {string} */ buildDir, siteHeaders = false) {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    env: {...process.env, BUILD_DIR: buildDir, PORT: String(port), SITE_HEADERS: siteHeaders ? '1' : '0'},
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return {origin, server};
    if (tries > 100 || server.exitCode !== null) throw new Error(`Could not serve ${buildDir} on port ${port}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Scripts and stylesheets a first visit loads until the network is idle; prefetched chunks apart.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function firstVisitWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {import('playwright-core').Response[]} */
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, {waitUntil: 'networkidle'});
  const weight = {scripts: {raw: 0, gzip: 0}, stylesheets: {raw: 0, gzip: 0}, prefetched: {raw: 0, gzip: 0}};
  /** @type {Record<string, 'scripts' | 'stylesheets' | 'prefetched'>} */
  const kinds = {script: 'scripts', stylesheet: 'stylesheets', other: 'prefetched'};
  for (const response of responses) {
    const kind = kinds[response.request().resourceType()];
    if (!kind) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    weight[kind].raw += body.length;
    weight[kind].gzip += gzipSync(body).length;
  }
  await context.close();
  return weight;
}

/**
 * Median time from typing a query to results, with the index loaded.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
async function searchLatency(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/docs/fundamentals/iam`);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  const box = page.locator('input.navbar__search-input');
  const queries = [
    'encriptacion',
    'politicas',
    'sesion',
    'replica',
    'spot',
    'buildspec',
    'httpd',
    'snapshot',
    'aurora',
    'cors',
    'ebextensions',
    'codecommit',
    'chmod',
    'volumenes',
    'cname',
    'lazy',
    'federacion',
    'mfa',
    'elastic',
    'perfiles',
  ];
  await box.fill('warm');
  await page.waitForTimeout(1000);
  const times = [];
  for (const query of queries) {
    await box.fill('');
    const start = Date.now();
    await box.fill(query);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    times.push(Date.now() - start);
  }
  await page.close();
  return median(times);
}

/** Lighthouse mobile, median of `lighthouseRuns` runs per figure. */
async function runLighthouse(/** @type {string} */ url) {
  /** @type {Record<string, number>[]} */
  const runs = [];
  for (let i = 0; i < lighthouseRuns; i++) {
    const chrome = await chromeLauncher.launch({chromePath, chromeFlags});
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // The search page is noindex on purpose (result pages do not belong in search engines): Lighthouse's
        // crawlability audit would count that against it; every other SEO audit still applies.
        ...(new URL(url).pathname.endsWith('/search') ? {skipAudits: ['is-crawlable']} : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const {lhr} = result;
      const score = (/** @type {string} */ category) => Math.round((lhr.categories[category].score ?? 0) * 100);
      const audit = (/** @type {string} */ id) => lhr.audits[id].numericValue ?? NaN;
      runs.push({
        performance: score('performance'),
        tbt: Math.round(audit('total-blocking-time')),
        lcp: Math.round(audit('largest-contentful-paint')),
        cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    } finally {
      await chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
}

/**
 * Search's figures (README, "Search"): the first-search cost of every query per locale and edition, the same on
 * a copy of the site whose current edition has every page twice, and the indexing time of both locales.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin this site, served
 */
async function benchSearch(browser, origin) {
  const copy = copyBuild(join(root, 'build'));
  try {
    console.log('Search: indexing a copy of the build as `npm run build` does…');
    const indexingSeconds = await timeIndexing(copy);
    console.log('Search: indexing the current edition with every page twice…');
    const doubledPages = await doubleCurrentEdition(copy);
    const doubledSite = await serve(copy, true);
    try {
      const locales = [...new Set(targets.map((target) => target.locale))];
      const queries = Object.fromEntries(locales.map((locale) => [locale, queriesOf(locale).length]));
      console.log(
        `Search: first searches, ${JSON.stringify(queries)} queries per edition, ${targets.length} locale × edition…`,
      );
      const firstSearch = await firstSearchCosts(browser, origin, targets, queriesOf, searchConcurrency);
      console.log('Search: first searches on the site with every page twice…');
      const current = targets.filter((target) => target.edition === 'current');
      const doubled = await firstSearchCosts(browser, doubledSite.origin, current, queriesOf, searchConcurrency);
      return {typingDelayMs, queries, indexingSeconds, doubledPages, firstSearch, doubled};
    } finally {
      doubledSite.server.kill();
    }
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}

// A doc page, the page with the most tables, the page with the most code, a page beyond the notes, the
// glossary, the exam map, the search page and the practice page.
const ourPages = [
  '/',
  '/docs/fundamentals/iam',
  '/docs/ec2/purchase-options',
  '/docs/development/cli',
  '/docs/beyond/lambda',
  '/glossary',
  '/exam-map',
  '/search?q=spot',
  '/practice',
].flatMap((path) => [path, `/en${path}`]);
const referencePages = ['/', '/docs/intro', '/docs/tutorial-basics/markdown-features'];

/** @type {Record<string, any>} */
const results = {weight: {}, lighthouse: {}};
let referenceDir = '';
if (only) {
  if (!existsSync(join(root, 'build', 'index.html'))) {
    console.error('No build found: run `npm run build` first.');
    process.exit(1);
  }
} else {
  console.log('Building this site (both locales, every edition)…');
  const buildSeconds = timed('npx docusaurus build', root);
  referenceDir = prepareReference();
  console.log('Building the stock reference…');
  results.build = {seconds: buildSeconds, referenceSeconds: timed('npx docusaurus build', referenceDir)};
}

const servers = [await serve(join(root, 'build'))];
if (!only) servers.push(await serve(join(referenceDir, 'build')));
const [ours, reference] = servers.map((served) => served.origin);
try {
  const browser = await chromium.launch({executablePath: chromePath, args: chromeFlags.slice(1)});
  try {
    if (oneQuery) {
      const costs = await firstSearchCosts(browser, ours, targets, () => [oneQuery], searchConcurrency);
      console.log(
        `First search of "${oneQuery}" (KB transferred, from each edition's ${targets[0].page.split('/').pop()} page)`,
      );
      console.table(
        Object.fromEntries(
          costs.map((cost) => {
            const {bytes, parts, other} = cost.queries[oneQuery];
            const byPart = Object.fromEntries(Object.entries(parts).map(([part, size]) => [part, kb(size)]));
            if (other.length) console.log(`Not Pagefind's: ${other.join(' ')}`);
            return [`${cost.locale} ${cost.edition}`, {total: kb(bytes), ...byPart}];
          }),
        ),
      );
      process.exit(0);
    }
    if (!only) {
      for (const path of ourPages) results.weight[path] = await firstVisitWeight(browser, ours + path);
      for (const path of referencePages)
        results.weight[`reference:${path}`] = await firstVisitWeight(browser, reference + path);
    }
    results.search = {...(await benchSearch(browser, ours)), queryMs: await searchLatency(browser, ours)};
  } finally {
    await browser.close();
  }
  if (!only) {
    for (const path of ourPages) results.lighthouse[path] = await runLighthouse(ours + path);
    for (const path of referencePages.slice(1))
      results.lighthouse[`reference:${path}`] = await runLighthouse(reference + path);
  }
} finally {
  for (const {server} of servers) server.kill();
}

// Budgets: each check is a figure, its limit, and whether it holds.
/** @type {{name: string, value: number, limit: number, holds: boolean, margin: number}[]} */
const checks = [];
// `atLeast`: the figure must reach the limit (scores); otherwise it must stay under it (sizes, times).
const check = (
  /** @type {string} */ name,
  /** @type {number} */ value,
  /** @type {number} */ limit,
  atLeast = false,
) => {
  const margin = Math.round((atLeast ? value - limit : limit - value) * 10) / 10;
  checks.push({name, value, limit, holds: margin >= 0, margin});
};
if (!only) {
  const scriptsGz = (/** @type {string} */ key) => kb(results.weight[key].scripts.gzip);
  check(
    'scripts on first visit, home (KB gz)',
    scriptsGz('/'),
    kb(results.weight['reference:/'].scripts.gzip * budget.scripts.homeRatio),
  );
  // The glossary and practice pages are pages like the doc pages: the same budget on first visit, however many
  // terms or questions they hold.
  const docLike = (/** @type {string} */ p) =>
    p.includes('/docs/') || p.endsWith('/glossary') || p.endsWith('/practice');
  for (const path of ourPages.filter(docLike)) {
    const limit = kb(results.weight['reference:/docs/intro'].scripts.gzip * budget.scripts.docRatio);
    check(`scripts on first visit, ${path} (KB gz)`, scriptsGz(path), limit);
  }
  const referencePerformance = results.lighthouse['reference:/docs/intro'].performance;
  for (const path of ourPages) {
    const score = results.lighthouse[path];
    const floor = referencePerformance - budget.lighthouse.performanceBelowReference;
    check(`Lighthouse performance ${path}`, score.performance, floor, true);
    for (const category of ['accessibility', 'bestPractices', 'seo']) {
      check(`Lighthouse ${category} ${path}`, score[category], budget.lighthouse[category], true);
    }
  }
}
/** @typedef {{locale: string, edition: string, median: number, max: number, maxQuery: string}} SearchFigures */
const {search} = results;
for (const /** @type {SearchFigures} */ figures of search.firstSearch) {
  const name = `${figures.locale} ${figures.edition}`;
  check(`first search, median, ${name} (KB)`, kb(figures.median), budget.search.firstSearchMedianKb);
  check(`first search, max, ${name} (KB)`, kb(figures.max), budget.search.firstSearchMaxKb);
}
for (const /** @type {SearchFigures} */ doubled of search.doubled) {
  const real = search.firstSearch.find(
    (/** @type {SearchFigures} */ f) => f.locale === doubled.locale && f.edition === doubled.edition,
  );
  const name = `${doubled.locale} ${doubled.edition}, every page twice`;
  check(`first search, median, ${name} (KB)`, kb(doubled.median), kb(real.median * budget.search.doubledSiteRatio));
  check(`first search, max, ${name} (KB)`, kb(doubled.max), kb(real.max * budget.search.doubledSiteRatio));
}
const indexingSeconds = Math.round(Object.values(search.indexingSeconds).reduce((a, b) => a + b, 0) * 10) / 10;
check('search indexing, both locales (s)', indexingSeconds, budget.search.indexingSeconds);
if (!only) check('build (s)', results.build.seconds, budget.buildSeconds);
results.budgets = checks;

mkdirSync(join(root, 'bench'), {recursive: true});
const resultsFile = join(root, 'bench', only ? 'results.search.json' : 'results.json');
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');

if (!only) {
  console.log('\nFirst-visit weight (KB, raw / gzip)');
  console.table(
    Object.fromEntries(
      Object.entries(results.weight).map(([page, w]) => [
        page,
        {
          scripts: `${kb(w.scripts.raw)} / ${kb(w.scripts.gzip)}`,
          stylesheets: `${kb(w.stylesheets.raw)} / ${kb(w.stylesheets.gzip)}`,
          prefetched: `${kb(w.prefetched.raw)} / ${kb(w.prefetched.gzip)}`,
        },
      ]),
    ),
  );
  console.log(`Lighthouse mobile, median of ${lighthouseRuns}`);
  console.table(results.lighthouse);
}
console.log(
  `\nFirst search (KB transferred, cold, from each edition's ${targets[0].page.split('/').pop()} page; every page twice: current edition)`,
);
console.table(
  Object.fromEntries(
    [
      ...search.firstSearch,
      ...search.doubled.map((/** @type {SearchFigures} */ f) => ({...f, edition: `${f.edition} ×2`})),
    ].map((/** @type {SearchFigures} */ f) => [
      `${f.locale} ${f.edition}`,
      {median: kb(f.median), max: kb(f.max), 'max query': f.maxQuery},
    ]),
  ),
);
console.log(
  `Search: indexing ${JSON.stringify(search.indexingSeconds)} s; median query ${search.queryMs} ms` +
    (results.build ? `; build ${results.build.seconds} s (reference ${results.build.referenceSeconds} s)` : ''),
);
console.log('\nBudgets');
console.table(
  checks.map(({name, value, limit, margin, holds}) => ({name, value, limit, margin, holds: holds ? 'yes' : 'NO'})),
);
const failed = checks.filter((c) => !c.holds);
console.log(failed.length ? `${failed.length} budget(s) exceeded.` : 'All budgets hold.');
console.log(`Results: ${resultsFile}`);
process.exitCode = failed.length ? 1 : 0;
