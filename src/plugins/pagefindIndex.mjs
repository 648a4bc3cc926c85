// @ts-check
// The site's search index, written with Pagefind's Node API after the build (README, "Search"): one index per
// locale and edition, at <locale's build folder>/pagefind/<edition id>/. The Docusaurus plugin
// (src/plugins/pagefindSearch.ts) runs it on every build; the benchmark (scripts/bench.mjs) runs it on a copy of
// the current edition with every page twice. Plain JavaScript: Node runs it as it is.
import {readdir, readFile, rm, writeFile} from 'node:fs/promises';
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
const ignoredSelectors = ['[data-search-ignore]', '.hash-link'];

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

// Search shows sections, not pages (README, "Search"): a result opens the section it found, and what the reader's
// first search downloads stays small (a section's text, not a whole page's, and small word positions in the index).
// A record is a page's opening (up to its first section), a section (a heading with an id, h2 to h4, up to the next
// one), or an element the page marks `data-search-section="<title>"` (a glossary entry, an exam task).
const sectionHeadings = 'h2[id], h3[id], h4[id]';
const markedSections = '[data-search-section]';

/**
 * @typedef {{url: string, html: string, text: string}} SearchRecord A record as Pagefind reads it (its URL and an
 * HTML page), and the text it holds.
 */

/**
 * A built page's own text (its Markdown, or the `main` of the glossary and exam map), cleaned for search: what
 * search ignores removed, AWS citations removed with their brackets and "Fuentes:" line, inline code kept between
 * backticks so that the search box can show it as code.
 * @param {import('cheerio').CheerioAPI} $
 */
function ownText($) {
  const markdown = $('.theme-doc-markdown').first();
  const root = markdown.length ? markdown : $('main').first();
  root.find(ignoredSelectors.join(', ')).remove();
  // Pagefind reads a table as one run of text: "QuéValorFuente" unless its caption and cells end with a space.
  root.find('caption, th, td').append(' ');
  /** @type {Set<import('domhandler').Element>} */
  const citing = new Set();
  // A link whose text is code names an API or a setting (`RequestResponse`): that is the page's text.
  root
    .find(citations)
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
  root
    .find('code')
    .filter((_, element) => $(element).closest('pre').length === 0)
    .each((_, element) => {
      $(element).text(`\`${$(element).text()}\``);
    });
  return root;
}

const textOf = (/** @type {import('cheerio').Cheerio<any>} */ element) => element.text().replace(/\s+/g, ' ').trim();

/**
 * The records of one built page (`url` as the site serves it). Each holds, after its own text (where excerpts
 * seldom reach), the titles it sits under ("Mensajería y eventos › Amazon SQS"), so that "visibilidad sqs" finds
 * the section on visibility of the SQS page: Pagefind returns only records that hold every word of a query. Its
 * `title` and `page` metadata name it in the results.
 * @param {string} html
 * @param {string} url
 * @returns {SearchRecord[]}
 */
