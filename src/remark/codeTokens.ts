// Highlights fenced code at build time: each block gets its Prism tokens as a `tokens` prop, so the browser
// neither downloads Prism (about 25 KB gzip in every page's main bundle) nor tokenizes (README, "Code blocks").
import {createRequire} from 'node:module';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {Prism, normalizeTokens} from 'prism-react-renderer';
import {encodeCodeTokens} from '../utils/codeTokens';

const require = createRequire(import.meta.url);

/** Adds Prism grammars beyond prism-react-renderer's defaults, as theme-classic's `additionalLanguages` does. */
function loadLanguages(languages: readonly string[]) {
  const global = globalThis as {Prism?: typeof Prism};
  global.Prism = Prism;
  for (const language of languages) require(`prismjs/components/prism-${language}`);
  delete global.Prism;
}

export default function remarkCodeTokens({languages}: {languages: readonly string[]}) {
  loadLanguages(languages);
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      const language = node.lang?.toLowerCase();
      const grammar = language ? Prism.languages[language] : undefined;
      if (!grammar) return;
      const tokens = encodeCodeTokens(normalizeTokens(Prism.tokenize(node.value, grammar)));
      node.data = {...node.data, hProperties: {...node.data?.hProperties, tokens}};
    });
  };
}
