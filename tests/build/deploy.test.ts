// The deployment over the real build: the CloudFront Function maps every route of every locale and edition to
// the file that holds it, in the bucket its cache behavior reads; every inline script is in the policy; and
// `npm run serve` (what the e2e suite runs against) sends exactly deploy/headers.json's headers.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join, relative} from 'node:path';
import {runInNewContext} from 'node:vm';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {headersFor, loadHeaders, pathPatternRegExp, scriptHashes} from '../../deploy/headers.mjs';
import {templateFile} from '../../scripts/cloudfront-template.mjs';
import {inlineScriptProblems} from '../../src/plugins/contentSecurityPolicy';
import {buildDir} from '../support/build';
import {repoRoot} from '../support/plan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const config = loadHeaders();
const distribution: Json = JSON.parse(readFileSync(templateFile, 'utf8')).Resources.Distribution.Properties
  .DistributionConfig;
const handler = runInNewContext(`${readFileSync(join(repoRoot, 'deploy', 'url-rewrite.js'), 'utf8')}\n;handler`);
const rewrite = (uri: string): string =>
  handler({version: '1.0', request: {method: 'GET', uri, querystring: {}, headers: {}, cookies: {}}}).uri;

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const keys = files(buildDir).map((file) => '/' + relative(buildDir, file).replace(/\\/g, '/'));

/** The URLs a reader may type for a file: a page without `.html`, with and without a trailing slash. */
function routesOf(key: string): string[] {
  if (!key.endsWith('.html') || key.endsWith('/404.html')) return [key];
  const route = key.replace(/\/index\.html$/, '').replace(/\.html$/, '');
  return route === '' ? ['/'] : [route, `${route}/`];
}

describe('the CloudFront Function over the build', () => {
  it('maps every route of every locale and edition to its file, in the bucket that holds it', () => {
    const pages = keys.filter((key) => key.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(130);
    const wrong: string[] = [];
    for (const key of keys) {
      for (const route of routesOf(key)) {
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
    ['/en/docs/dva-c02/ec2/basics/', 200],
    ['/pagefind/current/pagefind.js', 200],
    ['/pagefind/current/wasm.es.pagefind', 200],
    // A hashed index chunk of the build, immutable.
    [`/en/pagefind/dva-c01/index/${readdirSync(join(buildDir, 'en/pagefind/dva-c01/index'))[0]}`, 200],
    [mainScript, 200],
    [englishScript, 200],
    ['/img/logo.svg', 200],
    ['/docs/does-not-exist', 404, 'es'],
    ['/en/docs/does-not-exist', 404, 'en'],
    ['/assets/js/gone.0123abcd.js', 404, 'es'],
  ];

  it.each(cases)('%s: status %i and exactly the headers of deploy/headers.json', async (path, status, lang) => {
    const response = await fetch(origin + path, {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.status).toBe(status);
    const expected = headersFor(config, path, {notFound: status === 404});
    const sent = Object.fromEntries([...response.headers].filter(([name]) => !transport.includes(name)));
    expect(sent).toEqual(Object.fromEntries(Object.entries(expected).map(([name, value]) => [name.toLowerCase(), value])));
    if (lang) expect(await response.text()).toMatch(new RegExp(`<html lang=${lang} `));
  });

  it('finds the files it serves', () => {
    expect(existsSync(join(buildDir, mainScript))).toBe(true);
    expect(existsSync(join(buildDir, englishScript))).toBe(true);
  });
});
