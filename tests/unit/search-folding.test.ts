// The search patch (patches/@easyops-cn+docusaurus-search-local+*.patch) folds accents the same way when
// the index is built (Node) and when a query runs (the browser worker). This drives both real sides.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import lunr from 'lunr';
import {describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const pluginDir = require.resolve('@easyops-cn/docusaurus-search-local/package.json').replace(/package\.json$/, '');
const {buildIndex} = require(`${pluginDir}dist/server/server/utils/buildIndex.js`);
// The site's search languages, as the plugin is configured (docusaurus.config.ts).
const {language} = await import('../support/searchConstants');
// The worker's own tokenizer (an untyped ES module, hence the variable specifier).
const tokenizeModule = '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize.js';
const {tokenize} = (await import(tokenizeModule)) as {tokenize: (text: string, languages: string[]) => string[]};

const documents = [
  'La encriptación de los datos en reposo',
  'Políticas de bucket y políticas de IAM',
  'La sesión del usuario se guarda en ElastiCache',
  'Hasta 5 réplicas de lectura',
  'Los volúmenes de EBS se pueden aumentar',
  'Sticky sessions and bucket policies',
  'Run chmod 400 on the key file',
].map((t, i) => ({i, t}));

// What the browser worker does: load the serialized index (after generated-constants.js has registered
// the folding plugin), tokenize the input, and require every token.
function searchInBrowserWorker(serializedIndex: object, input: string): string[] {
  const browserLunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support')(browserLunr);
  require('lunr-languages/lunr.es')(browserLunr);
  require('lunr-languages/lunr.multi')(browserLunr);
  require(`${pluginDir}dist/server/shared/lunrAccentFolding`)(browserLunr);
  const index = browserLunr.Index.load(JSON.parse(JSON.stringify(serializedIndex)));
  const tokens = tokenize(input, language);
  return index
    .query((query: lunr.Query) => {
      for (const token of tokens) query.term(token, {presence: lunr.Query.presence.REQUIRED});
    })
    .map((result: lunr.Index.Result) => documents[Number(result.ref)].t);
}

describe('accent folding in search', () => {
  const [{index}] = buildIndex([documents], {language, removeDefaultStopWordFilter: [], removeDefaultStemmer: false});

  it.each([
    ['encriptacion', 'La encriptación de los datos en reposo'],
    ['encriptación', 'La encriptación de los datos en reposo'],
    ['encriptaciones', 'La encriptación de los datos en reposo'],
    ['politica', 'Políticas de bucket y políticas de IAM'],
    ['POLÍTICAS', 'Políticas de bucket y políticas de IAM'],
    ['sesion', 'La sesión del usuario se guarda en ElastiCache'],
    ['sesiones', 'La sesión del usuario se guarda en ElastiCache'],
    ['replica', 'Hasta 5 réplicas de lectura'],
    ['réplica', 'Hasta 5 réplicas de lectura'],
    ['volumen', 'Los volúmenes de EBS se pueden aumentar'],
    ['volumenes', 'Los volúmenes de EBS se pueden aumentar'],
    ['sticky session', 'Sticky sessions and bucket policies'],
    ['policy', 'Sticky sessions and bucket policies'],
    ['chmod 400', 'Run chmod 400 on the key file'],
  ])('"%s" finds "%s"', (query, expected) => {
    expect(searchInBrowserWorker(index, query)).toContain(expected);
  });

  it('does not match unrelated words', () => {
    expect(searchInBrowserWorker(index, 'kinesis')).toEqual([]);
  });

  it('keeps only the first position of each term in each section, and results still carry it', () => {
    const serialized = JSON.parse(JSON.stringify(index)) as {invertedIndex: [string, Record<string, Record<string, {position?: number[][]}>>][]};
    const positions = serialized.invertedIndex.flatMap(([, posting]) =>
      Object.entries(posting)
        .filter(([field]) => field !== '_index')
        .flatMap(([, refs]) => Object.values(refs).map((metadata) => metadata.position?.length ?? 0)),
    );
    expect(positions.length).toBeGreaterThan(10);
    // "políticas" appears twice in one document: only its first position is kept.
    expect(positions.every((count) => count === 1)).toBe(true);
  });

  it('the query side keeps the text as typed and lets the pipeline fold it', () => {
    expect(tokenize('Encriptación  de IAM', language)).toEqual(['encriptación', 'de', 'iam']);
  });
});

describe('the patched plugin files still have the shape the patch expects', () => {
  const read = (path: string) => readFileSync(`${pluginDir}${path}`, 'utf8');

  it('the index builder loads the folding plugin', () => {
    expect(read('dist/server/server/utils/buildIndex.js')).toContain('this.use(lunr_1.default.accentFolding)');
  });

  it('the browser worker gets the same plugin through generated-constants.js', () => {
    expect(read('dist/server/server/utils/generate.js')).toContain('lunrAccentFolding');
  });

  it('the search bar reads its limits without loading lunr into main.js', () => {
    const searchBar = read('dist/client/client/theme/SearchBar/SearchBar.jsx');
    expect(searchBar).not.toContain('proxiedGeneratedConstants');
    expect(read('dist/server/server/utils/generate.js')).toContain('export const searchResultLimits');
  });
});
