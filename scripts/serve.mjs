// @ts-check
// Serves the production build on 127.0.0.1 with gzip, as the CloudFront host does (README, "Deploy"): every
// response carries the headers of deploy/headers.json (the response headers policy) and the Cache-Control and
// Content-Type its file is stored with (the object metadata scripts/deploy-s3.sh uploads); `/docs/x/`
// redirects to `/docs/x` with 301, like the CloudFront Function; unknown paths get their locale's 404 page with
// status 404 and that page's headers (no-cache), whatever the path.
import {createReadStream, existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import {contentTypeFor, headersFor, loadHeaders} from '../deploy/headers.mjs';
import {loadLocales} from '../deploy/locales.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

// BUILD_DIR lets the benchmark serve another site (the stock reference) the same way, but without this site's
// headers: its inline scripts are not in this site's Content-Security-Policy. SITE_HEADERS=1 keeps this site's
// headers for a copy of its build (the benchmark's site with every page twice).
const ownBuildDir = fileURLToPath(new URL('../build', import.meta.url));
const buildDir = process.env.BUILD_DIR ?? ownBuildDir;
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const {nonDefaultLocales} = loadLocales();

if (!existsSync(join(buildDir, 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

/** @type {import('../deploy/headers.mjs').HeadersConfig} */
const noHeaders = {headers: {}, rules: [{paths: ['*'], headers: {}}], contentTypes: {}};
const ownSite = resolve(buildDir) === resolve(ownBuildDir) || process.env.SITE_HEADERS === '1';
const headerConfig = ownSite ? loadHeaders() : noHeaders;
/**
 * The types deploy/headers.json states (Pagefind's gzipped binary files): sent as they are, never compressed again.
 * @param {string} path
 */
const storedType = (path) => contentTypeFor(headerConfig, path);

// sirv adds no Cache-Control of its own (no maxAge), and keeps the headers set before it answers.
const serveStatic = sirv(buildDir, {
  etag: true,
  extensions: ['html'],
  setHeaders: (res, path) => {
    const type = storedType(path);
    if (type) res.setHeader('Content-Type', type);
  },
});
// compression is typed as Express middleware; it uses only what Node's own request and response have.
const compress = /** @type {(req: IncomingMessage, res: ServerResponse, next: () => void) => void} */ (
  compression({filter: (req, res) => !storedType((req.url ?? '').split('?')[0]) && compression.filter(req, res)})
);
const localeHomes = nonDefaultLocales.map((locale) => `/${locale}/`);

/**
 * @param {string} url
 * @returns {string}
 */
function notFoundPageFor(url) {
  const locale = nonDefaultLocales.find((l) => url === `/${l}` || url.startsWith(`/${l}/`));
  return join(buildDir, locale ?? '', '404.html');
}

/**
 * @param {ServerResponse} res
 * @param {Record<string, string>} headers
 */
function setHeaders(res, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

createServer((req, res) => {
  // The path as CloudFront matches it against path patterns: no query string, not decoded.
  const [path, query] = (req.url ?? '/').split(/\?(.*)/s);
  if (path.length > 1 && path.endsWith('/') && !localeHomes.includes(path)) {
    // One URL per page, as the CloudFront Function does: /docs/x/ → /docs/x, query string kept.
    setHeaders(res, headerConfig.headers);
    res.writeHead(301, {Location: path.slice(0, -1) + (query ? `?${query}` : '')}).end();
    return;
  }
  compress(req, res, () => {
    setHeaders(res, headersFor(headerConfig, path));
    serveStatic(req, res, () => {
      res.statusCode = 404;
      setHeaders(res, headersFor(headerConfig, path, {notFound: true}));
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      createReadStream(notFoundPageFor(req.url ?? '/')).pipe(res);
    });
  });
}).listen(port, host, () => {
  console.log(`Apuntes AWS: http://${host}:${port}/ (English: /en/)`);
});
