// The site's search, run in Node over the built index with the search plugin's own query code: what its
// browser worker does (dist/client/client/theme/worker.js: tokenize, smartQueries, one lunr query per index
// part, sortSearchResults), without the worker and the fetch. The browser tests keep the search UI.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import lunr from 'lunr';
import {localePrefix, type Locale} from '../../src/data/locales';
import {buildDir} from './build';
// Untyped ES modules of the plugin (the build project of vitest.config.ts inlines them).
import {tokenize} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize.js';
import {smartQueries} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js';
import {sortSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js';
import {language} from './searchConstants';

interface SearchDocument {
  i: number;
  u: string;
  h?: string;
  p?: number;
}

interface IndexPart {
  documents: SearchDocument[];
  index: lunr.Index;
  type: number;
}

const loaded = new Map<string, IndexPart[]>();

/** The index a reader of this locale and docs path searches: `/docs` or `/docs/dva-c02`. */
function indexParts(locale: Locale, docsPath: string): IndexPart[] {
  const file = join(buildDir, localePrefix(locale), docsPath === '/docs' ? '' : docsPath, 'search-index.json');
  if (!loaded.has(file)) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as {documents: SearchDocument[]; index: object}[];
    loaded.set(file, json.map(({documents, index}, type) => ({documents, type, index: lunr.Index.load(index)})));
  }
  return loaded.get(file)!;
}

/** The URL path of each result, in the order the search page lists them (at most `limit`, as it asks). */
export function search(locale: Locale, input: string, docsPath = '/docs', limit = 100): string[] {
  const tokens: string[] = tokenize(input, language);
  if (tokens.length === 0) return [];
  const parts = indexParts(locale, docsPath);
  const results: {document: SearchDocument; type: number; page: SearchDocument | false | undefined}[] = [];
  search: for (const {term} of smartQueries(tokens, [])) {
    for (const {documents, index, type} of parts) {
      const found = index
        .query((query) => {
          for (const item of term) {
            query.term(item.value, {
              wildcard: item.wildcard,
              presence: item.presence,
              ...(item.editDistance ? {editDistance: item.editDistance} : null),
            });
          }
        })
        .slice(0, limit)
        .filter((result) => !results.some((item) => item.document.i.toString() === result.ref))
        .slice(0, limit - results.length)
        .map((result) => {
          const document = documents.find((doc) => doc.i.toString() === result.ref)!;
          return {document, type, page: type !== 0 && parts[0].documents.find((doc) => doc.i === document.p)};
        });
      results.push(...found);
      if (results.length >= limit) break search;
    }
  }
  sortSearchResults(results);
  return results.map(({document}) => document.u);
}
