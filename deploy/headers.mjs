// @ts-check
// Reads deploy/headers.json: the headers of a path, as scripts/serve.mjs sends them, as the CloudFront
// template's response headers policy adds them (scripts/cloudfront-template.mjs) and as scripts/deploy-s3.sh
// writes them into object metadata (Cache-Control, Content-Type).
import {readFileSync} from 'node:fs';

export const headersFile = new URL('./headers.json', import.meta.url);

/**
 * @typedef {{paths: string[], headers: Record<string, string>}} HeaderRule
 * @typedef {{headers: Record<string, string>, rules: HeaderRule[], contentTypes: Record<string, string>}} HeadersConfig
 */

/**
 * deploy/headers.json as parsed, before the checks below: its `$comment` keys are left out of this type (the rules'
 * are dropped by the map below, the content types' by the filter).
 * @typedef {{headers: Record<string, string>, rules: HeaderRule[], contentTypes?: Record<string, string>}} HeadersFile
 */

/** @returns {HeadersConfig} */
export function loadHeaders() {
  /** @type {HeadersFile} */
  const {headers, rules, contentTypes = {}} = JSON.parse(readFileSync(headersFile, 'utf8'));
  if (rules.at(-1)?.paths.join() !== '*') throw new Error(`${headersFile.pathname}: the last rule must be "*".`);
  for (const rule of rules) {
    // A rule's headers are object metadata on CloudFront (scripts/deploy-s3.sh): Cache-Control only.
    if (Object.keys(rule.headers).join() !== 'Cache-Control') {
      throw new Error(`${headersFile.pathname}: rule ${rule.paths.join(' ')} may set Cache-Control and nothing else.`);
    }
  }
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'cache-control')) {
    throw new Error(
      `${headersFile.pathname}: Cache-Control belongs to the rules (object metadata), not to every response.`,
    );
  }
  const types = Object.fromEntries(Object.entries(contentTypes).filter(([pattern]) => !pattern.startsWith('$')));
  return {
    headers,
    rules: rules.map(({paths, headers: ruleHeaders}) => ({paths, headers: ruleHeaders})),
    contentTypes: types,
  };
}

/**
 * A CloudFront path pattern as a RegExp: `*` is any characters (`/` included), `?` one character.
 * @param {string} pattern
 * @returns {RegExp}
 */
export function pathPatternRegExp(pattern) {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

/**
 * The rule a request path falls under: the first that matches, as CloudFront picks a cache behavior. There is
 * always one: the last rule is `*` (loadHeaders checks it).
 * @param {HeadersConfig} config
 * @param {string} path
 * @returns {HeaderRule}
 */
export function ruleFor(config, path) {
  return /** @type {HeaderRule} */ (
    config.rules.find((rule) => rule.paths.some((pattern) => pathPatternRegExp(pattern).test(path)))
  );
}

/**
 * The Content-Type a host must be told for a file, when its name does not say it (else undefined).
 * @param {HeadersConfig} config
 * @param {string} path
 * @returns {string | undefined}
 */
export function contentTypeFor(config, path) {
  return Object.entries(config.contentTypes).find(([pattern]) => pathPatternRegExp(pattern).test(path))?.[1];
}

/**
 * The metadata a file is stored with (S3 object metadata, set by scripts/deploy-s3.sh): its Cache-Control,
 * and its Content-Type when the name does not give it away.
 * @param {HeadersConfig} config
 * @param {string} path
 * @returns {{'Cache-Control': string, 'Content-Type'?: string}}
 */
export function objectMetadata(config, path) {
  const type = contentTypeFor(config, path);
  return {'Cache-Control': ruleFor(config, path).headers['Cache-Control'], ...(type && {'Content-Type': type})};
}

/**
 * Every header of a response to `path` but Content-Type: the headers of every response, plus the Cache-Control
 * of the object served. `notFound`: the response is a 404 page, whose own Cache-Control it carries (the last
 * rule's).
 * @param {HeadersConfig} config
 * @param {string} path
 * @param {{notFound?: boolean}} [options]
 * @returns {Record<string, string>}
 */
export function headersFor(config, path, {notFound = false} = {}) {
  // The last rule is `*` (loadHeaders checks it), so there is one.
  const rule = notFound ? /** @type {HeaderRule} */ (config.rules.at(-1)) : ruleFor(config, path);
  return {...config.headers, ...rule.headers};
}

/**
 * The `'sha256-…'` sources of the Content-Security-Policy's script-src.
 * @param {HeadersConfig} config
 * @returns {string[]}
 */
export function scriptHashes(config) {
  const scriptSrc = config.headers['Content-Security-Policy']
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return (scriptSrc ?? []).slice(1).filter((source) => /^'sha256-/.test(source));
}

// Directives a <meta http-equiv="Content-Security-Policy"> cannot carry: browsers ignore them there.
const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/**
 * The policy as a <meta> carries it (for hosts that send no headers, such as GitHub Pages): same sources.
 * @param {HeadersConfig} config
 * @returns {string}
 */
export function metaContentSecurityPolicy(config) {
  return config.headers['Content-Security-Policy']
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !headerOnlyDirectives.includes(directive.split(/\s+/)[0]))
    .join('; ');
}
