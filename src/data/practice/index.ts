// The question bank as the browser sees it: one file per exam domain, each loaded on demand (a dynamic import,
// so each is its own script chunk and the practice page ships none of them). The build and the tests read the
// whole bank from ./bank.ts instead.
import type {PracticeQuestion} from './types';

export type {PracticeOption, PracticeQuestion} from './types';

type DomainFile = {questions: readonly PracticeQuestion[]};

/** The domain files, by the exam map's domain id (src/data/exam.ts). Literal paths, so each is split apart. */
const domainFiles: Record<string, () => Promise<DomainFile>> = {
  'domain-1': () => import('./domain1'),
  'domain-2': () => import('./domain2'),
  'domain-3': () => import('./domain3'),
  'domain-4': () => import('./domain4'),
};

/** The domain of a task: '2.1' → 'domain-2'. */
export const domainOfTask = (task: string) => `domain-${task.split('.')[0]}`;

const loaded = new Map<string, Promise<readonly PracticeQuestion[]>>();

/** The questions of one domain, fetched once per page view. */
export function loadDomainQuestions(domain: string): Promise<readonly PracticeQuestion[]> {
  const load = domainFiles[domain];
  if (!load) return Promise.resolve([]);
  if (!loaded.has(domain)) {
    const promise = load().then((file) => file.questions);
    // A failed fetch (offline, a new deploy) may be retried by the reader.
    promise.catch(() => loaded.delete(domain));
    loaded.set(domain, promise);
  }
  return loaded.get(domain)!;
}

/** The questions of several domains, in domain order. */
export async function loadQuestions(domains: readonly string[]): Promise<PracticeQuestion[]> {
  const files = await Promise.all([...new Set(domains)].sort().map(loadDomainQuestions));
  return files.flat();
}
