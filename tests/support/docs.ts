// Reads the MDX sources of the docs, per locale and edition (docs version).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {docsPath, editions, type EditionId} from '../../src/data/editions';
import {docsContentDir, localePrefix, locales, type Locale} from '../../src/data/locales';
import {explicitHeadings, frontMatter} from '../../src/utils/headings';
import {repoRoot} from './plan';

export {frontMatter, locales, type Locale};

/** Every edition: `current` at /docs, then the frozen ones (src/data/editions.ts), newest first. */
export type DocsVersion = EditionId;
export const docsVersions: DocsVersion[] = editions.map((edition) => edition.id);

export function docPath(slug: string, locale: Locale, version: DocsVersion = 'current'): string {
  return join(repoRoot, docsContentDir(locale, version), `${slug}.mdx`);
}

export function readDoc(slug: string, locale: Locale, version: DocsVersion = 'current'): string | undefined {
  const path = docPath(slug, locale, version);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The URL of a doc page in the built site. */
export function docUrl(slug: string, locale: Locale, version: DocsVersion = 'current'): string {
  return `${localePrefix(locale)}${docsPath(version)}/${slug}`;
}

/** Explicit heading ids, written `## Title {/* #id *\/}`. */
export function headingIds(source: string): string[] {
  return explicitHeadings(source).map((heading) => heading.id);
}
