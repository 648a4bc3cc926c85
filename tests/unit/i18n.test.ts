import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {docsVersions, frontMatter, headingIds, readDoc} from '../support/docs';
import {plannedPages, repoRoot} from '../support/plan';
import {editions} from '../../src/data/editions';
import {studyPlan} from '../../src/data/studyPlan';

type Messages = Record<string, {message: string}>;
const readJson = (...path: string[]): Messages => JSON.parse(readFileSync(join(repoRoot, 'i18n', ...path), 'utf8'));

/** The parts of a page that must match across languages, in order. */
function structure(source: string) {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return {
    headingLevels: [...body.matchAll(/^(#{2,6}) /gm)].map((m) => m[1]),
    codeBlocks: [...body.matchAll(/^```(\w*)/gm)].map((m) => m[1]),
    admonitions: [...body.matchAll(/^:::(\w+)/gm)].map((m) => m[1]),
    components: [...body.matchAll(/<([A-Z]\w+)[^>]*\/>/g)].map((m) => m[0]),
    tableRows: body.split('\n').filter((line) => line.startsWith('|')).length,
  };
}

describe.each(docsVersions)('English twins in the %s edition', (version) => {
  describe.each(plannedPages(version))('$slug', (page) => {
    const es = readDoc(page.slug, 'es', version) ?? '';
    const en = readDoc(page.slug, 'en', version);

    it('exists with the planned English title and a description', () => {
      expect(en, `English ${page.slug} (${version}) is missing`).toBeDefined();
      const meta = frontMatter(en!);
      expect(meta.title).toBe(page.title.en);
      expect(meta.description).not.toBe(frontMatter(es).description);
    });

    it('has the same section ids, in the same order', () => {
      expect(headingIds(en ?? '')).toEqual(headingIds(es));
    });

    it('has the same headings, code blocks, admonitions, components and tables', () => {
      expect(structure(en ?? '')).toEqual(structure(es));
    });
  });
});

describe('UI strings', () => {
  const es = readJson('es', 'code.json');
  const en = readJson('en', 'code.json');
  // Proper nouns that read the same in both languages.
  const sameInBothLanguages = new Set(['home.hero.title']);

  it('every English UI message differs from the Spanish one, except proper nouns', () => {
    const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\{\w+\}/g, ''));
    const untranslated = Object.keys(en).filter(
      (key) => !sameInBothLanguages.has(key) && hasWords(en[key].message) && en[key].message === es[key]?.message,
    );
    expect(untranslated).toEqual([]);
  });

  it('every custom string has a Spanish source and an English translation', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it('the edition dropdown has the same labels in English (src/data/editions.ts)', () => {
    for (const edition of editions) {
      const file = edition.id === 'current' ? 'current.json' : `version-${edition.id}.json`;
      expect(readJson('en', 'docusaurus-plugin-content-docs', file)['version.label'].message).toBe(edition.label);
    }
  });

  it('sidebar categories use the study plan’s English labels', () => {
    const sidebar = readJson('en', 'docusaurus-plugin-content-docs', 'current.json');
    for (const category of studyPlan) {
      expect(sidebar[`sidebar.notes.category.${category.key}`]?.message).toBe(category.label.en);
    }
  });
});
