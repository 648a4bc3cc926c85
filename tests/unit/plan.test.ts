import {describe, expect, it} from 'vitest';
import {docsVersions, frontMatter, headingIds, readDoc} from '../support/docs';
import {plannedPages, readPagePlan} from '../support/plan';
import {studyPlan} from '../../src/data/studyPlan';

describe('page plan', () => {
  const plan = readPagePlan();

  it('has the 19 pages of the notes with 111 section ids, and the pages beyond the notes', () => {
    const notesPages = plannedPages('dva-c01');
    expect(notesPages).toHaveLength(19);
    expect(notesPages.flatMap((p) => p.sectionIds)).toHaveLength(111);
    const beyondInPlan = plannedPages().filter((p) => p.beyondNotes).map((p) => p.slug);
    const beyondInSidebar = studyPlan.filter((c) => c.beyondNotes).flatMap((c) => c.pages.map((p) => p.id));
    expect(beyondInPlan.length).toBeGreaterThan(0);
    expect(beyondInPlan).toEqual(beyondInSidebar);
  });

  it('every seed line of the notes belongs to exactly one page', () => {
    const lines = plannedPages().flatMap((p) => p.seedLines).sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({length: 752}, (_, i) => i + 1));
  });

  it('the study plan (sidebar and home) follows the plan’s categories, order and titles', () => {
    expect(studyPlan.map((c) => c.label)).toEqual(plan.map((c) => c.label));
    expect(studyPlan.flatMap((c) => c.pages.map((p) => ({id: p.id, title: p.title})))).toEqual(
      plannedPages().map((p) => ({id: p.slug, title: p.title})),
    );
  });
});

describe.each(docsVersions)('Spanish pages of the %s edition', (version) => {
  describe.each(plannedPages(version))('$slug', (page) => {
    const source = readDoc(page.slug, 'es', version);

    it('exists with the planned title and a description', () => {
      expect(source, `${page.slug} is missing`).toBeDefined();
      const meta = frontMatter(source!);
      expect(meta.title).toBe(page.title.es);
      expect(meta.description?.length ?? 0).toBeGreaterThan(20);
    });

    it('has every planned section id as an explicit, unique heading id', () => {
      const ids = headingIds(source ?? '');
      expect(ids).toEqual(expect.arrayContaining(page.sectionIds));
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
});
