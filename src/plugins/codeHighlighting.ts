// The browser side of build-time highlighting (README, "Code blocks"). Code arrives as classed tokens
// (src/remark/codeTokens.ts), so this plugin
// - turns the configured Prism themes into a stylesheet keyed on the colour mode, right from the first
//   paint in dark mode too, where inline colours waited for hydration;
// - leaves theme-classic's Prism client module out of the bundles: nothing in the browser tokenizes.
import {mkdir, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';

const require = createRequire(import.meta.url);

const cssProperty = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** One rule per theme entry, under `scope`: the colour mode it applies to. */
function tokenRules(theme: PrismTheme, scope: string): string[] {
  return theme.styles.map(({types, style, languages}) => {
    const blocks = languages?.map((language) => `.prism-code.language-${language}`) ?? ['.prism-code'];
    const selectors = blocks.flatMap((block) => types.map((type) => `${scope} ${block} .token.${type}`));
    const declarations = Object.entries(style).map(([key, value]) => `${cssProperty(key)}:${value}`);
    return `${selectors.join(',')}{${declarations.join(';')}}`;
  });
}

/**
 * The token colours of both modes. Light is also the colour without JavaScript, when no mode is set; each
 * mode is scoped so that a type only one theme styles does not leak into the other.
 */
export function codeTokenStylesheet(light: PrismTheme, dark: PrismTheme = light): string {
  return [
    '.prism-code{color:var(--prism-color)}',
    ...tokenRules(light, ":root:not([data-theme='dark'])"),
    // `!important` outranks the inline block colours theme-classic's container sets from the colour mode,
    // which are the light theme's until hydration.
    `[data-theme='dark'] .theme-code-block{--prism-color:${dark.plain.color}!important;` +
      `--prism-background-color:${dark.plain.backgroundColor}!important}`,
    ...tokenRules(dark, "[data-theme='dark']"),
  ].join('\n');
}

export default function codeHighlightingPlugin(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme?: PrismTheme}};
  const stylesheet = path.join(context.generatedFilesDir, 'code-highlighting', 'tokens.css');
  const prismClientModule = path.join(
    path.dirname(require.resolve('@docusaurus/theme-classic')),
    'prism-include-languages',
  );
  return {
    name: 'code-highlighting',
    async loadContent() {
      await mkdir(path.dirname(stylesheet), {recursive: true});
      await writeFile(stylesheet, codeTokenStylesheet(prism.theme, prism.darkTheme));
    },
    getClientModules: () => [stylesheet],
    configureWebpack: () => ({resolve: {alias: {[prismClientModule]: false}}}),
  };
}
