// Build-time highlighting: the remark plugin's tokens, how the browser matches them to the code it shows,
// and the stylesheet made from the configured Prism themes.
import {compile} from '@mdx-js/mdx';
import type {Code, Root} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import config from '../../docusaurus.config';
import {codeTokenStylesheet} from '../../src/plugins/codeHighlighting';
import remarkCodeTokens from '../../src/remark/codeTokens';
import {decodeCodeTokens, tokenLinesFor} from '../../src/utils/codeTokens';

const transform = remarkCodeTokens({languages: ['bash']});

function tokenized(markdown: string): Code[] {
  const tree: Root = fromMarkdown(markdown);
  transform(tree);
  return tree.children.filter((node): node is Code => node.type === 'code');
}

const tokensOf = (node: Code) => decodeCodeTokens(String(node.data?.hProperties?.tokens));
const textOf = (line: {content: string}[]) => line.map((token) => token.content).join('');

describe('build-time highlighting', () => {
  it('tokenizes bash, one token line per code line, keeping every character', () => {
    const code = 'aws s3 ls # list\n\nexport REGION="eu-west-1"';
    const [node] = tokenized(`\`\`\`bash\n${code}\n\`\`\``);
    const lines = tokensOf(node!);
    expect(lines.map(textOf)).toEqual(code.split('\n'));
    expect(lines[0]).toContainEqual({types: ['comment'], content: '# list'});
    expect(lines[2]!.some((token) => token.types.includes('string'))).toBe(true);
  });

  it('leaves blocks without a known grammar untouched', () => {
    const [plain, unknown] = tokenized('```\nplain text\n```\n\n```nosuchlanguage\nx\n```');
    expect(plain!.data).toBeUndefined();
    expect(unknown!.data).toBeUndefined();
  });

  it('reaches the MDX code element as a prop', async () => {
    const out = String(
      await compile('```bash\necho hi\n```', {remarkPlugins: [[remarkCodeTokens, {languages: ['bash']}]]}),
    );
    expect(out).toMatch(/tokens: "\[\[/);
  });

  it('tokenizes a JSX <CodeBlock> whose code is a plain template literal or string, not an expression', async () => {
    const options = {remarkPlugins: [[remarkCodeTokens, {languages: ['bash']}]] as never};
    const literal = String(await compile('<CodeBlock language="bash">{`echo hi`}</CodeBlock>', options));
    expect(literal).toMatch(/tokens: "\[\[/);
    const string = String(await compile('<CodeBlock language="bash">{"echo hi"}</CodeBlock>', options));
    expect(string).toMatch(/tokens: "\[\[/);
    const computed = String(await compile('<CodeBlock language="bash">{`echo ${1}`}</CodeBlock>', options));
    expect(computed).not.toMatch(/tokens:/);
  });

  it('matches the tokens to the code shown once magic comments are stripped', () => {
    const [node] = tokenized('```bash\necho one\n# highlight-next-line\necho two\n```');
    const lines = tokenLinesFor('echo one\necho two', tokensOf(node!));
    expect(lines.map(textOf)).toEqual(['echo one', 'echo two']);
    expect(lines[1]!.some((token) => token.types.includes('builtin'))).toBe(true);
  });

  it('shows the code uncoloured rather than wrong when tokens and code disagree', () => {
    const [node] = tokenized('```bash\necho one\n```');
    expect(tokenLinesFor('something else', tokensOf(node!))).toEqual([[{types: ['plain'], content: 'something else'}]]);
    expect(tokenLinesFor('a\nb', undefined)).toEqual([
      [{types: ['plain'], content: 'a'}],
      [{types: ['plain'], content: 'b'}],
    ]);
  });
});

describe('token stylesheet', () => {
  const css = codeTokenStylesheet(themes.github, themes.gruvboxMaterialDark);

  it('scopes each theme to its colour mode, light also applying without JavaScript', () => {
    expect(css).toContain(":root:not([data-theme='dark']) .prism-code .token.comment");
    expect(css).toContain("[data-theme='dark'] .prism-code .token.comment");
    expect(css).toContain(`--prism-background-color:${themes.gruvboxMaterialDark.plain.backgroundColor}!important`);
  });

  it('has a rule for every type of both themes, restricted by language where the theme says so', () => {
    for (const theme of [themes.github, themes.gruvboxMaterialDark]) {
      for (const entry of theme.styles) for (const type of entry.types) expect(css).toContain(`.token.${type}`);
    }
    const restricted = themes.vsDark.styles.find((entry) => entry.languages)!;
    expect(codeTokenStylesheet(themes.vsDark)).toContain(`.prism-code.language-${restricted.languages![0]} .token.`);
  });

  it('gets a complete value for every property from the site’s themes', () => {
    const prism = config.themeConfig!.prism as {theme: typeof themes.github; darkTheme: typeof themes.github};
    expect(codeTokenStylesheet(prism.theme, prism.darkTheme)).not.toMatch(/undefined|null|NaN/);
  });
});
