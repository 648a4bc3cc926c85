// Reads notes/page-plan.md, the contract for pages, sidebar order, section ids and seed line ranges.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {EditionId} from '../../src/data/editions';

export const repoRoot = join(__dirname, '..', '..');

export interface PlannedPage {
  slug: string;
  title: {es: string; en: string};
  /** Lines of the notes it holds; none for a page beyond the notes. */
  seedLines: number[];
  sectionIds: string[];
  /** Written for the current edition beyond the notes: past editions do not have it. */
  beyondNotes: boolean;
}

export interface PlannedCategory {
  label: {es: string; en: string};
  pages: PlannedPage[];
}

function splitTitle(text: string): {es: string; en: string} {
  const [es, en] = text.split(' / ').map((part) => part.trim());
  return {es, en: en ?? es};
}

function parseLineRanges(text: string): number[] {
  if (text.trim() === '—') return [];
  return text.split(',').flatMap((range) => {
    const [from, to] = range.trim().split(/[–-]/).map(Number);
    return Array.from({length: (to ?? from) - from + 1}, (_, i) => from + i);
  });
}

export function readPagePlan(): PlannedCategory[] {
  const markdown = readFileSync(join(repoRoot, 'notes', 'page-plan.md'), 'utf8');
  const categories: PlannedCategory[] = [];
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^## (.+)$/);
    if (heading) {
      if (heading[1] === 'Comparison tables') break;
      categories.push({label: splitTitle(heading[1]), pages: []});
      continue;
    }
    const row = line.match(/^\| `([^`]+)` \| (.+?) \| ([\d–, -]+|—) \| (.+) \|$/);
    if (row && categories.length > 0) {
      categories.at(-1)!.pages.push({
        slug: row[1],
        title: splitTitle(row[2]),
        seedLines: parseLineRanges(row[3]),
        sectionIds: [...row[4].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
        beyondNotes: row[3] === '—',
      });
    }
  }
  return categories;
}

/** The pages of an edition: every planned page for the current one, the notes' pages for a past one. */
export const plannedPages = (edition: EditionId = 'current'): PlannedPage[] =>
  readPagePlan()
    .flatMap((c) => c.pages)
    .filter((page) => edition === 'current' || !page.beyondNotes);

export interface PlannedTable {
  component: string;
  slug: string;
  sectionId: string;
}

/** The "Comparison tables" section: which component stands on which page and section, in an edition. */
export function plannedTables(edition: EditionId = 'current'): PlannedTable[] {
  const slugs = new Set(plannedPages(edition).map((page) => page.slug));
  const markdown = readFileSync(join(repoRoot, 'notes', 'page-plan.md'), 'utf8');
  const section = markdown.slice(markdown.indexOf('## Comparison tables'));
  return [...section.matchAll(/^\| `(\w+)` \| `([\w/-]+)#([\w-]+)` \|/gm)].map((m) => ({
    component: m[1],
    slug: m[2],
    sectionId: m[3],
  })).filter((table) => slugs.has(table.slug));
}
