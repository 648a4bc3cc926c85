// The site's search (README, "Search"): after each locale is built, Pagefind indexes its pages, one index per
// edition (src/plugins/pagefindIndex.mjs); the plugin also adds the search page's route. The search box
// (src/theme/SearchBar) loads an index only when the reader shows the intent to search.
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {pastEditions} from '../data/editions';

// Docusaurus loads plugins through jiti, which cannot import an ES-module-only package such as Pagefind: the
// indexing runs in its own Node process.
const indexScript = path.join(__dirname, 'pagefindIndex.mjs');
// The search page's path under the locale's base URL; the build writes it to <locale's folder>/search.html.
const searchRoute = 'search';

export default function pagefindSearchPlugin(context: LoadContext): Plugin {
  return {
    name: 'pagefind-search',
    getClientModules() {
      return [path.resolve(__dirname, '../theme/SearchBar/highlightTerms.ts')];
    },
    async contentLoaded({actions}) {
      actions.addRoute({path: `${context.baseUrl}${searchRoute}`, component: '@theme/SearchPage', exact: true});
    },
    async postBuild({outDir}) {
      // The default locale is built into build/ itself: the other locales' folders are not its pages.
      const {currentLocale, locales} = context.i18n;
      const skip = locales.filter((locale) => locale !== currentLocale).map((locale) => path.join(outDir, locale));
      const options = {
        outDir,
        urlPrefix: context.baseUrl,
        pastEditionIds: pastEditions.map((edition) => edition.id),
        skip,
        searchPage: path.join(outDir, `${searchRoute}.html`),
      };
      await promisify(execFile)(process.execPath, [indexScript, JSON.stringify(options)]);
    },
  };
}
