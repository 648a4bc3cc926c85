// Reads deploy/headers.json: the headers of a path, as scripts/serve.mjs sends them and as the CloudFront
// template's response headers policies (scripts/cloudfront-template.mjs) add them.
import {readFileSync} from 'node:fs';

export const headersFile = new URL('./headers.json', import.meta.url);

/**
 * @typedef {{paths: string[], headers: Record<string, string>}} HeaderRule
 * @typedef {{headers: Record<string, string>, rules: HeaderRule[]}} HeadersConfig
 */

/** @returns {HeadersConfig} */
export function loadHeaders() {
  const {headers, rules} = JSON.parse(readFileSync(headersFile, 'utf8'));
  if (rules.at(-1)?.paths.join() !== '*') throw new Error(`${headersFile.pathname}: the last rule must be "*".`);
  return {headers, rules: rules.map(({paths, headers: ruleHeaders}) => ({paths, headers: ruleHeaders}))};
}

/** A CloudFront path pattern as a RegExp: `*` is any characters (`/` included), `?` one character. */
export function pathPatternRegExp(pattern) {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

/** The rule a request path falls under: the first that matches, as CloudFront picks a cache behavior. */
export function ruleFor(config, path) {
  return config.rules.find((rule) => rule.paths.some((pattern) => pathPatternRegExp(pattern).test(path)));
}

/** Every header of a response to `path`; `notFound` gives the headers of 404 responses (the last rule). */
export function headersFor(config, path, {notFound = false} = {}) {
  const rule = notFound ? config.rules.at(-1) : ruleFor(config, path);
  return {...config.headers, ...rule.headers};
}

/** The `'sha256-…'` sources of the Content-Security-Policy's script-src. */
export function scriptHashes(config) {
  const scriptSrc = config.headers['Content-Security-Policy']
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return (scriptSrc ?? []).slice(1).filter((source) => /^'sha256-/.test(source));
}
