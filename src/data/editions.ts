// The site's editions, one per exam version: the current one at /docs, each past one frozen at
// /docs/<id> (a docs version). docusaurus.config.ts, the banner, the exam maps and the tests read this list.
// Freezing the current edition: README, "Editions".

/** A docs version id: `current` for the edition at /docs, otherwise the folder of a frozen edition. */
export type EditionId = 'current' | PastEditionId;
export type PastEditionId = 'dva-c02' | 'dva-c01';

export interface Edition {
  readonly id: EditionId;
  /** The exam code the edition follows. */
  readonly exam: string;
  /** The label in the edition dropdown. */
  readonly label: string;
}

/**
 * A frozen edition: its pages are a docs version, its tables and exam map the snapshot in
 * src/data/editions/<id>.json. The notes as written carry nothing the site added (no glossary terms).
 */
export type PastEdition = Edition & {readonly id: PastEditionId} & (
    | {readonly notesAsWritten: true}
    | {
        readonly notesAsWritten: false;
        /** The last day of the exam it served (ISO date), as AWS's own text gives it. */
        readonly examRetiredOn: string;
      }
  );

export const currentEdition = {
  id: 'current',
  exam: 'DVA-C03',
  label: 'DVA-C03',
  /** The first day of the exam (AWS Certification user guide, "Comparison of DVA-C02 and DVA-C03"). */
  examSince: '2026-12-01',
} as const satisfies Edition & {examSince: string};

/** Newest first, as the edition dropdown lists them. */
export const pastEditions: readonly PastEdition[] = [
  {
    id: 'dva-c02',
    exam: 'DVA-C02',
    label: 'DVA-C02 (2023–2026)',
    // AWS Certification user guide, "Comparison of DVA-C02 and DVA-C03".
    examRetiredOn: '2026-11-30',
    notesAsWritten: false,
  },
  {
    // AWS's pages read here do not give DVA-C01's last day, so the banner gives none.
    id: 'dva-c01',
    exam: 'DVA-C01',
    label: 'DVA-C01 (2020)',
    notesAsWritten: true,
  },
];

export const editions: readonly Edition[] = [currentEdition, ...pastEditions];

export function pastEdition(id: string): PastEdition | undefined {
  return pastEditions.find((edition) => edition.id === id);
}

/** The URL path of an edition's docs: '/docs' or '/docs/dva-c02' (without the locale prefix). */
export const docsPath = (edition: EditionId) => (edition === 'current' ? '/docs' : `/docs/${edition}`);

/** The URL path of an edition's exam map: '/exam-map' or '/exam-map/dva-c02'. */
export const examMapPath = (edition: EditionId) => (edition === 'current' ? '/exam-map' : `/exam-map/${edition}`);
