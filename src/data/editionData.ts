// What each edition's pages are built from: the current edition reads the live data files; a frozen
// edition reads the snapshot written when it was frozen (`docusaurus edition:freeze <id>`), so editing the
// live data never changes a past edition: its tables, exam map and task labels, the glossary terms its pages
// mark and explain in place, and which of its pages carry the "Beyond the notes" label.
// Build-time only (remark plugins, the exam map plugin, tests).
import type {ComparisonTable} from './tables/types';
import {comparisonTables, type ComparisonTableName} from './tables';
import {examGuide} from './exam';
import {examTasks, type ExamGuide} from './examGuide';
import {glossary, type GlossaryEntry} from './glossary';
import {locales} from './locales';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pastEditions, type EditionId, type PastEditionId} from './editions';
import {studyPlan} from './studyPlan';

/** A glossary entry as a page marks it: names, forms and definition (where the glossary explains it is live). */
export type FrozenGlossaryTerm = Pick<GlossaryEntry, 'id' | 'en' | 'es' | 'awsEs' | 'forms' | 'definition' | 'onlyOn'>;

/** A frozen edition's data, as `edition:freeze` writes it. */
export interface EditionSnapshot {
  /** ISO date of the freeze. */
  readonly frozenOn: string;
  readonly tables: Partial<Record<ComparisonTableName, ComparisonTable>>;
  /** The exam map and task labels, for editions that had them. */
  readonly exam?: ExamGuide;
  /** The glossary terms its pages mark; absent for an edition whose pages mark none (the notes as written). */
  readonly glossary?: readonly FrozenGlossaryTerm[];
  /** Doc ids of its pages written beyond the author's notes. */
  readonly beyondNotesPages: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocalized = (value: unknown) => isRecord(value) && locales.every((locale) => typeof value[locale] === 'string');

/**
 * Checks a snapshot's shape when it is loaded, so a hand-edited or truncated file fails the build with the
 * field at fault instead of rendering wrong pages.
 */
export function parseSnapshot(id: string, data: unknown): EditionSnapshot {
  const fail = (what: string): never => {
    throw new Error(`src/data/editions/${id}.json: ${what}`);
  };
  if (!isRecord(data)) return fail('not an object');
  if (typeof data.frozenOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data.frozenOn)) fail('frozenOn is not a date');
  if (!isRecord(data.tables)) return fail('tables is missing');
  for (const [name, table] of Object.entries(data.tables)) {
    if (!isRecord(table) || !isLocalized(table.caption) || !Array.isArray(table.rows))
      fail(`table ${name} is malformed`);
  }
  if (data.exam !== undefined) {
    const exam = data.exam as ExamGuide;
    if (!isRecord(exam) || typeof exam.code !== 'string' || !Array.isArray(exam.domains)) fail('exam is malformed');
    for (const task of examTasks(exam)) {
      if (!isLocalized(task.title) || !Array.isArray(task.sections)) fail(`exam task ${task.id} is malformed`);
    }
  }
  if (data.glossary !== undefined) {
    if (!Array.isArray(data.glossary)) return fail('glossary is not a list');
    for (const term of data.glossary as unknown[]) {
      const ok =
        isRecord(term) &&
        typeof term.id === 'string' &&
        isLocalized(term.definition) &&
        isRecord(term.forms) &&
        locales.every((locale) => Array.isArray((term.forms as Record<string, unknown>)[locale]));
      if (!ok) fail(`glossary term ${isRecord(term) ? String(term.id) : '?'} is malformed`);
    }
  }
  if (!Array.isArray(data.beyondNotesPages) || !data.beyondNotesPages.every((page) => typeof page === 'string')) {
    fail('beyondNotesPages is not a list of doc ids');
  }
  return data as unknown as EditionSnapshot;
}

/** Where `edition:freeze` writes a past edition's snapshot. */
export const snapshotFile = (edition: string) => path.join(__dirname, 'editions', `${edition}.json`);

/** Every past edition's snapshot, read from the edition list (src/data/editions.ts). */
export const snapshots = Object.fromEntries(
  pastEditions.map(({id}) => [id, parseSnapshot(id, JSON.parse(readFileSync(snapshotFile(id), 'utf8')))]),
) as Readonly<Record<PastEditionId, EditionSnapshot>>;

const currentBeyondNotesPages = studyPlan
  .filter((category) => category.beyondNotes)
  .flatMap((category) => category.pages.map((page) => page.id));

/** The current edition's data in snapshot form: what `edition:freeze` writes. */
export function currentSnapshot(frozenOn: string): EditionSnapshot {
  return {
    frozenOn,
    tables: comparisonTables,
    exam: examGuide,
    glossary: glossary.map(({id, en, es, awsEs, forms, definition, onlyOn}) => ({
      id,
      en,
      es,
      awsEs,
      forms,
      definition,
      onlyOn,
    })),
    beyondNotesPages: currentBeyondNotesPages,
  };
}

export function tablesOf(edition: EditionId): EditionSnapshot['tables'] {
  return edition === 'current' ? comparisonTables : snapshots[edition].tables;
}

export function examGuideOf(edition: EditionId): ExamGuide | undefined {
  return edition === 'current' ? examGuide : snapshots[edition].exam;
}

/** The glossary terms an edition's pages mark (none for the notes as written). */
export function glossaryOf(edition: EditionId): readonly FrozenGlossaryTerm[] {
  return edition === 'current' ? glossary : (snapshots[edition].glossary ?? []);
}

export function beyondNotesPagesOf(edition: EditionId): readonly string[] {
  return edition === 'current' ? currentBeyondNotesPages : snapshots[edition].beyondNotesPages;
}
