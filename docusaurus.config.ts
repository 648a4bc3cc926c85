import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import codeHighlightingPlugin from './src/plugins/codeHighlighting';
import contentSecurityPolicyPlugin from './src/plugins/contentSecurityPolicy';
import editionsPlugin from './src/plugins/editions';
import glossaryPagePlugin from './src/plugins/glossaryPage';
import pagefindSearchPlugin from './src/plugins/pagefindSearch';
import practicePlugin from './src/plugins/practice';
import studyPlanPlugin from './src/plugins/studyPlan';
import {currentEdition, docsPath, examMapPath, pastEditions} from './src/data/editions';
import {defaultLocale, localePrefix, locales} from './src/data/locales';
import remarkBeyondNotesLabel from './src/remark/beyondNotesLabel';
import remarkCodeTokens from './src/remark/codeTokens';
import remarkComparisonTables from './src/remark/comparisonTables';
import remarkExamTaskLabels from './src/remark/examTaskLabels';
import remarkGlossaryTerms from './src/remark/glossaryTerms';

// Canonical and hreflang URLs are built from these; override them when deploying elsewhere (README, "Deploy").
const siteUrl = process.env.SITE_URL ?? 'https://apuntes-aws.github.io';
const baseUrl = process.env.BASE_URL ?? '/';

// Prism grammars beyond prism-react-renderer's defaults, for the pages' code blocks: highlighting happens at
// build time (src/remark/codeTokens.ts), so theme-classic's `prism.additionalLanguages` is not used.
const codeLanguages = ['bash'];

// GitHub's code colours, darkened where they fall under 4.5:1 on the code block background.
const darkerTokenColors: Record<string, string> = {
  '#999988': '#616a73',
  '#e3116c': '#b3135a',
  '#36acaa': '#17797f',
  '#00a4db': '#0a6aa8',
  '#d73a49': '#b31d28',
};
const lightCodeTheme = {
  ...prismThemes.github,
  styles: prismThemes.github.styles.map((token) => ({
    ...token,
    style: token.style.color
      ? {...token.style, color: darkerTokenColors[token.style.color] ?? token.style.color}
      : token.style,
  })),
};

const config: Config = {
  title: 'Apuntes AWS',
  tagline: `Apuntes de estudio para AWS Certified Developer – Associate (${currentEdition.exam})`,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  future: {
    v4: true,
    // Docusaurus Faster, without Rspack's persistent cache: it served stale modules after edits here.
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
    },
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  i18n: {
    defaultLocale,
    locales: [...locales],
    localeConfigs: {
      es: {label: 'Español', htmlLang: 'es'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          // Build-time data for pages, so each ships only its own: highlighted code, table rows, glossary
          // terms (first occurrence on current-edition pages), the exam tasks a page serves, and the label of
          // pages beyond the notes.
          remarkPlugins: [
            [remarkCodeTokens, {languages: codeLanguages}],
            remarkComparisonTables,
            remarkGlossaryTerms,
            remarkExamTaskLabels,
            // Last, so that the label stands above the exam task labels.
            remarkBeyondNotesLabel,
          ],
          // The current edition stays at /docs; each past one is frozen at /docs/<id>, out of search engines,
          // with its own banner (src/theme/DocVersionBanner).
          lastVersion: 'current',
          versions: {
            current: {label: currentEdition.label, path: ''},
            ...Object.fromEntries(
              pastEditions.map((edition) => [
                edition.id,
                {label: edition.label, path: edition.id, banner: 'none', noIndex: true},
              ]),
            ),
          },
        },
        blog: false,
        // Pages can hold code too (the test page src/pages/test/code-blocks.mdx).
        pages: {remarkPlugins: [[remarkCodeTokens, {languages: codeLanguages}]]},
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          // Past editions are kept for their readers, not in competition with the current one.
          ignorePatterns: locales.flatMap((locale) => [
            `${localePrefix(locale)}/search`,
            ...pastEditions.flatMap((edition) => [
              `${localePrefix(locale)}${docsPath(edition.id)}/**`,
              `${localePrefix(locale)}${examMapPath(edition.id)}`,
            ]),
          ]),
        },
      } satisfies Preset.Options,
    ],
  ],

  // The glossary plugin comes before the search plugin: both work in postBuild, and the glossary's entries must
  // be in the built page (written synchronously) before the search indexes it.
  plugins: [
    codeHighlightingPlugin,
    editionsPlugin,
    studyPlanPlugin,
    glossaryPagePlugin,
    practicePlugin,
    pagefindSearchPlugin,
    contentSecurityPolicyPlugin,
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'Apuntes AWS',
      logo: {
        // The title beside it already names the site: an alt text would repeat it.
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'notes',
          position: 'left',
          label: 'Apuntes',
        },
        {to: '/glossary', label: 'Glosario', position: 'left'},
        {to: '/exam-map', label: 'Mapa del examen', position: 'left'},
        {to: '/practice', label: 'Práctica', position: 'left'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Apuntes',
          items: [
            {label: 'Fundamentos', to: '/docs/fundamentals/regions-and-zones'},
            {label: 'EC2', to: '/docs/ec2/basics'},
            {label: 'S3', to: '/docs/s3/buckets'},
            {label: 'CI/CD', to: '/docs/cicd/pipeline'},
          ],
        },
      ],
      copyright:
        'Apuntes de estudio no oficiales. AWS y Amazon Web Services son marcas de Amazon.com, Inc. o sus filiales.',
    },
    prism: {
      theme: lightCodeTheme,
      // Every token of this theme reaches 4.5:1 on its background.
      darkTheme: prismThemes.gruvboxMaterialDark,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
