// The site's search in the browser, shared by the search box, the search page and the ranking tests: Pagefind
// (README, "Search") finds the pages; this module turns its results into the sections the reader opens, ranked
// so that a section holding every word of the query comes before passing mentions. No React, no imports, so
// that tests/build/search.test.ts runs exactly this code in Chromium.

/** The part of Pagefind's browser API (pagefind.js) the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{results: PagefindResult[]} | null>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}

interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

interface PagefindSection {
  title: string;
  anchor?: PagefindAnchor;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: {weight: number; location: number}[];
}

interface PagefindPage {
  url: string;
  raw_content?: string;
  content: string;
  excerpt: string;
  locations: number[];
  anchors: PagefindAnchor[];
  meta: {title?: string};
  sub_results: PagefindSection[];
}

/** One result the reader can open: a section of a page (or the page itself when no section matched). */
export interface SearchHit {
  /** The page's title. */
  page: string;
  /** The section's title, when the hit is a section other than the page's top. */
  section?: string;
  /** Where it opens: the page and section, with the matched words to mark (`?_highlight=`). */
  url: string;
  /** Pagefind's excerpt: text with `<mark>` around matched words and inline code between backticks. */
  excerpt: string;
}

/** Loads the index of one locale and edition (`…/pagefind/<edition>/pagefind.js`) once per page view. */
export async function loadPagefind(scriptUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* webpackIgnore: true */ scriptUrl)) as Pagefind;
  // URLs in the index already carry the base URL and locale; the main thread avoids a worker script's bytes.
  await pagefind.options({baseUrl: '/', noWorker: true, excerptLength: 24});
  await pagefind.init();
  return pagefind;
}

/** The words of a query as Pagefind splits them. */
const queryWords = (query: string) => query.trim().split(/\s+/).filter(Boolean);

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
 * The sections that match `query`, best first, from the first `pages` pages Pagefind ranks (each page costs one
 * fragment download). A section holding every word of the query, in its text or in the headings above it, comes
 * before those holding some.
 */
export async function searchSite(pagefind: Pagefind, query: string, pages = 5): Promise<SearchHit[]> {
  const words = queryWords(query).map(bareWord).filter(Boolean);
  if (words.length === 0) return [];
  const found = await pagefind.search(query);
  const top = (found?.results ?? []).slice(0, pages);
  const candidates: {hit: SearchHit; wordsHeld: number; pageRank: number; weight: number}[] = [];
  await Promise.all(
    top.map(async (result, pageRank) => {
      const data = await result.data();
      const text = (data.raw_content ?? data.content).split(/\s+/);
      const title = data.meta.title ?? data.url;
      const held = (pageWords: string[]) => words.filter((word) => pageWords.some((w) => answers(w, word)));
      const wordAt = (location: number) => bareWord(text[location] ?? '');
      // A page Pagefind found only through its prefix fallback holds none of the words.
      if (held(data.locations.map(wordAt)).length < words.length) return;
      const headings = data.anchors.filter((anchor) => /^h\d$/i.test(anchor.element));
      const sections = data.sub_results.length
        ? data.sub_results
        : [{title, url: data.url, excerpt: data.excerpt, locations: data.locations}];
      for (const section of sections) {
        const marked = [
          ...new Set(section.locations.map(wordAt).filter((w) => words.some((word) => answers(w, word)))),
        ];
        if (marked.length === 0) continue;
        // The headings the section sits under, and the page title: "visibilidad" under "Amazon SQS" holds both.
        const level = Number(section.anchor?.element.slice(1) ?? 7);
        const above = headings
          .filter((h) => section.anchor && h.location < section.anchor.location)
          .reverse()
          .reduce<{level: number; words: string[]}>(
            (acc, h) => {
              const hLevel = Number(h.element.slice(1));
              return hLevel < acc.level
                ? {level: hLevel, words: [...acc.words, ...h.text.split(/\s+/).map(bareWord)]}
                : acc;
            },
            {level, words: []},
          ).words;
        const wordsHeld = held([...marked, ...above, ...title.split(/\s+/).map(bareWord)]).length;
        const weight = section.weighted_locations?.reduce((sum, {weight: w}) => sum + w, 0) ?? section.locations.length;
        candidates.push({
          hit: {
            page: title,
            section: section.url === data.url || section.title === title ? undefined : section.title,
            url: withHighlight(section.url, marked),
            excerpt: section.excerpt,
          },
          wordsHeld,
          pageRank,
          weight,
        });
      }
    }),
  );
  candidates.sort((a, b) => b.wordsHeld - a.wordsHeld || a.pageRank - b.pageRank || b.weight - a.weight);
  return candidates.map(({hit}) => hit);
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
