// Highlights code at build time: each fenced block, and each JSX `<CodeBlock language="…">` whose code is a
// plain string, gets its Prism tokens as a `tokens` prop, so the browser neither downloads Prism (about
// 25 KB gzip in every page's main bundle) nor tokenizes (README, "Code blocks").
import {createRequire} from 'node:module';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
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

function tokensOf(code: string, language: string | null | undefined): string | undefined {
  const grammar = language ? Prism.languages[language.toLowerCase()] : undefined;
  return grammar ? encodeCodeTokens(normalizeTokens(Prism.tokenize(code, grammar))) : undefined;
}

/** The code of `<CodeBlock>{`…`}</CodeBlock>`: a template literal without expressions, or a string. */
function jsxCode(node: MdxJsxFlowElement): string | undefined {
  const [child] = node.children;
  if (node.children.length !== 1 || child.type !== 'mdxFlowExpression') return undefined;
  const statement = child.data?.estree?.body[0];
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis[0].value.cooked ?? undefined;
  }
  return expression?.type === 'Literal' && typeof expression.value === 'string' ? expression.value : undefined;
}

export default function remarkCodeTokens({languages}: {languages: readonly string[]}) {
  loadLanguages(languages);
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      const tokens = tokensOf(node.value, node.lang);
      if (tokens) node.data = {...node.data, hProperties: {...node.data?.hProperties, tokens}};
    });
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name !== 'CodeBlock') return;
      const language = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'language')?.value;
      const code = jsxCode(node);
      const tokens = code === undefined || typeof language !== 'string' ? undefined : tokensOf(code, language);
      if (tokens) node.attributes.push({type: 'mdxJsxAttribute', name: 'tokens', value: tokens});
    });
  };
}
