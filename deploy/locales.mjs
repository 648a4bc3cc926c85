// @ts-check
// The site's locales for the plain-JavaScript side of the deployment (scripts/serve.mjs, the CloudFront
// template and its function), read from their only definition, src/data/locales.ts. Node 20 cannot import
// TypeScript, so this reads the two declarations it needs from the source text; tests/unit/deploy.test.ts
// checks that what it reads is what the module exports.
import {readFileSync} from 'node:fs';

export const localesFile = new URL('../src/data/locales.ts', import.meta.url);

/** @returns {{locales: string[], defaultLocale: string, nonDefaultLocales: string[]}} */
export function loadLocales() {
  const source = readFileSync(localesFile, 'utf8');
  const list = /export const locales = \[([^\]]*)\] as const;/.exec(source);
  const fallback = /export const defaultLocale: Locale = '([a-z-]+)';/.exec(source);
  if (!list || !fallback) {
    throw new Error(
      `${localesFile.pathname}: cannot read \`locales\` and \`defaultLocale\`; update deploy/locales.mjs.`,
    );
  }
  const locales = [...list[1].matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
  const defaultLocale = fallback[1];
  return {locales, defaultLocale, nonDefaultLocales: locales.filter((locale) => locale !== defaultLocale)};
}
