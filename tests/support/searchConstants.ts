// Stands in, under Vitest, for the module the search plugin generates at build time
// (@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js): it registers the same lunr
// plugins in the same order (the plugin's dist/server/server/utils/generate.js) and exports the constants
// its query code reads, taken from this site's config.
import {createRequire} from 'node:module';
import config from '../../docusaurus.config';

const require = createRequire(import.meta.url);
const lunr = require('lunr');
const pluginDir = require.resolve('@easyops-cn/docusaurus-search-local/package.json').replace(/package\.json$/, '');

const searchOptions = (config.themes ?? [])
  .map((theme) => (Array.isArray(theme) ? theme : [theme, {}]))
  .find(([name]) => name === '@easyops-cn/docusaurus-search-local')?.[1] as {language: string[]};

export const language: string[] = searchOptions.language;
export const removeDefaultStopWordFilter: string[] = [];
// The plugin's default, which this site keeps.
export const fuzzyMatchingDistance = 1;

require('lunr-languages/lunr.stemmer.support')(lunr);
for (const lang of language.filter((item) => item !== 'en')) require(`lunr-languages/lunr.${lang}`)(lunr);
if (language.length > 1) require('lunr-languages/lunr.multi')(lunr);
require(`${pluginDir}dist/server/shared/lunrAccentFolding`)(lunr);
