// The practice page (/practice, /en/practice): study mode, a simulated exam, and the reader's progress
// (README, "Practice"). The page's data is the bank's index only (each question's id and task) and the labels
// of the sections questions link to: the questions themselves are loaded per domain when a set starts
// (src/data/practice/index.ts), so the page weighs what a doc page weighs and holds no answer in its HTML.
import type {LoadContext, Plugin} from '@docusaurus/types';
import {examGuide} from '../../data/exam';
import {examTasks} from '../../data/examGuide';
import {isLocale} from '../../data/locales';
import {allPracticeQuestions, practiceBank} from '../../data/practice/bank';
import {labelSections} from '../editions';

export const PRACTICE_PATH = 'practice';

/** What the page gets, in its locale. */
export interface PracticePageData {
  exam: string;
  domains: {id: string; title: string; weight: number; tasks: {id: string; title: string}[]}[];
  /** Every question of the bank, in domain file order: id and task only. */
  questions: {id: string; task: string}[];
  /** `'slug#section-id'` → "Page › Section", for the sections the questions link to. */
  sectionLabels: Record<string, string>;
}

/** Fails the build on what would break the page: duplicate ids, unknown tasks, a question in another domain's file. */
function checkBank() {
  const tasks = new Set(examTasks(examGuide).map((task) => task.id));
  const seen = new Set<string>();
  for (const [domain, questions] of Object.entries(practiceBank)) {
    for (const question of questions) {
      if (seen.has(question.id)) throw new Error(`Practice: question id ${question.id} is used twice.`);
      seen.add(question.id);
      if (!tasks.has(question.task))
        throw new Error(`Practice: ${question.id} has task ${question.task}, not in the exam map.`);
      if (`domain-${question.task.split('.')[0]}` !== domain) {
        throw new Error(`Practice: ${question.id} (task ${question.task}) is in the file of ${domain}.`);
      }
    }
  }
}

export default function practicePlugin(context: LoadContext): Plugin {
  const {siteDir, baseUrl} = context;
  const locale = context.i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`No practice text for the locale "${locale}".`);

  return {
    name: 'practice',

    async contentLoaded({actions}) {
      checkBank();
      const data: PracticePageData = {
        exam: examGuide.code,
        domains: examGuide.domains.map((domain) => ({
          id: domain.id,
          title: domain.title[locale],
          weight: domain.weight,
          tasks: domain.tasks.map((task) => ({id: task.id, title: task.title[locale]})),
        })),
        questions: allPracticeQuestions.map(({id, task}) => ({id, task})),
        sectionLabels: await labelSections(
          siteDir,
          locale,
          'current',
          [...new Set(allPracticeQuestions.map((question) => question.section))],
          'Practice questions',
        ),
      };
      actions.addRoute({
        path: `${baseUrl}${PRACTICE_PATH}`,
        component: '@site/src/components/PracticePage',
        exact: true,
        modules: {data: await actions.createData('practice-page.json', JSON.stringify(data))},
      });
    },
  };
}
