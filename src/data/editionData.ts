// What each edition's pages are built from: the current edition reads the live data files; a frozen
// edition reads the snapshot written when it was frozen (`docusaurus edition:freeze <id>`), so editing the
// live data never changes a past edition. Build-time only (remark plugins, the exam map plugin, tests).
import type {ComparisonTable} from './comparisonTable';
import type {ComparisonTableName} from './comparisonTableNames';
import {comparisonTables} from './comparisonTables';
import {examGuide} from './exam';
import type {ExamGuide} from './examGuide';
import type {EditionId, PastEditionId} from './editions';
import dvaC01 from './editions/dva-c01.json';
import dvaC02 from './editions/dva-c02.json';

/** A frozen edition's data, as `edition:freeze` writes it. */
export interface EditionSnapshot {
  /** ISO date of the freeze. */
  readonly frozenOn: string;
  readonly tables: Partial<Record<ComparisonTableName, ComparisonTable>>;
  /** The exam map and task labels, for editions that had them. */
  readonly exam?: ExamGuide;
}

export const snapshots: Readonly<Record<PastEditionId, EditionSnapshot>> = {
  'dva-c02': dvaC02 as EditionSnapshot,
  'dva-c01': dvaC01 as EditionSnapshot,
};

/** The current edition's data in snapshot form: what `edition:freeze` writes. */
export function currentSnapshot(frozenOn: string): EditionSnapshot {
  return {frozenOn, tables: comparisonTables, exam: examGuide};
}

export function tablesOf(edition: EditionId): EditionSnapshot['tables'] {
  return edition === 'current' ? comparisonTables : snapshots[edition].tables;
}

export function examGuideOf(edition: EditionId): ExamGuide | undefined {
  return edition === 'current' ? examGuide : snapshots[edition].exam;
}
