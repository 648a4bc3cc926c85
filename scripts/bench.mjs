// `npm run bench`: measures this site against a stock Docusaurus 3.10.2 site built in the same run,
// prints every figure against bench/budget.json and writes bench/results.json.
// Budgets are ratios to the reference, because absolute times drift on a shared machine.
import {execSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromium} from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const budget = JSON.parse(readFileSync(join(root, 'bench', 'budget.json'), 'utf8'));
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** A cold build: the bundler's persistent cache would otherwise hide most of the work. */
function timed(command, cwd) {
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

function serve(buildDir, port) {
  const server = spawn('node', [join(root, 'scripts', 'serve.mjs')], {
    env: {...process.env, BUILD_DIR: buildDir, PORT: String(port)},
    stdio: 'ignore',
  });
  return new Promise((resolve) => setTimeout(() => resolve(server), 800));
}

/** Scripts and stylesheets a first visit loads until the network is idle; prefetched chunks apart. */
async function firstVisitWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, {waitUntil: 'networkidle'});
  const weight = {scripts: {raw: 0, gzip: 0}, stylesheets: {raw: 0, gzip: 0}, prefetched: {raw: 0, gzip: 0}};
  for (const response of responses) {
    const type = response.request().resourceType();
    const kind = {script: 'scripts', stylesheet: 'stylesheets', other: 'prefetched'}[type];
    if (!kind) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    weight[kind].raw += body.length;
    weight[kind].gzip += gzipSync(body).length;
  }
  await context.close();
  return weight;
}

async function searchLatency(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/docs/fundamentals/iam`);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  const box = page.locator('input.navbar__search-input');
  const queries = ['encriptacion', 'politicas', 'sesion', 'replica', 'spot', 'buildspec', 'httpd', 'snapshot',
    'aurora', 'cors', 'ebextensions', 'codecommit', 'chmod', 'volumenes', 'cname', 'lazy', 'federacion', 'mfa',
    'elastic', 'perfiles'];
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

async function runLighthouse(url) {
  const runs = [];
  for (let i = 0; i < lighthouseRuns; i++) {
    const chrome = await chromeLauncher.launch({chromePath, chromeFlags});
    try {
      const {lhr} = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
        lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
      });
    } finally {
      await chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
}

function searchIndexSizes() {
  const find = (dir) =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory() ? find(join(dir, entry.name)) : entry.name.startsWith('search-index') ? [join(dir, entry.name)] : [],
    );
  return Object.fromEntries(
    find(join(root, 'build')).map((file) => {
      const body = readFileSync(file);
      return [file.slice(join(root, 'build').length) || '/', {raw: body.length, gzip: gzipSync(body).length}];
    }),
  );
}

const ours = 'http://127.0.0.1:4301';
const reference = 'http://127.0.0.1:4302';
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

console.log('Building this site (both locales, every edition)…');
const buildSeconds = timed('npx docusaurus build', root);
const referenceDir = prepareReference();
console.log('Building the stock reference…');
const referenceBuildSeconds = timed('npx docusaurus build', referenceDir);

const servers = [await serve(join(root, 'build'), 4301), await serve(join(referenceDir, 'build'), 4302)];
const results = {build: {seconds: buildSeconds, referenceSeconds: referenceBuildSeconds}, weight: {}, lighthouse: {}};
try {
  const browser = await chromium.launch({executablePath: chromePath, args: chromeFlags.slice(1)});
  for (const path of ourPages) results.weight[path] = await firstVisitWeight(browser, ours + path);
  for (const path of referencePages) results.weight[`reference:${path}`] = await firstVisitWeight(browser, reference + path);
  results.search = {indexBytes: searchIndexSizes(), queryMs: await searchLatency(browser, ours)};
  await browser.close();

  for (const path of ourPages) results.lighthouse[path] = await runLighthouse(ours + path);
  for (const path of referencePages.slice(1)) results.lighthouse[`reference:${path}`] = await runLighthouse(reference + path);
} finally {
  for (const server of servers) server.kill();
}

// Budgets: each check is a figure, its limit, and whether it holds.
const checks = [];
// `atLeast`: the figure must reach the limit (scores); otherwise it must stay under it (sizes, times).
const check = (name, value, limit, atLeast = false) => {
  const margin = Math.round((atLeast ? value - limit : limit - value) * 10) / 10;
  checks.push({name, value, limit, holds: margin >= 0, margin});
};
const scriptsGz = (key) => kb(results.weight[key].scripts.gzip);
check('scripts on first visit, home (KB gz)', scriptsGz('/'), kb(results.weight['reference:/'].scripts.gzip * budget.scripts.homeRatio));
// The practice page is a page like the doc pages: the same budget on first visit.
for (const path of ourPages.filter((p) => p.includes('/docs/') || p.endsWith('/practice'))) {
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
for (const [file, size] of Object.entries(results.search.indexBytes)) {
  check(`search index ${file} (KB gz)`, kb(size.gzip), budget.searchIndexKbGzip);
}
check('build (s)', buildSeconds, budget.buildSeconds);
results.budgets = checks;

mkdirSync(join(root, 'bench'), {recursive: true});
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

console.log('\nFirst-visit weight (KB, raw / gzip)');
console.table(Object.fromEntries(Object.entries(results.weight).map(([page, w]) => [page, {
  scripts: `${kb(w.scripts.raw)} / ${kb(w.scripts.gzip)}`,
  stylesheets: `${kb(w.stylesheets.raw)} / ${kb(w.stylesheets.gzip)}`,
  prefetched: `${kb(w.prefetched.raw)} / ${kb(w.prefetched.gzip)}`,
}])));
console.log(`Lighthouse mobile, median of ${lighthouseRuns}`);
console.table(results.lighthouse);
console.log(`Search: median query ${results.search.queryMs} ms; build ${buildSeconds} s (reference ${referenceBuildSeconds} s)`);
console.log('\nBudgets');
console.table(checks.map(({name, value, limit, margin, holds}) => ({name, value, limit, margin, holds: holds ? 'yes' : 'NO'})));
const failed = checks.filter((c) => !c.holds);
console.log(failed.length ? `${failed.length} budget(s) exceeded.` : 'All budgets hold.');
process.exitCode = failed.length ? 1 : 0;
