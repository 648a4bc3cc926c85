// @ts-check
// The site's search index, written with Pagefind's Node API after the build (README, "Search"): one index per
// locale and edition, at <locale's build folder>/pagefind/<edition id>/. The Docusaurus plugin
// (src/plugins/pagefindSearch.ts) runs it on every build; the benchmark (scripts/bench.mjs) runs it on a copy of
// the current edition with every page twice. Plain JavaScript: Node runs it as it is.
import {readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {load} from 'cheerio';
import * as pagefind from 'pagefind';

/**
 * Where an edition's index is written, relative to a locale's build folder and served under its base URL.
 * @param {string} edition
 */
export const searchIndexPath = (edition) => `pagefind/${edition}`;

/** @typedef {{page: string, file: string}} BuiltPage A built page: its path without `.html`, and its file. */

// What search leaves out: glossary cards and exam labels repeat text that has its own page (indexing them would
// bury the page that explains a term), and headings' "#" links hold only a zero-width space.
export const ignoredSelectors = ['[data-search-ignore]', '.hash-link'];

// Links to AWS's pages are citations ("AWS: Lambda quotas"), removed with the brackets and the "Fuentes:" or
// "Sources:" line around them, so that no excerpt reads "lo mueve a la DLQ ()".
const citations = 'a[href^="https://docs.aws.amazon.com/"], a[href^="https://aws.amazon.com/"]';
const emptyBrackets = /\s*\((?:\s*[,;]?\s*)*\)/g;
const sourcesTail = /\s*\b(?:Fuentes?|Sources?)\s*:[\s,;.·]*$/;

/**
 * The edition whose index a built page belongs to, or undefined for pages search leaves out (home, search
 * page, 404s, test pages). `page` is its path in the locale's build folder without `.html` ('docs/s3/buckets');
 * the glossary and the current exam map go with the current edition, a past exam map with its own.
 * @param {string} page
 * @param {string[]} pastEditionIds
 * @returns {string | undefined}
 */
export function editionOfPage(page, pastEditionIds) {
  const [first, second] = page.split('/');
  if (first === 'docs') return pastEditionIds.includes(second) ? second : 'current';
  if (first === 'exam-map') return second === undefined ? 'current' : pastEditionIds.find((id) => id === second);
  if (page === 'glossary') return 'current';
  return undefined;
}

/**
 * A built page as Pagefind should read it: only the page's own text (its Markdown, or the `main` of the
 * glossary and exam map), inline code kept between backticks so that the search box can show it as code.
 * @param {string} html
 * @returns {string}
 */
export function pageForIndex(html) {
  const $ = load(html);
  const body = $('.theme-doc-markdown').first();
  (body.length ? body : $('main').first()).attr('data-pagefind-body', '');
  /** @type {Set<import('domhandler').Element>} */
  const citing = new Set();
  // A link whose text is code names an API or a setting (`RequestResponse`): that is the page's text.
  $(citations)
    .filter((_, element) => $(element).text().trim() !== $(element).children('code').text().trim())
    .each((_, element) => {
      citing.add($(element).parent()[0]);
      $(element).remove();
    });
  for (const parent of citing) {
    // The text around a removed link is now pieces side by side: one piece, then the leftovers go.
    const texts = $(parent).contents().toArray();
    texts.forEach((node, i) => {
      const next = texts[i + 1];
      if (node.type === 'text' && next?.type === 'text') {
        next.data = node.data + next.data;
        $(node).remove();
      }
    });
    $(parent)
      .contents()
      .filter((_, node) => node.type === 'text')
      .each((_, node) => {
        node.data = node.data.replace(emptyBrackets, '').replace(sourcesTail, '');
      });
    if (!$(parent).text().trim()) $(parent).remove();
  }
  $('code')
    .filter((_, element) => $(element).closest('pre').length === 0)
    .each((_, element) => {
      $(element).text(`\`${$(element).text()}\``);
    });
  return $.html();
}

/**
 * @param {string} dir
 * @param {string[]} skip
 * @returns {Promise<string[]>}
 */
async function htmlFiles(dir, skip) {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(file) ? [] : htmlFiles(file, skip);
      return entry.name.endsWith('.html') ? [file] : [];
    }),
  );
  return nested.flat();
}

/**
 * The pages of one locale's build folder, grouped by the edition whose index they go in:
 * Map<edition id, {page, file}[]>. `skip` holds other locales' folders, built inside the default one's.
 * @param {string} outDir
 * @param {string[]} pastEditionIds
 * @param {string[]} [skip]
 * @returns {Promise<Map<string, BuiltPage[]>>}
 */
export async function pagesByEdition(outDir, pastEditionIds, skip = []) {
  /** @type {Map<string, BuiltPage[]>} */
  const byEdition = new Map();
  for (const file of (await htmlFiles(outDir, skip)).sort()) {
    const page = path
      .relative(outDir, file)
      .replace(/\.html$/, '')
      .split(path.sep)
      .join('/');
    const edition = editionOfPage(page, pastEditionIds);
    if (edition) byEdition.set(edition, [...(byEdition.get(edition) ?? []), {page, file}]);
  }
  return byEdition;
}

// Pagefind's own UIs, its highlighting script and its worker: the site has its own search box and highlighting,
// and searches on the main thread (src/theme/SearchBar/pagefind.ts), so the build does not ship them.
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/**
 * Writes one index from `pages` ({url, html}) into `outputPath`. URLs are as the site serves them: base URL
 * and locale prefix included, no `.html`.
 * @param {{url: string, html: string}[]} pages
 * @param {string} outputPath
 * @returns {Promise<void>}
 */
export async function writeSearchIndex(pages, outputPath) {
  const {index, errors} = await pagefind.createIndex({excludeSelectors: ignoredSelectors});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const {url, html} of pages) {
    const added = await index.addHTMLFile({url, content: pageForIndex(html)});
    if (added.errors.length) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({outputPath});
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await Promise.all(unusedFiles.map((file) => rm(path.join(outputPath, file), {force: true})));
}

/**
 * What src/plugins/pagefindSearch.ts passes (as JSON on the command line).
 * @typedef {{outDir: string, urlPrefix: string, pastEditionIds: string[], skip?: string[]}} SearchIndexOptions
 */

/**
 * Indexes every edition of one locale's build folder; `urlPrefix` is the locale's base URL ('/', '/en/').
 * @param {SearchIndexOptions} options
 * @returns {Promise<void>}
 */
export async function writeSearchIndexes({outDir, urlPrefix, pastEditionIds, skip = []}) {
  try {
    for (const [edition, pages] of await pagesByEdition(outDir, pastEditionIds, skip)) {
      const withHtml = await Promise.all(
        pages.map(async ({page, file}) => ({url: `${urlPrefix}${page}`, html: await readFile(file, 'utf8')})),
      );
      await writeSearchIndex(withHtml, path.join(outDir, searchIndexPath(edition)));
    }
  } finally {
    await pagefind.close();
  }
}

// Run as `node pagefindIndex.mjs '<options of writeSearchIndexes as JSON>'` by the plugin.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeSearchIndexes(JSON.parse(process.argv[2]));
}
