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
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
        },
      },
    ],
  },
});
