// CloudFront Function (runtime cloudfront-js-2.0, viewer request) of the HTML cache behaviors: clean URLs for
// the build. With `trailingSlash: false`, Docusaurus writes the page /docs/x as docs/x.html; S3 only knows
// exact keys.
//   /docs/x               -> /docs/x.html
//   /docs/x/              -> 301 to /docs/x (query string kept): one URL per page
//   /, /en, /en/          -> /index.html, /en/index.html (a locale's home is the only index.html)
//   /pagefind/current/pagefind.js, /img/logo.svg -> unchanged (a dot in the last segment)
// Hashed assets (/assets/*, the search index's .pf_* files) have cache behaviors without this function.
// Whether the object exists is the origin's answer: a viewer-request function never sees it. An unknown path
// reaches S3 as a missing key, and the distribution's custom error responses turn that into the locale's 404
// page with status 404 (deploy/cloudfront.template.json explains how).
// LOCALE_HOMES is written by scripts/cloudfront-template.mjs from src/data/locales.ts (every locale but the
// default one) when it copies this file into the template; tests/unit/deploy.test.ts and
// tests/build/deploy.test.ts run the template's code with node:vm, over every route of the build.
var LOCALE_HOMES = []; // locale homes: written by npm run deploy:template

function queryString(querystring) {
  var parts = [];
  for (var name in querystring) {
    var field = querystring[name];
    var values = field.multiValue ? field.multiValue : [field];
    for (var i = 0; i < values.length; i++) parts.push(values[i].value === '' ? name : name + '=' + values[i].value);
  }
  return parts.length > 0 ? '?' + parts.join('&') : '';
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var slash = uri.length > 1 && uri.charAt(uri.length - 1) === '/';
  var path = slash ? uri.slice(0, -1) : uri;
  if (uri === '/') {
    request.uri = '/index.html';
  } else if (LOCALE_HOMES.indexOf(path) !== -1) {
    request.uri = path + '/index.html';
  } else if (slash) {
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: {location: {value: path + queryString(request.querystring)}},
    };
  } else if (path.slice(path.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = path + '.html';
  }
  return request;
}
