// The glossary page (/glossary, /en/glossary). Its entries are static HTML written into the built page
// (entriesHtml.ts), not React content: the page's JavaScript carries the letter index and the filter only,
// so its weight does not grow with the glossary. A reader who reaches the page by client-side navigation
// gets the same HTML from /glossary-entries.json.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {glossary} from '../../data/glossary';
import {isLocale} from '../../data/locales';
import {entriesHtml, groupByInitial} from './entriesHtml';

/** What the page's JavaScript gets: no term text, only what the index and the filter need. */
export interface GlossaryPageData {
  letters: string[];
  /** Entry ids, registered as anchors for the broken-anchor check. */
  ids: string[];
}

export const GLOSSARY_PATH = 'glossary';
/** The entries for client-side navigation (beside the page, not in a glossary/ folder that would shadow it). */
export const ENTRIES_FILE = 'glossary-entries.json';
/** The element the entries are written into; the page renders it empty. */
const placeholder = /(<div[^>]*data-glossary-entries[^>]*>)(<\/div>)/;

export default function glossaryPagePlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`No glossary text for the locale "${locale}".`);
  const html = () => entriesHtml(glossary, locale, context.baseUrl);

  return {
    name: 'glossary-page',

    async contentLoaded({actions}) {
      const data: GlossaryPageData = {
        letters: groupByInitial(glossary, locale).map(([initial]) => initial),
        ids: glossary.map((entry) => entry.id),
      };
      actions.addRoute({
        path: `${context.baseUrl}${GLOSSARY_PATH}`,
        component: '@site/src/plugins/glossaryPage/GlossaryPage',
        exact: true,
        modules: {data: await actions.createData('glossary-page.json', JSON.stringify(data))},
      });
    },

    // Synchronous on purpose: it runs before any later plugin's postBuild (search indexing) reads the page.
    postBuild({outDir}) {
      const entries = html();
      const page = [path.join(outDir, `${GLOSSARY_PATH}.html`), path.join(outDir, GLOSSARY_PATH, 'index.html')].find(
        (file) => existsSync(file),
      );
      if (!page) throw new Error(`Glossary page not built in ${outDir}.`);
      const built = readFileSync(page, 'utf8');
      if (!placeholder.test(built)) throw new Error(`${page}: no data-glossary-entries element to fill.`);
      writeFileSync(
        page,
        built.replace(placeholder, (_, open: string, close: string) => `${open}${entries}${close}`),
      );
      writeFileSync(path.join(outDir, ENTRIES_FILE), JSON.stringify({html: entries}));
    },
  };
}
