// What the browser downloads: code is highlighted at build time, so no script of the build carries Prism; the
// glossary's entries are static HTML, so no script carries them.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {buildDir} from '../support/build';
import {glossary} from '../../src/data/glossary';
import {localePrefix, locales} from '../../src/data/locales';

test('no script of the build contains Prism', () => {
  const scripts = readdirSync(join(buildDir, 'assets', 'js')).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  // Prism's grammars use this key; nothing else the site bundles does.
  const withPrism = scripts.filter((file) =>
    readFileSync(join(buildDir, 'assets', 'js', file), 'utf8').includes('lookbehind'),
  );
  expect(withPrism).toEqual([]);
});

test('the glossary page ships no term: its definitions are static HTML, not script', () => {
  const dir = join(buildDir, 'assets', 'js');
  const scripts = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({file, text: readFileSync(join(dir, file), 'utf8')}));
  // The page's component (it fetches the entries file) and the app's shared bundle.
  const glossaryScripts = scripts.filter(({file, text}) => text.includes('glossary-entries.json') || file.startsWith('main.'));
  expect(glossaryScripts.length).toBeGreaterThan(1);
  for (const entry of glossary) {
    for (const locale of locales) {
      const definitionStart = entry.definition[locale].slice(0, 40);
      expect(glossaryScripts.filter(({text}) => text.includes(definitionStart)).map(({file}) => file), entry.id).toEqual([]);
    }
  }
  for (const locale of locales) {
    const page = readFileSync(join(buildDir, localePrefix(locale).slice(1), 'glossary.html'), 'utf8');
    expect(page.match(/class="glossary-entry"/g)?.length, locale).toBe(glossary.length);
  }
});
