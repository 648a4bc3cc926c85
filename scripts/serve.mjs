// Serves the production build on 127.0.0.1 with gzip, like a static host would:
// unknown paths get their locale's 404 page with status 404.
import {createReadStream, existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

// BUILD_DIR lets the benchmark serve another site (the stock reference) the same way.
const buildDir = process.env.BUILD_DIR ?? fileURLToPath(new URL('../build', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const nonDefaultLocales = ['en'];

if (!existsSync(join(buildDir, 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const serveStatic = sirv(buildDir, {etag: true, extensions: ['html']});
const compress = compression();

function notFoundPageFor(url) {
  const locale = nonDefaultLocales.find((l) => url === `/${l}` || url.startsWith(`/${l}/`));
  return join(buildDir, locale ?? '', '404.html');
}

createServer((req, res) => {
  compress(req, res, () => {
    serveStatic(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      createReadStream(notFoundPageFor(req.url ?? '/')).pipe(res);
    });
  });
}).listen(port, host, () => {
  console.log(`Apuntes AWS: http://${host}:${port}/ (English: /en/)`);
});
