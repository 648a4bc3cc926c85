// What the browser downloads: code is highlighted at build time, so no script of the build carries Prism.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {buildDir} from '../support/build';

test('no script of the build contains Prism', () => {
  const scripts = readdirSync(join(buildDir, 'assets', 'js')).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  // Prism's grammars use this key; nothing else the site bundles does.
  const withPrism = scripts.filter((file) =>
    readFileSync(join(buildDir, 'assets', 'js', file), 'utf8').includes('lookbehind'),
  );
  expect(withPrism).toEqual([]);
});
