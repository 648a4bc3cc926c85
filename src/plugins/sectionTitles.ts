// The titles of the current edition's sections in both languages, read from the pages' headings at build
// time, so the exam map names the sections it links ("Almacén de sesiones", not "#session-store") and cannot
// drift from the pages. Only the exam map imports them (`@generated/section-titles/default/…`).
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {locales, type Locale} from '../data/locales';
import {studyPlan} from '../data/studyPlan';
import {explicitHeadings} from '../utils/headings';

/** Per locale: `'slug#section-id'` → the heading's text. */
export type SectionTitles = Record<Locale, Record<string, string>>;

const currentDocsDir: Record<Locale, string> = {
  es: 'docs',
  en: 'i18n/en/docusaurus-plugin-content-docs/current',
};

export default function sectionTitlesPlugin(context: LoadContext): Plugin {
  const docsDir = (locale: Locale) => path.join(context.siteDir, currentDocsDir[locale]);

  async function readSectionTitles(): Promise<SectionTitles> {
    const slugs = studyPlan.flatMap((category) => category.pages.map((page) => page.id));
    const titles = {} as SectionTitles;
    for (const locale of locales) {
      titles[locale] = {};
      for (const slug of slugs) {
        const source = await readFile(path.join(docsDir(locale), `${slug}.mdx`), 'utf8');
        for (const {id, title} of explicitHeadings(source)) titles[locale][`${slug}#${id}`] = title;
      }
    }
    return titles;
  }

  return {
    name: 'section-titles',
    async contentLoaded({actions}) {
      await actions.createData('section-titles.json', JSON.stringify(await readSectionTitles()));
    },
    getPathsToWatch: () => locales.map((locale) => path.join(docsDir(locale), '**/*.mdx')),
  };
}
