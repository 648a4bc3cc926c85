// The deployment over the real build: the CloudFront Function maps every route of every locale and edition to
// the file that holds it, in the bucket its cache behavior reads, and redirects /x/ to /x; every inline script
// is in the policy, and every page carries the policy as a <meta> before any script; and `npm run serve` (what
// the e2e suite runs against) sends exactly deploy/headers.json's headers, object metadata included.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join, relative} from 'node:path';
import {runInNewContext} from 'node:vm';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  headersFor,
  loadHeaders,
  metaContentSecurityPolicy,
  objectMetadata,
  pathPatternRegExp,
  scriptHashes,
} from '../../deploy/headers.mjs';
import {templateFile} from '../../scripts/cloudfront-template.mjs';
import {inlineScriptProblems} from '../../src/plugins/contentSecurityPolicy';
import {buildDir} from '../support/build';
import {repoRoot} from '../support/plan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const config = loadHeaders();
const resources: Json = JSON.parse(readFileSync(templateFile, 'utf8')).Resources;
const distribution: Json = resources.Distribution.Properties.DistributionConfig;
// The function as deployed: the template's code (deploy/url-rewrite.js with the locale homes written in).
const handler = runInNewContext(`${resources.UrlRewriteFunction.Properties.FunctionCode}\n;handler`);
/** Where the function sends a request: the key it asks S3 for, or `301 <location>`. */
function rewrite(uri: string): string {
  const result = handler({version: '1.0', request: {method: 'GET', uri, querystring: {}, headers: {}, cookies: {}}});
  return result.statusCode ? `${result.statusCode} ${result.headers.location.value}` : result.uri;
}

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const keys = files(buildDir).map((file) => '/' + relative(buildDir, file).replace(/\\/g, '/'));

/** The URL of a file: a page without `.html` (a locale home with its slash), any other file as it is. */
function routeOf(key: string): string {
  if (!key.endsWith('.html') || key.endsWith('/404.html')) return key;
  if (key.endsWith('/index.html')) return key.slice(0, -'index.html'.length);
  return key.replace(/\.html$/, '');
}

