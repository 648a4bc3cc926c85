// Every planned page in every locale and edition, read from the build: it exists in its language with its
// title and every planned section id, a past edition says so in a banner that links the same page of the
// current edition and keeps out of search engines, and an English page is in English.
import {describe, expect, it} from 'vitest';
import {pastEdition} from '../../src/data/editions';
import {builtPage} from '../support/build';
import {docUrl, docsVersions, locales} from '../support/docs';
import {plannedPages} from '../support/plan';

// Words that only Spanish uses; an English page should have next to none outside code.
const spanishOnlyWords = new Set(
  'de la que el los las del se por para con una es su al lo como más pero sus le ya este esta porque entre cuando muy sin sobre también hay puede pueden donde desde todo todos nos cada hasta otros otra están está'.split(
    ' ',
  ),
);
const MAX_SPANISH_SHARE = 0.01;

const banner = {
  'dva-c01': {
    es: 'Estás leyendo la edición original de los apuntes (DVA-C01 (2020)), escrita para el examen DVA-C01, ya retirado.',
    en: 'You are reading the original edition of the notes (DVA-C01 (2020)), written for the DVA-C01 exam, now retired.',
  },
  'dva-c02': {
    es: 'Estás leyendo una edición anterior de los apuntes (DVA-C02 (2023–2026)), escrita para el examen DVA-C02, retirado el 30 de noviembre de 2026.',
    en: 'You are reading a past edition of the notes (DVA-C02 (2023–2026)), written for the DVA-C02 exam, which retired on November 30, 2026.',
  },
} as const;

const cases = docsVersions.flatMap((version) =>
  locales.flatMap((locale) => plannedPages(version).map((planned) => ({version, locale, planned, url: docUrl(planned.slug, locale, version)}))),
);

describe.each(cases)('$url', ({version, locale, planned, url}) => {
  const $ = builtPage(url);

  it('is built, in its language, with its title and every planned section', () => {
    expect($, `${url} is not in the build`).toBeDefined();
    expect($!('html').attr('lang')).toBe(locale);
    expect($!('article h1').text()).toBe(planned.title[locale]);
    const ids = new Set($!('article [id]').map((_, element) => $!(element).attr('id')).get());
    expect(planned.sectionIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it(version === 'current' ? 'has no banner and is indexable' : 'has its edition banner, linking the current page, and is noindex', () => {
    const versionBanner = $!('.theme-doc-version-banner');
    const robots = $!('head meta[name="robots"]');
    const edition = pastEdition(version);
    if (!edition) {
      expect(versionBanner).toHaveLength(0);
      expect(robots).toHaveLength(0);
      return;
    }
    expect(versionBanner.find('p').text()).toBe(banner[edition.id][locale]);
    expect(versionBanner.find('a').attr('href')).toBe(docUrl(planned.slug, locale));
    expect(robots.attr('content')).toBe('noindex, nofollow');
  });

});

describe.each(cases.filter((c) => c.locale === 'en'))('$url', ({url}) => {
  it('is in English (Spanish function words under 1 % of the prose)', () => {
    const article = builtPage(url)!('article .markdown').clone();
    // Code, and text marked as Spanish on purpose (the glossary card's AWS Spanish name), do not count.
    article.find('pre, code, [lang="es"]').remove();
    const tokens = article.text().toLowerCase().split(/[^a-záéíóúñü]+/).filter(Boolean);
    const spanish = tokens.filter((word) => spanishOnlyWords.has(word));
    expect(tokens.length).toBeGreaterThan(30);
    expect(spanish.length / tokens.length, `Spanish words: ${spanish.join(', ')}`).toBeLessThan(MAX_SPANISH_SHARE);
  });
});
