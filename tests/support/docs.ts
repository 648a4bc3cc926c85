// Reads the MDX sources of the docs, per locale.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './plan';

export type Locale = 'es' | 'en';

export function docPath(slug: string, locale: Locale): string {
  return locale === 'es'
    ? join(repoRoot, 'docs', `${slug}.mdx`)
    : join(repoRoot, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current', `${slug}.mdx`);
}

export function readDoc(slug: string, locale: Locale): string | undefined {
  const path = docPath(slug, locale);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Explicit heading ids, written `## Title {/* #id *\/}`. */
export function headingIds(source: string): string[] {
  return [...source.matchAll(/^#{2,6} .*\{\/\* #([\w-]+) \*\/\}\s*$/gm)].map((m) => m[1]);
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