describe('the CloudFront Function over the build', () => {
  it('maps every route of every locale and edition to its file, in the bucket that holds it', () => {
    const pages = keys.filter((key) => key.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(130);
    const wrong: string[] = [];
    for (const key of keys) {
      for (const route of [routeOf(key)]) {
        const uri = rewrite(route);
        // The behavior is picked on the path the reader asked for; the English bucket holds en/ only.
        const behavior =
          distribution.CacheBehaviors.find((b: Json) => pathPatternRegExp(b.PathPattern).test(route)) ??
          distribution.DefaultCacheBehavior;
        const origin = key.startsWith('/en/') ? 'english' : 'site';
        if (uri !== key || behavior.TargetOriginId !== origin) wrong.push(`${route} → ${uri} (${behavior.TargetOriginId})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('redirects every page URL written with a trailing slash to the page, with 301', () => {
    const wrong = keys
      .filter((key) => key.endsWith('.html') && !key.endsWith('/index.html') && !key.endsWith('/404.html'))
      .map(routeOf)
      .filter((route) => rewrite(`${route}/`) !== `301 ${route}`);
    expect(wrong).toEqual([]);
    // A locale's home keeps its slash (Docusaurus links /en/), and the English one without it is served too.
    expect(rewrite('/en/')).toBe('/en/index.html');
    expect(rewrite('/en')).toBe('/en/index.html');
  });
});

describe('the Content-Security-Policy over the build', () => {
  // The build already fails on a script the policy lacks (src/plugins/contentSecurityPolicy.ts): this holds
  // even if the plugin is unregistered. (Unused hashes are allowed: a deployment with its own SITE_URL adds its
  // own, which the default build does not write.)
  it('lists every inline script of every page', () => {
    const allowed = scriptHashes(config);
    const problems = keys
      .filter((key) => key.endsWith('.html'))
      .flatMap((key) =>
        inlineScriptProblems(readFileSync(join(buildDir, key), 'utf8'), allowed).map(
          (problem) => `${key}: ${problem.message} ${problem.hash ?? ''}`,
        ),
      );
    expect(problems).toEqual([]);
  });

  it('is written into every page as a <meta>, before any script, for hosts without headers (GitHub Pages)', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(config)}">`;
    const wrong = keys
      .filter((key) => key.endsWith('.html'))
      .filter((key) => {
        const html = readFileSync(join(buildDir, key), 'utf8');
        const at = html.indexOf(meta);
        return at === -1 || at > 1024 || html.indexOf(meta, at + 1) !== -1 || /<script/i.test(html.slice(0, at));
      });
    expect(wrong).toEqual([]);
  });
});

describe('npm run serve', () => {
  let server: ChildProcess;
  let origin = '';

  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const {port: free} = probe.address() as {port: number};
        probe.close(() => resolve(free));
      });
    });
    server = spawn('node', [join(repoRoot, 'scripts', 'serve.mjs')], {env: {...process.env, PORT: String(port)}});
    await new Promise((resolve) => server.stdout!.once('data', resolve));
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server?.kill();
  });

  // Headers any static server adds; everything else must come from deploy/headers.json.
  const transport = ['content-type', 'content-length', 'etag', 'last-modified', 'vary', 'content-encoding', 'date',
    'connection', 'keep-alive', 'transfer-encoding'];
  const mainScript = keys.find((key) => /^\/assets\/js\/main\.[0-9a-f]+\.js$/.test(key))!;
  const englishScript = keys.find((key) => /^\/en\/assets\/js\/main\.[0-9a-f]+\.js$/.test(key))!;
  const cases: [path: string, status: number, lang?: string][] = [
    ['/', 200],
    ['/docs/ec2/basics', 200],
    ['/en/docs/dva-c02/ec2/basics', 200],
    ['/en/', 200],
    ['/pagefind/current/pagefind.js', 200],
    ['/pagefind/current/wasm.es.pagefind', 200],
    // A hashed index chunk of the build, immutable.
    [`/en/pagefind/dva-c01/index/${readdirSync(join(buildDir, 'en/pagefind/dva-c01/index'))[0]}`, 200],
    [`/pagefind/current/fragment/${readdirSync(join(buildDir, 'pagefind/current/fragment'))[0]}`, 200],
    [mainScript, 200],
    [englishScript, 200],
    ['/img/logo.svg', 200],
    ['/docs/does-not-exist', 404, 'es'],
    ['/en/docs/does-not-exist', 404, 'en'],
    // A missing hashed asset or index part: its locale's 404 page, never cached as immutable.
    ['/assets/js/gone.0123abcd.js', 404, 'es'],
    ['/en/assets/css/gone.0123abcd.css', 404, 'en'],
    ['/pagefind/current/index/es_0000000000.pf_index', 404, 'es'],
  ];

  it.each(cases)('%s: status %i and exactly the headers of deploy/headers.json', async (path, status, lang) => {
    const response = await fetch(origin + path, {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.status).toBe(status);
    const expected = headersFor(config, path, {notFound: status === 404});
    const sent = Object.fromEntries([...response.headers].filter(([name]) => !transport.includes(name)));
    expect(sent).toEqual(Object.fromEntries(Object.entries(expected).map(([name, value]) => [name.toLowerCase(), value])));
    if (status === 404) expect(sent['cache-control']).toBe('no-cache');
    if (lang) expect(await response.text()).toMatch(new RegExp(`<html lang=${lang} `));
  });

  it("sends Pagefind's binary files with their stored type, as they are (no Content-Encoding)", async () => {
    for (const path of ['/pagefind/current/wasm.es.pagefind', `/pagefind/current/fragment/${readdirSync(join(buildDir, 'pagefind/current/fragment'))[0]}`]) {
      const response = await fetch(origin + path, {headers: {'Accept-Encoding': 'gzip'}});
      expect(response.headers.get('content-type')).toBe(objectMetadata(config, path)['Content-Type']);
      expect(response.headers.get('content-encoding')).toBeNull();
      // fetch() would have unzipped a Content-Encoding: the body is Pagefind's own gzip data.
      expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 2)]).toEqual([0x1f, 0x8b]);
    }
  });

  it('redirects /docs/x/ to /docs/x with 301, keeping the query string, as the CloudFront Function does', async () => {
    const response = await fetch(`${origin}/docs/ec2/basics/?q=ec2`, {redirect: 'manual'});
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/docs/ec2/basics?q=ec2');
    expect(rewrite('/docs/ec2/basics/')).toBe('301 /docs/ec2/basics');
  });

  it('finds the files it serves', () => {
    expect(existsSync(join(buildDir, mainScript))).toBe(true);
    expect(existsSync(join(buildDir, englishScript))).toBe(true);
  });
});
