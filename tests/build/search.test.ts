// The search ranking of the built site, in Chromium, with the search box's own code over the built Pagefind
// indexes (tests/support/searchBrowser.ts); the e2e tests keep the search UI (keyboard, highlight, shareable URL,
// requests).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import type {CheerioAPI} from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {examGuide} from '../../src/data/exam';
import {examTasks} from '../../src/data/examGuide';
import {glossary} from '../../src/data/glossary';
import {localePrefix, locales, type Locale} from '../../src/data/locales';
import {excerptPieces, type SearchHit} from '../../src/theme/SearchBar/pagefind';
import {foldForSearch} from '../../src/utils/textFilter';
import {buildDir, builtPage} from '../support/build';
import {startSiteSearch, type SiteSearch} from '../support/searchBrowser';

// Each query must find its page among the first five results. Accentless, plural, multi-word and
// code forms on purpose.
const queries: Record<Locale, [string, string][]> = {
  es: [
    ['encriptacion', 's3/encryption-and-security'],
    ['encriptación', 's3/encryption-and-security'],
    ['politicas de bucket', 's3/encryption-and-security'],
    ['politica', 'fundamentals/iam'],
    ['sesion', 'databases/elasticache'],
    ['sesiones de usuario', 'databases/elasticache'],
    ['replica de lectura', 'databases/rds'],
    ['réplicas', 'databases/rds'],
    ['zona disponibilidad', 'fundamentals/regions-and-zones'],
    ['zonas de disponibilidad', 'fundamentals/regions-and-zones'],
    ['instancias spot', 'ec2/purchase-options'],
    ['instancia reservada', 'ec2/purchase-options'],
    ['chmod 400', 'ec2/basics'],
    ['httpd', 'ec2/user-data'],
    ['buildspec', 'cicd/pipeline'],
    ['user data', 'ec2/user-data'],
    ['ip elastica', 'ec2/security-groups'],
    ['security groups', 'ec2/security-groups'],
    ['balanceadores de carga', 'scaling/load-balancers'],
    ['X-Forwarded-For', 'scaling/load-balancers'],
    ['metricas personalizadas', 'scaling/auto-scaling-groups'],
    ['snapshot', 'storage/ebs'],
    ['instance store', 'storage/ebs'],
    ['volumenes', 'storage/ebs'],
    ['CNAME', 'networking/route-53'],
    ['aurora', 'databases/rds'],
    ['lazy loading', 'databases/elasticache'],
    ['versionado', 's3/buckets'],
    ['cors', 's3/buckets'],
    ['SSE-C', 's3/encryption-and-security'],
    ['aws s3 ls', 'development/cli'],
    ['decode-authorization-message', 'development/cli'],
    ['perfiles', 'development/cli'],
    ['ebextensions', 'development/elastic-beanstalk'],
    ['presupuesto', 'development/budgets'],
    ['codecommit', 'cicd/pipeline'],
    ['federacion', 'fundamentals/iam'],
    ['T2 Unlimited', 'ec2/ami-and-instance-types'],
  ],
  en: [
    ['encryption', 's3/encryption-and-security'],
    ['bucket policies', 's3/encryption-and-security'],
    ['policy', 'fundamentals/iam'],
    ['session store', 'databases/elasticache'],
    ['sessions', 'databases/elasticache'],
    ['read replicas', 'databases/rds'],
    ['replica', 'databases/rds'],
    ['availability zone', 'fundamentals/regions-and-zones'],
    ['spot instances', 'ec2/purchase-options'],
    ['reserved instance', 'ec2/purchase-options'],
    ['chmod 400', 'ec2/basics'],
    ['httpd', 'ec2/user-data'],
    ['buildspec', 'cicd/pipeline'],
    ['user data', 'ec2/user-data'],
    ['elastic ip', 'ec2/security-groups'],
    ['security group', 'ec2/security-groups'],
    ['load balancers', 'scaling/load-balancers'],
    ['health checks', 'scaling/load-balancers'],
    ['sticky sessions', 'scaling/load-balancers'],
    ['custom metric', 'scaling/auto-scaling-groups'],
    ['snapshots', 'storage/ebs'],
    ['instance store', 'storage/ebs'],
    ['volume types', 'storage/ebs'],
    ['CNAME', 'networking/route-53'],
    ['aurora', 'databases/rds'],
    ['lazy loading', 'databases/elasticache'],
    ['versioning', 's3/buckets'],
    ['cors', 's3/buckets'],
    ['SSE-KMS', 's3/encryption-and-security'],
    ['aws s3 ls', 'development/cli'],
    ['profiles', 'development/cli'],
    ['ebextensions', 'development/elastic-beanstalk'],
    ['immutable deployment', 'development/elastic-beanstalk'],
    ['budget', 'development/budgets'],
    ['codepipeline', 'cicd/pipeline'],
    ['federation', 'fundamentals/iam'],
    ['T2 Unlimited', 'ec2/ami-and-instance-types'],
  ],
};