export function searchRecords(html, url) {
  const $ = load(html);
  const lang = $('html').attr('lang') ?? '';
  const root = ownText($);
  const page = textOf($('h1').first()) || textOf($('title')).replace(/ \| [^|]*$/, '');
  /** @type {SearchRecord[]} */
  const records = [];
  /** @param {{id?: string, title: string, above: string[], body: string, text: string}} record */
  const add = ({id, title, above, body, text}) => {
    const record = load(`<html><head></head><body><main data-pagefind-body>${body}</main></body></html>`);
    record('html').attr('lang', lang);
    for (const [key, value] of [
      ['title', title],
      ['page', page],
    ]) {
      record('head').append(record('<meta>').attr('data-pagefind-meta', `${key}[content]`).attr('content', value));
    }
    if (above.length) record('main').append(record('<p>').text(above.join(' › ')));
    records.push({url: id ? `${url}#${id}` : url, html: record.html(), text: [text, ...above].join(' ')});
  };

  // The titles above each section, from the headings before it.
  /** @type {Map<import('domhandler').Element, string[]>} */
  const titlesAbove = new Map();
  /** @type {{level: number, title: string}[]} */
  const open = [];
  root.find(`${sectionHeadings}, ${markedSections}`).each((_, element) => {
    const heading = /^h(\d)$/.exec(element.tagName);
    const level = heading ? Number(heading[1]) : 7;
    while ((open.at(-1)?.level ?? 0) >= level) open.pop();
    titlesAbove.set(element, [page, ...open.map((o) => o.title)]);
    if (heading) open.push({level, title: textOf($(element))});
  });

  // Marked sections first, taken out of the page; then the page is cut at its headings.
  root.find(markedSections).each((_, element) => {
    const title = $(element).attr('data-search-section') ?? '';
    add({
      id: $(element).attr('id'),
      title,
      above: titlesAbove.get(element) ?? [page],
      body: $.html(element),
      text: $(element).text(),
    });
    $(element).remove();
  });
  // Headings inside wrappers (the exam map's domain sections) become the page's own children.
  const wrappers = () =>
    root.children().filter((_, c) => !$(c).is(sectionHeadings) && $(c).find(sectionHeadings).length > 0);
  for (let found = wrappers(); found.length; found = wrappers())
    found.each((_, c) => void $(c).replaceWith($(c).contents()));
  /** @type {{id?: string, title: string, above: string[], nodes: import('domhandler').AnyNode[]}} */
  let section = {title: page, above: [], nodes: []};
  const flush = () => {
    const body = section.nodes.map((node) => $.html(node)).join('');
    // A heading with nothing under it (a glossary letter, an exam domain) is no record of its own.
    const content = section.nodes.filter((node) => !(node.type === 'tag' && $(node).is(`h1, ${sectionHeadings}`)));
    if (content.some((node) => $(node).text().trim())) add({...section, body, text: $(section.nodes).text()});
  };
  for (const node of root.contents().toArray()) {
    if (node.type === 'tag' && $(node).is(sectionHeadings)) {
      flush();
      section = {id: $(node).attr('id'), title: textOf($(node)), above: titlesAbove.get(node) ?? [page], nodes: [node]};
    } else section.nodes.push(node);
  }
  flush();
  return records;
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

// A word in at least this share of an index's records narrows no search; the search box leaves it out of a query
// that has other words (src/theme/SearchBar/pagefind.ts), which saves downloading its part of the index.
const commonShare = 0.4;
const commonWordsFile = 'common-words.json';

/**
 * The words (lower case, without accents, as the search box compares them) that at least `commonShare` of
 * `records` hold.
 * @param {SearchRecord[]} records
 * @returns {string[]}
 */
function commonWords(records) {
  /** @type {Map<string, number>} */
  const holders = new Map();
  for (const record of records) {
    const words = new Set(
      record.text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
    for (const word of words) holders.set(word, (holders.get(word) ?? 0) + 1);
  }
  return [...holders]
    .filter(([, count]) => count >= commonShare * records.length)
    .map(([word]) => word)
    .sort();
}

/**
 * Writes one index from `pages` ({url, html}) into `outputPath`. URLs are as the site serves them: base URL
 * and locale prefix included, no `.html`.
 * @param {{url: string, html: string}[]} pages
 * @param {string} outputPath
 * @returns {Promise<void>}
 */
export async function writeSearchIndex(pages, outputPath) {
  const {index, errors} = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const records = pages.flatMap(({url, html}) => searchRecords(html, url));
  for (const record of records) {
    const added = await index.addHTMLFile({url: record.url, content: record.html});
    if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({outputPath});
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await Promise.all(unusedFiles.map((file) => rm(path.join(outputPath, file), {force: true})));
  await writeFile(path.join(outputPath, commonWordsFile), JSON.stringify(commonWords(records)));
}

/**
 * Adds to the search page's static HTML (`searchPage`, a file of the build) preload links for the current
 * edition's Pagefind files, whose names are known once its index is written (`indexDir`, served at `indexUrl`):
 * they download with the page, not one after the other once its code has run, so results come sooner. At low
 * priority, after the page's own files. Not through the page's <Head>: React Helmet replaces those tags as the
 * page hydrates, and a replaced preload is fetched twice. Run again, it replaces its own links.
 * @param {string} searchPage
 * @param {string} indexDir
 * @param {string} indexUrl
 */
export async function preloadOnSearchPage(searchPage, indexDir, indexUrl) {
  /** @type {{languages: Record<string, {hash: string, wasm: string | null}>}} */
  const entry = JSON.parse(await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8'));
  const files = Object.values(entry.languages).flatMap(({hash, wasm}) => [
    ...(wasm ? [`wasm.${wasm}.pagefind`] : []),
    `pagefind.${hash}.pf_meta`,
  ]);
  const links = [
    `<link rel="modulepreload" href="${indexUrl}pagefind.js" fetchpriority="low" data-search-preload>`,
    ...[...files, commonWordsFile].map(
      (file) =>
        `<link rel="preload" href="${indexUrl}${file}" as="fetch" crossorigin="anonymous" fetchpriority="low" data-search-preload>`,
    ),
  ];
  const html = (await readFile(searchPage, 'utf8')).replace(/<link [^>]*data-search-preload[^>]*>/g, '');
  await writeFile(searchPage, html.replace('</head>', `${links.join('')}</head>`));
}

/**
 * What src/plugins/pagefindSearch.ts passes (as JSON on the command line).
 * @typedef {{outDir: string, urlPrefix: string, pastEditionIds: string[], skip?: string[], searchPage?: string}}
 *   SearchIndexOptions
 */

/**
 * Indexes every edition of one locale's build folder; `urlPrefix` is the locale's base URL ('/', '/en/'). With
 * `searchPage`, that page preloads the current edition's index.
 * @param {SearchIndexOptions} options
 * @returns {Promise<void>}
 */
export async function writeSearchIndexes({outDir, urlPrefix, pastEditionIds, skip = [], searchPage}) {
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
  if (searchPage) {
    const current = searchIndexPath('current');
    await preloadOnSearchPage(searchPage, path.join(outDir, current), `${urlPrefix}${current}/`);
  }
}

// Run as `node pagefindIndex.mjs '<options of writeSearchIndexes as JSON>'` by the plugin.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeSearchIndexes(JSON.parse(process.argv[2]));
}
