// CloudFront Function (runtime cloudfront-js-2.0, viewer request): clean URLs for the build. With
// `trailingSlash: false`, Docusaurus writes the page /docs/x as docs/x.html; S3 only knows exact keys.
//   /docs/x, /docs/x/     -> /docs/x.html
//   /, /en, /en/          -> /index.html, /en/index.html (a locale's home is the only index.html)
//   /assets/js/main.1a2b3c4d.js, /search-index.json, /img/logo.svg -> unchanged (a dot in the last segment)
// Whether the object exists is the origin's answer: a viewer-request function never sees it. An unknown path
// reaches S3 as a missing key, and the distribution's custom error responses turn that into the locale's 404
// page with status 404 (deploy/cloudfront.template.json explains how).
// npm run deploy:template copies this file into the template; tests/unit/deploy.test.ts and
// tests/build/deploy.test.ts run it with node:vm, over every route of the build.
var LOCALE_HOMES = ['/en'];

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var path = uri.length > 1 && uri.charAt(uri.length - 1) === '/' ? uri.slice(0, -1) : uri;
  if (path === '/' || LOCALE_HOMES.indexOf(path) !== -1) {
    request.uri = (path === '/' ? '' : path) + '/index.html';
  } else if (path.slice(path.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = path + '.html';
  }
  return request;
}
