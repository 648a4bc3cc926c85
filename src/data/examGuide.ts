// The shape of an exam map: AWS's content domains, their weights and task statements, and what an edition
// of the notes covers for each task. The current map is src/data/exam.ts; a frozen edition keeps its own
// copy in src/data/editions/<id>.json.
import type {Localized} from './locales';

export type Coverage = 'covered' | 'partial' | 'not-covered';

export interface ExamTask {
  /** '1.1' … */
  readonly id: string;
  /** AWS's own English title of the task statement, and a Spanish translation. */
  readonly title: Localized;
  /** Set where AWS's exact title could not be read: the map says so beside it. */
  readonly titleUnconfirmed?: true;
  /** Short summary in the site's own words. */
  readonly summary: Localized;
  /** Sections of the edition that serve it: 'slug#section-id'. */
  readonly sections: readonly string[];
  readonly coverage: Coverage;
  /** What the edition does not cover for this task (empty strings if nothing). */
  readonly missing: Localized;
}

export interface ExamDomain {
  /** 'domain-1' … */
  readonly id: string;
  readonly title: Localized;
  /** Percent of scored content. */
  readonly weight: number;
  readonly tasks: readonly ExamTask[];
}

export interface ExamSource {
  readonly title: string;
  readonly url: string;
}

export interface ServiceNote {
  readonly name: string;
  readonly note: Localized;
}

/** What changed from the previous exam version, as AWS's comparison page states it. */
export interface ExamChanges {
  readonly source: ExamSource;
  /** Each previous domain beside its successor, in order. */
  readonly domains: readonly {
    readonly before: {readonly title: Localized; readonly weight: number};
    readonly after: {readonly title: Localized; readonly weight: number};
  }[];
  /** What the new version adds, per task of the new version. */
  readonly additions: readonly {readonly task: string; readonly text: Localized}[];
  /** Skills that moved to another task: task ids of the previous and of the new version. */
  readonly moved: readonly {readonly skill: Localized; readonly from: string; readonly to: string}[];
  /** Previous tasks or skill groups merged into one task of the new version. */
  readonly merged: readonly {readonly from: readonly string[]; readonly to: string; readonly text: Localized}[];
}

export interface ExamGuide {
  /** 'DVA-C03' */
  readonly code: string;
  readonly domains: readonly ExamDomain[];
  /** Services the exam names that the notes never mention. */
  readonly servicesNotCovered: readonly ServiceNote[];
  /** AWS's pages for the exam guide, linked from the map. */
  readonly sources: readonly ExamSource[];
  /** ISO date on which the sources were read. */
  readonly sourcesCheckedOn: string;
  readonly changes?: ExamChanges;
}

/** The anchor of a task statement on an exam map: '2.1' → 'task-2-1'. */
export const taskAnchor = (taskId: string) => `task-${taskId.replace('.', '-')}`;

export const examTasks = (guide: ExamGuide): ExamTask[] => guide.domains.flatMap((domain) => domain.tasks);
