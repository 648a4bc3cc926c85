// The site's editions beyond what the docs plugin versions: an exam map per edition that has one, the home
// page's coverage summary, and the `edition:freeze` command that snapshots the current edition's data when
// it becomes a past edition.
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {currentSnapshot, examGuideOf, snapshotFile} from '../data/editionData';
import {docsPath, editions, examMapPath, pastEdition, type EditionId} from '../data/editions';
import {examTasks, type Coverage, type ExamGuide} from '../data/examGuide';
import {docsContentDir, isLocale, type Locale} from '../data/locales';
import {explicitHeadings, frontMatter} from '../utils/headings';
import {allPracticeQuestions} from '../data/practice/bank';

const questionsPerTask = () => {
  const counts: Record<string, number> = {};
  for (const {task} of allPracticeQuestions) counts[task] = (counts[task] ?? 0) + 1;
  return counts;
};

/** What an exam map page gets: its edition's guide, and a label for every section it links. */
export interface ExamMapData {
  edition: EditionId;
  guide: ExamGuide;
  /** Where the edition's docs are, without the locale prefix: '/docs' or '/docs/dva-c02'. */
  docsPath: string;
  /** `'slug#section-id'` → "Page › Section", in the page's language. */
  sectionLabels: Record<string, string>;
  /** The current map only: how many practice questions each task has ('1.2' → 3), for the reader's progress. */
  practiceQuestions?: Record<string, number>;
}

/** The home page's summary of the current map: only what it shows, so the home ships no exam text. */
export interface ExamCoverageData {
  exam: string;
  domains: {id: string; title: string; weight: number; tasks: Record<Coverage, number>}[];
}

function coverageSummary(guide: ExamGuide, locale: Locale): ExamCoverageData {
  return {
    exam: guide.code,
    domains: guide.domains.map((domain) => ({
      id: domain.id,
      title: domain.title[locale],
      weight: domain.weight,
      tasks: {
        covered: domain.tasks.filter((task) => task.coverage === 'covered').length,
        partial: domain.tasks.filter((task) => task.coverage === 'partial').length,
        'not-covered': domain.tasks.filter((task) => task.coverage === 'not-covered').length,
      },
    })),
  };
}

/**
 * "Page › Section" for each of `sections` ('slug#section-id'), read from the edition's own pages in the locale;
 * a section that is not a heading of its page fails the build (`what` names who links it).
 */
export async function labelSections(
  siteDir: string,
  locale: Locale,
  edition: EditionId,
  sections: readonly string[],
  what: string,
) {
  const labels: Record<string, string> = {};
  const slugs = new Set(sections.map((section) => section.split('#')[0]));
  for (const slug of slugs) {
    const file = path.join(siteDir, docsContentDir(locale, edition), `${slug}.mdx`);
    const source = await readFile(file, 'utf8').catch(() => {
      throw new Error(`${what}: no page ${slug} in the ${locale} pages of ${edition}.`);
    });
    const {title} = frontMatter(source);
    if (!title) throw new Error(`${what}: ${file} has no title.`);
    for (const heading of explicitHeadings(source)) labels[`${slug}#${heading.id}`] = `${title} › ${heading.title}`;
  }
  const wanted: Record<string, string> = {};
  for (const section of sections) {
    if (!labels[section]) throw new Error(`${what}: no section ${section} in the ${locale} pages of ${edition}.`);
    wanted[section] = labels[section];
  }
  return wanted;
}

/** Labels the map's sections with the page title and the heading, read from the edition's own pages. */
const sectionLabels = (siteDir: string, locale: Locale, edition: EditionId, guide: ExamGuide) =>
  labelSections(
    siteDir,
    locale,
    edition,
    examTasks(guide).flatMap((task) => task.sections),
    `Exam map of ${edition}`,
  );

export default function editionsPlugin(context: LoadContext): Plugin {
  const {siteDir, baseUrl} = context;
  const locale = context.i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`No exam map text for the locale "${locale}".`);

  return {
    name: 'editions',

    async contentLoaded({actions}) {
      await actions.createData('exam-coverage.json', JSON.stringify(coverageSummary(examGuideOf('current')!, locale)));
      for (const {id: edition} of editions) {
        const guide = examGuideOf(edition);
        if (!guide) continue;
        const data: ExamMapData = {
          edition,
          guide,
          docsPath: docsPath(edition),
          sectionLabels: await sectionLabels(siteDir, locale, edition, guide),
          ...(edition === 'current' && {practiceQuestions: questionsPerTask()}),
        };
        const dataPath = await actions.createData(`exam-map-${edition}.json`, JSON.stringify(data));
        actions.addRoute({
          path: `${baseUrl}${examMapPath(edition).slice(1)}`,
          component: '@site/src/components/ExamMapPage',
          exact: true,
          modules: {data: dataPath},
        });
      }
    },

    getPathsToWatch: () => editions.map(({id}) => path.join(siteDir, docsContentDir(locale, id), '**/*.mdx')),

    extendCli(cli) {
      cli
        .command('edition:freeze <edition>')
        .description(
          "Snapshot the current edition's tables, exam map, glossary and beyond-notes pages into " +
            'src/data/editions/<edition>.json; run it right after `docusaurus docs:version <edition>` (README, "Editions").',
        )
        .action(async (edition: string) => {
          const file = snapshotFile(edition);
          if (existsSync(file)) throw new Error(`${file} exists: a frozen edition is never rewritten.`);
          if (pastEdition(edition)) throw new Error(`${edition} is already a past edition in src/data/editions.ts.`);
          const versions: string[] = JSON.parse(
            await readFile(path.join(siteDir, 'versions.json'), 'utf8').catch(() => '[]'),
          );
          if (!versions.includes(edition)) {
            throw new Error(
              `Run \`docusaurus docs:version ${edition}\` first: versions.json does not list "${edition}".`,
            );
          }
          const frozenOn = new Date().toISOString().slice(0, 10);
          const text = `${JSON.stringify(currentSnapshot(frozenOn), null, 2)}\n`;
          await writeFile(file, text);
          const hash = createHash('sha256').update(text).digest('hex');
          console.log(
            `Wrote ${path.relative(siteDir, file)}. Next (README, "Editions"): add "${edition}" first in pastEditions ` +
              `(src/data/editions.ts) and pin its hash in tests/unit/editions.test.ts: '${edition}': '${hash}'.`,
          );
        });
    },
  };
}
