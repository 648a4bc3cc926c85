import path from 'node:path';
import {defineConfig} from 'vitest/config';

// Two projects: `unit` runs on the sources before the build; `build` reads the built site in build/ (run
// after `npm run build`): links, anchors, pages and editions are checked statically there, so the browser
// tests only check behaviour.
export default defineConfig({
  esbuild: {jsx: 'automatic'},
  test: {
    environment: 'node',
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}']}},
      {
        extends: true,
        // The search plugin's query code runs here as in its browser worker: Vite compiles it (inline), so its
        // import of the build-time generated constants resolves to the stand-in in tests/support.
        resolve: {
          alias: {
            '@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js': path.resolve(
              'tests/support/searchConstants.ts',
            ),
          },
        },
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          server: {deps: {inline: ['@easyops-cn/docusaurus-search-local']}},
        },
      },
    ],
  },
});
