// Serves the production build on 127.0.0.1 with gzip, like a static host would: every response carries
// exactly the headers deploy/headers.json gives its path (the ones CloudFront sends, see README "Deploy"), and
// unknown paths get their locale's 404 page with status 404 and the headers of the last rule (HTML's).
import {createReadStream, existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import {headersFor, loadHeaders} from '../deploy/headers.mjs';

// BUILD_DIR lets the benchmark serve another site (the stock reference) the same way, but without this site's
// headers: its inline scripts are not in this site's Content-Security-Policy.
const ownBuildDir = fileURLToPath(new URL('../build', import.meta.url));
const buildDir = process.env.BUILD_DIR ?? ownBuildDir;
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const nonDefaultLocales = ['en'];

if (!existsSync(join(buildDir, 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const noHeaders = {headers: {}, rules: [{paths: ['*'], headers: {}}]};
const headerConfig = resolve(buildDir) === resolve(ownBuildDir) ? loadHeaders() : noHeaders;
// The search index's files (README, "Search"): Pagefind's WebAssembly, and its own gzipped binary parts, which
// are sent as they are.
const searchFileTypes = {'.pagefind': 'application/wasm', '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream'};
const searchFileType = (path) => Object.entries(searchFileTypes).find(([extension]) => path.endsWith(extension))?.[1];

// sirv adds no Cache-Control of its own (no maxAge), and keeps the headers set before it answers.
const serveStatic = sirv(buildDir, {
  etag: true,
  extensions: ['html'],
  setHeaders: (res, path) => {
    const type = searchFileType(path);
    if (type) res.setHeader('Content-Type', type);
  },
});
const compress = compression({filter: (req, res) => !searchFileType((req.url ?? '').split('?')[0]) && compression.filter(req, res)});

function notFoundPageFor(url) {
  const locale = nonDefaultLocales.find((l) => url === `/${l}` || url.startsWith(`/${l}/`));
  return join(buildDir, locale ?? '', '404.html');
}

function setHeaders(res, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

createServer((req, res) => {
  // The path as CloudFront matches it against path patterns: no query string, not decoded.
  const path = (req.url ?? '/').split('?')[0];
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
