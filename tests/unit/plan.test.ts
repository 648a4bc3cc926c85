// The site's structure (src/data/studyPlan.ts, the pages' front matter and headings): every line of the notes
// has one page, every page has its titles in both languages, and a section id once published stays in every
// edition and language.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {pastEditions} from '../../src/data/editions';
import {studyPlan} from '../../src/data/studyPlan';
import {docsVersions, frontMatter, headingIds, readDoc} from '../support/docs';
import {plannedPages, plannedTables, repoRoot} from '../support/plan';

const notesLines = readFileSync(join(repoRoot, 'notes', 'apuntes-originales.txt'), 'utf8')
  .trimEnd()
  .split('\n').length;

describe('study plan', () => {
  it('gives every line of the notes to exactly one page', () => {
    const lines = plannedPages()
      .flatMap((p) => p.seedLines)
      .sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({length: notesLines}, (_, i) => i + 1));
  });

  it('lists each page once, and the pages beyond the notes have no lines of the notes', () => {
    const ids = studyPlan.flatMap((c) => c.pages.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const page of plannedPages()) expect(page.seedLines.length > 0, page.slug).toBe(!page.beyondNotes);
  });

  it('past editions have every notes page and no page beyond the notes', () => {
    for (const {id} of pastEditions) {
      expect(plannedPages(id).map((p) => p.slug)).toEqual(
        plannedPages()
          .filter((p) => !p.beyondNotes)
          .map((p) => p.slug),
      );
    }
  });

  it('places each comparison table once per edition', () => {
    for (const edition of docsVersions) {
      const names = plannedTables(edition).map((t) => t.component);
      expect(names.length, edition).toBeGreaterThan(0);
      expect(new Set(names).size, edition).toBe(names.length);
    }
  });
});

describe.each(docsVersions)('pages of the %s edition', (version) => {
  describe.each(plannedPages(version))('$slug', (page) => {
    it('exists in both languages with a title and a description', () => {
      for (const locale of ['es', 'en'] as const) {
        const source = readDoc(page.slug, locale, version);
        expect(source, `${locale} ${page.slug} is missing`).toBeDefined();
        const meta = frontMatter(source!);
        expect(meta.title?.length ?? 0, locale).toBeGreaterThan(2);
        expect(meta.description?.length ?? 0, locale).toBeGreaterThan(20);
      }
    });

    it('has explicit, unique heading ids, the same in English', () => {
      expect(page.sectionIds.length).toBeGreaterThan(0);
      expect(new Set(page.sectionIds).size).toBe(page.sectionIds.length);
      expect(headingIds(readDoc(page.slug, 'en', version) ?? '')).toEqual(page.sectionIds);
    });

    // A link shared before an exam change still opens its section in the current edition.
    if (version !== 'current') {
      it('keeps its section ids in the current edition', () => {
        const current = plannedPages().find((p) => p.slug === page.slug)!;
        expect(current.sectionIds).toEqual(expect.arrayContaining(page.sectionIds));
      });
    }
  });
});
