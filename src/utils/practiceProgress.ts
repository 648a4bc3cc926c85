// A reader's practice progress: kept in their browser only (localStorage, one versioned key), exported and
// imported as a JSON file of the same shape. Everything read back, from storage or from a file, is validated;
// a file that fails is refused whole and the saved progress is left as it was.

export const PROGRESS_FORMAT = 'apuntes-aws-practice';
export const PROGRESS_VERSION = 1;
/** The one localStorage key; a new schema gets a new version (and a migration from this one). */
export const PROGRESS_KEY = `${PROGRESS_FORMAT}-v${PROGRESS_VERSION}`;

export type Outcome = 'right' | 'wrong';

/** What is kept of each question answered: how often right and wrong, and the last outcome. */
export interface QuestionRecord {
  /** The exam task ('1.2'), so progress per task needs no question data. */
  readonly task: string;
  readonly right: number;
  readonly wrong: number;
  readonly last: Outcome;
  /** When it was last answered, ISO 8601. */
  readonly at: string;
}

export interface PracticeProgress {
  readonly format: typeof PROGRESS_FORMAT;
  readonly version: typeof PROGRESS_VERSION;
  /** By question id. */
  readonly questions: Readonly<Record<string, QuestionRecord>>;
}

export const emptyProgress: PracticeProgress = {format: PROGRESS_FORMAT, version: PROGRESS_VERSION, questions: {}};

/** Why a file was refused; the page words each reason in the reader's language. */
export type ProgressError = 'not-json' | 'not-progress' | 'newer-version' | 'bad-entry';

export type ParseResult = {ok: true; progress: PracticeProgress} | {ok: false; error: ProgressError; detail?: string};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TASK = /^[1-9]\.[1-9]\d?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** Far more questions than any bank: a larger file is not ours. */
const MAX_QUESTIONS = 10_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function validRecord(value: unknown): value is QuestionRecord {
  if (!isObject(value)) return false;
  const {task, right, wrong, last, at} = value;
  return (
    typeof task === 'string' &&
    TASK.test(task) &&
    isCount(right) &&
    isCount(wrong) &&
    right + wrong > 0 &&
    (last === 'right' ? right > 0 : last === 'wrong' && wrong > 0) &&
    typeof at === 'string' &&
    ISO_DATE.test(at) &&
    !Number.isNaN(Date.parse(at))
  );
}

/** Validates progress read from storage or a file (already parsed JSON); only known fields are kept. */
export function validateProgress(value: unknown): ParseResult {
  if (!isObject(value) || value.format !== PROGRESS_FORMAT || !isObject(value.questions)) {
    return {ok: false, error: 'not-progress'};
  }
  if (typeof value.version === 'number' && value.version > PROGRESS_VERSION) return {ok: false, error: 'newer-version'};
  if (value.version !== PROGRESS_VERSION) return {ok: false, error: 'not-progress'};
  const entries = Object.entries(value.questions);
  if (entries.length > MAX_QUESTIONS) return {ok: false, error: 'not-progress'};
  const questions: Record<string, QuestionRecord> = {};
  for (const [id, record] of entries) {
    if (!ID.test(id) || id.length > 100 || !validRecord(record))
      return {ok: false, error: 'bad-entry', detail: id.slice(0, 100)};
    const {task, right, wrong, last, at} = record;
    questions[id] = {task, right, wrong, last, at};
  }
  return {ok: true, progress: {format: PROGRESS_FORMAT, version: PROGRESS_VERSION, questions}};
}

/** Parses and validates the text of a progress file. */
export function parseProgress(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {ok: false, error: 'not-json'};
  }
  return validateProgress(value);
}

/** Progress with new answers added; `now` is an ISO date. */
export function recordAnswers(
  progress: PracticeProgress,
  answers: readonly {id: string; task: string; right: boolean}[],
  now: string,
): PracticeProgress {
  const questions = {...progress.questions};
  for (const {id, task, right} of answers) {
    const before = questions[id];
    questions[id] = {
      task,
      right: (before?.right ?? 0) + (right ? 1 : 0),
      wrong: (before?.wrong ?? 0) + (right ? 0 : 1),
      last: right ? 'right' : 'wrong',
      at: now,
    };
  }
  return {...progress, questions};
}

/**
 * An imported file merged into the saved progress: a question answered on both devices keeps the record
 * answered last, so moving between devices loses nothing.
 */
export function mergeProgress(saved: PracticeProgress, imported: PracticeProgress): PracticeProgress {
  const questions = {...saved.questions};
  for (const [id, record] of Object.entries(imported.questions)) {
    const mine = questions[id];
    if (!mine || Date.parse(record.at) > Date.parse(mine.at)) questions[id] = record;
  }
  return {...saved, questions};
}

export interface Tally {
  answered: number;
  right: number;
  wrong: number;
}

/** Per task: questions answered, and how many were right or wrong the last time. */
export function tallyByTask(progress: PracticeProgress): Record<string, Tally> {
  const tallies: Record<string, Tally> = {};
  for (const record of Object.values(progress.questions)) {
    const tally = (tallies[record.task] ??= {answered: 0, right: 0, wrong: 0});
    tally.answered += 1;
    tally[record.last] += 1;
  }
  return tallies;
}

/** The sum of several tallies (the tasks of a domain). */
export const sumTallies = (tallies: readonly (Tally | undefined)[]): Tally =>
  tallies.reduce<Tally>(
    (sum, t) => ({
      answered: sum.answered + (t?.answered ?? 0),
      right: sum.right + (t?.right ?? 0),
      wrong: sum.wrong + (t?.wrong ?? 0),
    }),
    {answered: 0, right: 0, wrong: 0},
  );

/** The questions whose last answer was wrong. */
export const wrongQuestionIds = (progress: PracticeProgress): string[] =>
  Object.entries(progress.questions)
    .filter(([, record]) => record.last === 'wrong')
    .map(([id]) => id);

/** The export file's name: 'apuntes-aws-practice-2026-12-03.json'. */
export const exportFileName = (now: Date) => `${PROGRESS_FORMAT}-${now.toISOString().slice(0, 10)}.json`;

export const serializeProgress = (progress: PracticeProgress) => `${JSON.stringify(progress, null, 2)}\n`;

// The browser's copy. Reading never throws: storage may be disabled, full or hold something broken, and the
// page then starts from empty progress.

export function readStoredProgress(storage: Storage | undefined): PracticeProgress {
  try {
    const text = storage?.getItem(PROGRESS_KEY);
    if (!text) return emptyProgress;
    const result = parseProgress(text);
    return result.ok ? result.progress : emptyProgress;
  } catch {
    return emptyProgress;
  }
}

/** Saves; false when the browser refused (storage disabled or full). */
export function writeStoredProgress(storage: Storage | undefined, progress: PracticeProgress): boolean {
  try {
    if (!storage) return false;
    if (Object.keys(progress.questions).length === 0) storage.removeItem(PROGRESS_KEY);
    else storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}
