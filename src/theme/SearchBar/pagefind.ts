// The site's search in the browser, shared by the search box, the search page and the ranking tests: Pagefind
// (README, "Search") finds the records (a page's sections, glossary entries, exam tasks: each holds every word of
// the query); this module turns them into the results the reader opens. No React, no imports, so that
// tests/build/search.test.ts runs exactly this code in Chromium.

/** The part of Pagefind's browser API (pagefind.js) the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: PagefindResult[]} | null>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindRecord>;
}

interface PagefindRecord {
  url: string;
  raw_content?: string;
  content: string;
  excerpt: string;
  locations: number[];
  /** From src/plugins/pagefindIndex.mjs: the record's own title, and its page's. */
  meta: {title?: string; page?: string};
}

/** One result the reader can open: a section of a page, a glossary entry, an exam task, or a page's opening. */
export interface SearchHit {
  /** The page's title. */
  page: string;
  /** The section's title, when the hit is a section rather than the page's opening. */
  section?: string;
  /** Where it opens: the page and section, with the matched words to mark (`?_highlight=`). */
  url: string;
  /** Pagefind's excerpt: text with `<mark>` around matched words and inline code between backticks. */
  excerpt: string;
}

/** An edition's index in one language: Pagefind, and the words most of its records hold. */
export interface SiteIndex {
  pagefind: Pagefind;
  commonWords: Set<string>;
}

/**
 * Loads the index of one locale and edition (`indexUrl` is its folder, `…/pagefind/<edition>/`) once per page
 * view: Pagefind's script, and the list of common words src/plugins/pagefindIndex.mjs writes beside it.
 */
export async function loadSiteIndex(indexUrl: string): Promise<SiteIndex> {
  const [pagefind, commonWords] = await Promise.all([
    (async () => {
      const loaded = (await import(/* webpackIgnore: true */ `${indexUrl}pagefind.js`)) as Pagefind;
      // URLs in the index already carry the base URL and locale; the main thread avoids a worker script's bytes.
      await loaded.options({baseUrl: '/', noWorker: true, excerptLength: 24});
      await loaded.init();
      return loaded;
    })(),
    fetch(`${indexUrl}common-words.json`).then((response) => response.json() as Promise<string[]>),
  ]);
  return {pagefind, commonWords: new Set(commonWords)};
}

/** A word of the page as it stands in the text, without the punctuation and backticks around it. */
const bareWord = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function withHighlight(url: string, words: string[]): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams(words.map((word) => ['_highlight', word]));
  return `${path}${words.length ? `?${params}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Lower case, without accents: how two spellings of a word are compared. */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a word of the page answers a word of the query: Pagefind matches stems and prefixes, and, when a
 * word is nowhere in the index, falls back to a short prefix of it ("zzyzxqq" finds the glossary's letter Z).
 * A real match shares at least the first four letters (or the whole query word, when shorter).
 */
function answers(pageWord: string, queryWord: string): boolean {
  const [a, b] = [folded(pageWord), folded(queryWord)];
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.min(4, b.length);
}

/**
 * The first `count` records that match `query`, in Pagefind's order (each costs one small download). Words that
 * most records hold ("de", "aws") are left out of the search when the query has others: they narrow nothing and
 * each would cost a part of the index.
 */
export async function searchSite({pagefind, commonWords}: SiteIndex, query: string, count = 5): Promise<SearchHit[]> {
  const tokens = query
    .trim()
    .split(/\s+/)
    .filter((token) => bareWord(token));
  const telling = tokens.filter((token) => !commonWords.has(folded(bareWord(token))));
  const searched = telling.length ? telling : tokens;
  if (searched.length === 0) return [];
  const words = searched.map(bareWord);
  const found = await pagefind.search(searched.join(' '));
  const records = await Promise.all((found?.results ?? []).slice(0, count).map((result) => result.data()));
  return records.flatMap((record) => {
    const text = (record.raw_content ?? record.content).split(/\s+/);
    const matched = [...new Set(record.locations.map((location) => bareWord(text[location] ?? '')))];
    // A record Pagefind found only through its prefix fallback holds none of the words.
    if (!words.every((word) => matched.some((w) => answers(w, word)))) return [];
    const page = record.meta.page ?? record.meta.title ?? record.url;
    const title = record.meta.title ?? page;
    return [
      {
        page,
        section: title === page ? undefined : title,
        url: withHighlight(
          record.url,
          matched.filter((w) => words.some((word) => answers(w, word))),
        ),
        excerpt: record.excerpt,
      },
    ];
  });
}

/** An excerpt as pieces of text, each marked (a matched word) and/or code (between backticks), never HTML. */
export function excerptPieces(excerpt: string): {text: string; mark: boolean; code: boolean}[] {
  const pieces: {text: string; mark: boolean; code: boolean}[] = [];
  let code = false;
  excerpt.split(/(<\/?mark>)/).reduce((mark, part) => {
    if (part === '<mark>') return true;
    if (part === '</mark>') return false;
    part.split('`').forEach((text, i) => {
      if (i > 0) code = !code;
      if (text) pieces.push({text: decodeEntities(text), mark, code});
    });
    return mark;
  }, false);
  return pieces;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const decodeEntities = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]);
