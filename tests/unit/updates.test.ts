// The updated edition says what changed since the notes, and where AWS says so.
import {describe, expect, it} from 'vitest';
import {readDoc, type Locale} from '../support/docs';
import {plannedPages} from '../support/plan';
import {locales} from '../../src/data/locales';

const updateTitle: Record<Locale, string> = {es: 'Actualización', en: 'Update'};

function admonitions(source: string, title: string): string[] {
  const pattern = new RegExp(`^:::info\\[${title}\\]\\n([\\s\\S]*?)^:::$`, 'gm');
  return [...source.matchAll(pattern)].map((m) => m[1]);
}

describe.each(locales)('update notes of the current edition (%s)', (locale) => {
  const notes = plannedPages().flatMap((page) =>
    admonitions(readDoc(page.slug, locale) ?? '', updateTitle[locale]).map((body) => ({slug: page.slug, body})),
  );

  it('there are update notes across the edition', () => {
    expect(notes.length).toBeGreaterThanOrEqual(20);
  });

  it('every update note links its official source', () => {
    const withoutSource = notes.filter(({body}) => !/\]\(https:\/\/([\w-]+\.)*(amazon\.com|aws)\//.test(body));
    expect(withoutSource.map((n) => `${n.slug}: ${n.body.slice(0, 80)}`)).toEqual([]);
  });

  it('the original edition has none', () => {
    for (const page of plannedPages()) {
      expect(admonitions(readDoc(page.slug, locale, 'dva-c01') ?? '', updateTitle[locale])).toEqual([]);
    }
  });
});
