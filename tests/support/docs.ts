// Reads the MDX sources of the docs, per locale and edition (docs version).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {explicitHeadings} from '../../src/utils/headings';
import {repoRoot} from './plan';

export type Locale = 'es' | 'en';
export const locales: Locale[] = ['es', 'en'];

/** `current` is the updated DVA-C02 edition at /docs; `dva-c01` the notes as written, at /docs/dva-c01. */
export type DocsVersion = 'current' | 'dva-c01';
export const docsVersions: DocsVersion[] = ['current', 'dva-c01'];

export function docPath(slug: string, locale: Locale, version: DocsVersion = 'current'): string {
  if (locale === 'es') {
    return version === 'current'
      ? join(repoRoot, 'docs', `${slug}.mdx`)
      : join(repoRoot, 'versioned_docs', `version-${version}`, `${slug}.mdx`);
  }
  const folder = version === 'current' ? 'current' : `version-${version}`;
  return join(repoRoot, 'i18n', locale, 'docusaurus-plugin-content-docs', folder, `${slug}.mdx`);
}

export function readDoc(slug: string, locale: Locale, version: DocsVersion = 'current'): string | undefined {
  const path = docPath(slug, locale, version);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The URL of a doc page in the built site. */
export function docUrl(slug: string, locale: Locale, version: DocsVersion = 'current'): string {
  return `${locale === 'es' ? '' : `/${locale}`}/docs/${version === 'current' ? '' : `${version}/`}${slug}`;
}

/** Explicit heading ids, written `## Title {/* #id *\/}`. */
export function headingIds(source: string): string[] {
  return explicitHeadings(source).map((heading) => heading.id);
}

export function frontMatter(source: string): Record<string, string> {
  const block = source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => line.match(/^(\w+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1], m[2].replace(/^(['"])(.*)\1$/, '$2')]),
  );
}
