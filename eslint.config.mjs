// @ts-check
// Lint for the site's code: TypeScript's recommended rules, plus Docusaurus's own rules for what a
// Docusaurus site gets wrong (translations that extraction cannot read, raw <a> links that skip baseUrl).
import docusaurus from '@docusaurus/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['build/**', '.docusaurus/**', 'node_modules/**', 'test-results/**', 'playwright-report/**']},
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: {'@docusaurus': docusaurus},
    rules: {
      '@docusaurus/string-literal-i18n-messages': 'error',
      '@docusaurus/no-html-links': ['error', {ignoreFullyResolved: true}],
      // Destructuring a prop out to drop it (`{style: _style, ...rest}`) is how the theme's code omits one.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
);
