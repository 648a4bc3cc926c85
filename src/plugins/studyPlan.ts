// The home page's table of contents in the page's language: the study plan's categories and pages
// (src/data/studyPlan.ts) with each page's title and description read from its own front matter, so a title
// is written once, in the page. The home page imports the JSON this writes and ships nothing else of the plan.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {docsContentDir, isLocale} from '../data/locales';
import {studyPlan} from '../data/studyPlan';
import {frontMatter} from '../utils/headings';

/** What the home page gets. */
export type StudyHubData = {
  key: string;
  label: string;
  pages: {id: string; title: string; summary: string}[];
}[];

export default function studyPlanPlugin(context: LoadContext): Plugin {
  const {siteDir} = context;
  const locale = context.i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`No study plan for the locale "${locale}".`);
  const pageFile = (id: string) => path.join(siteDir, docsContentDir(locale, 'current'), `${id}.mdx`);

  return {
    name: 'study-plan',

    async contentLoaded({actions}) {
      const data: StudyHubData = await Promise.all(
        studyPlan.map(async (category) => ({
          key: category.key,
          label: category.label[locale],
          pages: await Promise.all(
            category.pages.map(async ({id}) => {
              const {title, description} = frontMatter(await readFile(pageFile(id), 'utf8'));
              if (!title || !description) throw new Error(`${pageFile(id)} needs a title and a description.`);
              return {id, title, summary: description};
            }),
          ),
        })),
      );
      await actions.createData('study-plan.json', JSON.stringify(data));
    },

    getPathsToWatch: () => studyPlan.flatMap((category) => category.pages.map(({id}) => pageFile(id))),
  };
}
