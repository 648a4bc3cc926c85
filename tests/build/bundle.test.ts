// What the browser downloads: code is highlighted at build time, so no script of the build carries Prism; the
// glossary's entries are static HTML, so no script carries them; practice questions are loaded per domain.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import {expect, test} from 'vitest';
import {buildDir} from '../support/build';
import {glossary} from '../../src/data/glossary';
import {allPracticeQuestions, practiceBank} from '../../src/data/practice/bank';
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

test('the practice page holds no question: each domain’s questions are their own script, loaded on demand', () => {
  const dir = join(buildDir, 'assets', 'js');
  const scripts = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({file, text: readFileSync(join(dir, file), 'utf8')}));
  const holding = (text: string) => scripts.filter((script) => script.text.includes(text)).map(({file}) => file);
  // A question's id is unique site-wide (stems may start alike): find the script that holds each question by its
  // id as a minified object literal writes it (`id:"t1-1-…"`); the page's own route data lists the ids as JSON
  // (`"id":"t1-1-…"`), without the questions.
  const fileOf = (id: string) => holding(`{id:"${id}"`);
  for (const [domain, questions] of Object.entries(practiceBank)) {
    const files = new Set(questions.flatMap((q) => fileOf(q.id)));
    // One file per domain, holding every question of that domain and no other domain's.
    if (questions.length > 0) expect([...files], domain).toHaveLength(1);
    for (const q of questions) expect(fileOf(q.id), q.id).toEqual([...files]);
    for (const [other, otherQuestions] of Object.entries(practiceBank)) {
      if (other === domain) continue;
      for (const q of otherQuestions) expect(fileOf(q.id).filter((f) => files.has(f)), q.id).toEqual([]);
    }
  }
  for (const locale of locales) {
    const page = readFileSync(join(buildDir, localePrefix(locale).slice(1), 'practice.html'), 'utf8');
    for (const q of allPracticeQuestions) {
      expect(page.includes(q.stem[locale].slice(0, 40)), q.id).toBe(false);
      for (const option of q.options) expect(page.includes(option.explanation[locale].slice(0, 40)), `${q.id} ${option.id}`).toBe(false);
    }
    // Not in the site's search: no index of the locale lists the page.
    const indexes = join(buildDir, localePrefix(locale).slice(1), 'pagefind');
    for (const edition of readdirSync(indexes)) {
      const fragments = join(indexes, edition, 'fragment');
      for (const file of readdirSync(fragments)) {
        const url = JSON.parse(gunzipSync(readFileSync(join(fragments, file))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string;
        expect(url.includes('/practice'), `${edition}: ${url}`).toBe(false);
      }
    }
  }
});
