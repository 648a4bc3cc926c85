// The site's structure as the tests see it, derived from its one source: src/data/studyPlan.ts (categories,
// pages, order, seed lines of the notes), each page's own front matter (titles) and explicit headings (section
// ids), and the comparison tables where the pages place them.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {EditionId} from '../../src/data/editions';
import {docsContentDir, locales, type Locale, type Localized} from '../../src/data/locales';
import {studyPlan} from '../../src/data/studyPlan';
import {isComparisonTableName} from '../../src/data/tables';
import {explicitHeadings, frontMatter} from '../../src/utils/headings';

export const repoRoot = join(__dirname, '..', '..');

export interface PlannedPage {
  slug: string;
  /** From the page's front matter, per language. */
  title: Localized;
  /** Lines of the notes it holds; none for a page beyond the notes. */
  seedLines: number[];
  /** The explicit heading ids of the edition's Spanish page, in order. */
  sectionIds: string[];
  /** Written for the current edition beyond the notes: past editions do not have it. */
  beyondNotes: boolean;
}

export interface PlannedCategory {
  label: Localized;
  pages: PlannedPage[];
}

const source = (slug: string, locale: Locale, edition: EditionId) => {
  const file = join(repoRoot, docsContentDir(locale, edition), `${slug}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

function plannedPage(
  slug: string,
  seedLines: readonly (readonly [number, number])[],
  beyondNotes: boolean,
  edition: EditionId,
): PlannedPage {
  const title = Object.fromEntries(
    locales.map((locale) => [locale, frontMatter(source(slug, locale, edition)).title ?? '']),
  ) as Localized;
  return {
    slug,
    title,
    seedLines: seedLines.flatMap(([first, last]) => Array.from({length: last - first + 1}, (_, i) => first + i)),
    sectionIds: explicitHeadings(source(slug, 'es', edition)).map((heading) => heading.id),
    beyondNotes,
  };
}

/** The categories and pages of an edition: every page for the current one, the notes' pages for a past one. */
export function readPagePlan(edition: EditionId = 'current'): PlannedCategory[] {
  return studyPlan
    .filter((category) => edition === 'current' || !category.beyondNotes)
    .map((category) => ({
      label: category.label,
      pages: category.pages.map((page) =>
        plannedPage(page.id, page.seedLines ?? [], Boolean(category.beyondNotes), edition),
      ),
    }));
}

export const plannedPages = (edition: EditionId = 'current'): PlannedPage[] =>
  readPagePlan(edition).flatMap((c) => c.pages);

export interface PlannedTable {
  component: string;
  slug: string;
  sectionId: string;
}

/** Which comparison table each page of an edition writes (`<Ec2PurchaseOptions />`), under which section. */
export function plannedTables(edition: EditionId = 'current'): PlannedTable[] {
  return plannedPages(edition).flatMap(({slug}) => {
    const tables: PlannedTable[] = [];
    let sectionId = '';
    for (const line of source(slug, 'es', edition).split('\n')) {
      const heading = explicitHeadings(line)[0];
      if (heading) sectionId = heading.id;
      const component = line.match(/^<(\w+) \/>$/)?.[1];
      if (component && isComparisonTableName(component)) tables.push({component, slug, sectionId});
    }
    return tables;
  });
}