let site: SiteSearch;
beforeAll(async () => {
  site = await startSiteSearch();
}, 30_000);
afterAll(() => site?.close());

/** The pages of the hits, without section or highlighted words, in the order they first appear. */
const pagesOf = (hits: SearchHit[]) => [...new Set(hits.map((hit) => hit.url.split(/[?#]/)[0]))];
const plain = (excerpt: string) => excerptPieces(excerpt).map((piece) => piece.text).join('');

describe.each(Object.keys(queries) as Locale[])('search in %s', (locale) => {
  it.each(queries[locale])('"%s" finds %s in the top 5', async (query, slug) => {
    expect(pagesOf(await site.search(locale, query)).slice(0, 5)).toContain(`${localePrefix(locale)}/docs/${slug}`);
  });

  it('finds nothing for a word the site never uses', async () => {
    expect(await site.search(locale, 'zzyzxqq')).toEqual([]);
    expect(await site.search(locale, 'blorptastic')).toEqual([]);
  });

  it('finds only pages of its own language', async () => {
    const pages = pagesOf(await site.search(locale, 'aws'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((url) => (locale === 'en' ? url.startsWith('/en/') : !url.startsWith('/en/')))).toBe(true);
  });

  // Query syntax of other engines, markup, stray symbols, a very long input: results or none, never an error.
  it.each(['foo:', '~', '*', '+-', '^', '"', "'", '%', 'ñ', '<img src=x onerror=alert(1)>', 'x'.repeat(500), 'a:b~1^2 +"c'])(
    'answers %j without an error',
    async (input) => {
      expect(Array.isArray(await site.search(locale, input))).toBe(true);
    },
  );
});

describe('search in Spanish', () => {
  // Accent-free and plural spellings find the pages the accented, singular form finds.
  it.each([
    ['sesion', 'sesión'],
    ['sesiones', 'sesión'],
    ['region', 'región'],
    ['encriptacion', 'encriptación'],
    ['politicas', 'políticas'],
    ['volumenes', 'volúmenes'],
  ])('"%s" finds the pages "%s" finds', async (spelling, accented) => {
    const expected = pagesOf(await site.search('es', accented, 'current', 100));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(pagesOf(await site.search('es', spelling, 'current', 100)))).toEqual(new Set(expected));
  });

  it('ranks the sections holding every word of a query first: "visibilidad sqs"', async () => {
    const hits = await site.search('es', 'visibilidad sqs');
    const urls = hits.map((hit) => hit.url.replace(/\?[^#]*/, ''));
    expect(urls.slice(0, 3)).toContain('/docs/beyond/messaging#visibility-and-polling');
  });

  it('shows inline code as code and leaves no empty brackets where a citation was', async () => {
    const hits = await site.search('es', 'maxReceiveCount');
    expect(hits.some((hit) => excerptPieces(hit.excerpt).some((piece) => piece.code && /maxReceiveCount/.test(piece.text)))).toBe(true);
    for (const query of ['DLQ', 'mueve', 'lote fallido', 'Fuentes']) {
      for (const hit of await site.search('es', query)) expect(plain(hit.excerpt), `${query}: ${hit.url}`).not.toMatch(/\(\s*[,;]?\s*\)|Fuentes:\s*$/);
    }
  });

  it('opens a result at its section, with the words to mark', async () => {
    const [first] = await site.search('es', 'buildspec');
    // The page's own spelling of the word, which may start with a capital.
    expect(first.url).toMatch(/^\/docs\/[\w/-]+\?_highlight=buildspec(&_highlight=[^#&]+)*#[\w-]+$/i);
  });
});

describe.each(['dva-c02', 'dva-c01'] as const)('search in the past edition %s', (edition) => {
  it.each(locales)('%s: finds only that edition’s own pages', async (locale) => {
    const pages = pagesOf(await site.search(locale, 'snapshots', edition));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((url) => url.startsWith(`${localePrefix(locale)}/docs/${edition}/`) || url.includes('/exam-map/'))).toBe(true);
  });
});

describe.each(locales)('the %s index of the current edition', (locale) => {
  // The text Pagefind keeps for each record (its fragments): what excerpts are cut from.
  const dir = join(buildDir, localePrefix(locale), 'pagefind', 'current', 'fragment');
  const fragments = readdirSync(dir).map(
    (file) =>
      JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as {
        url: string;
        content: string;
        meta: {title?: string; page?: string};
      },
  );
  const docs = fragments.filter((fragment) => fragment.url.includes('/docs/'));

  it('holds the docs, the glossary and the exam map, with URLs as the site serves them', () => {
    expect(docs.length).toBeGreaterThan(20);
    expect(fragments.map((f) => f.url)).toEqual(expect.arrayContaining([`${localePrefix(locale)}/glossary`, `${localePrefix(locale)}/exam-map`]));
    expect(fragments.every((f) => !f.url.endsWith('.html') && !/\/docs\/dva-c0/.test(f.url))).toBe(true);
  });

  it('holds sections: each opens at an id of its page, and is named by its title and its page', () => {
    const pages = new Map<string, CheerioAPI | undefined>();
    const sections = fragments.filter((fragment) => fragment.url.includes('#'));
    expect(sections.length).toBeGreaterThan(fragments.length / 2);
    for (const {url, meta} of fragments) {
      const [path, id] = url.split('#');
      if (!pages.has(path)) pages.set(path, builtPage(path));
      const page = pages.get(path);
      expect(page, url).toBeDefined();
      if (id) expect(page!(`[id="${id}"]`).length, url).toBe(1);
      expect(meta.title, url).toBeTruthy();
      expect(meta.page, url).toBe(page!('h1').first().text().trim());
    }
    expect(new Set(fragments.map((f) => f.url)).size).toBe(fragments.length);
  });

  it('has the search page preload this index: its script, WebAssembly, metadata and common words', () => {
    const indexUrl = `${localePrefix(locale)}/pagefind/current/`;
    const page = builtPage(`${localePrefix(locale)}/search`)!;
    const preloaded = page('link[data-search-preload]')
      .toArray()
      .map((link) => page(link).attr('href')!);
    const entry = JSON.parse(readFileSync(join(dir, '..', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, {hash: string; wasm: string}>;
    };
    const {hash, wasm} = entry.languages[locale];
    expect(preloaded.sort()).toEqual(
      ['pagefind.js', `wasm.${wasm}.pagefind`, `pagefind.${hash}.pf_meta`, 'common-words.json'].map((file) => `${indexUrl}${file}`).sort(),
    );
    for (const url of preloaded) expect(existsSync(join(buildDir, url)), url).toBe(true);
  });

  it('lists as common words the words that narrow nothing, not the services', () => {
    const common = JSON.parse(readFileSync(join(dir, '..', 'common-words.json'), 'utf8')) as string[];
    expect(common).toEqual(expect.arrayContaining(locale === 'es' ? ['de', 'la', 'y'] : ['the', 'and', 'of']));
    for (const word of ['lambda', 'dynamodb', 'sqs', 's3', 'iam']) expect(common).not.toContain(word);
    // As the search box compares query words with them: lower case, without accents (src/plugins/pagefindIndex.mjs
    // folds them itself, in Node).
    expect(common.filter((word) => word !== foldForSearch(word))).toEqual([]);
  });

  it('holds no glossary card, exam label or citation outside their own pages', () => {
    const texts = docs.map((fragment) => fragment.content);
    for (const entry of glossary) expect(texts.filter((text) => text.includes(entry.definition[locale])), entry.id).toEqual([]);
    for (const task of examTasks(examGuide)) expect(texts.filter((text) => text.includes(task.title[locale])), task.id).toEqual([]);
    // Citations go with their brackets and their "Fuentes:" / "Sources:" (code between backticks aside, and
    // code blocks' calls such as `final()`, whose brackets follow a name, and arrow functions `() =>`).
    const prose = texts.map((text) => text.replace(/`[^`]*`/g, 'code'));
    expect(prose.filter((text) => /(?<![\w$\])])\(\s*[,;]?\s*\)(?!\s*=>)|\b(?:Fuentes?|Sources?):\s*[,.·]/.test(text))).toEqual([]);
  });
});
