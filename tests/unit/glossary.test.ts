// The bilingual glossary (src/data/glossary.ts): complete entries, stable unique ids, forms that
// belong to one term only (the remark plugin finds terms by them), and sections that exist.
import {describe, expect, it} from 'vitest';
import {headingIds, locales, readDoc} from '../support/docs';
import {foldForSearch} from '../../src/utils/textFilter';
import {glossary, glossaryEntry, matchesFilter, otherLanguageName} from '../../src/data/glossary';

describe('glossary', () => {
  it('has at least 120 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(120);
  });

  it.each(glossary.map((entry) => [entry.id, entry] as const))(
    '%s has names, definitions and forms in both languages',
    (_id, entry) => {
      expect(entry.en.trim()).not.toBe('');
      expect(entry.es.trim()).not.toBe('');
      for (const locale of locales) {
        expect(entry.definition[locale]?.trim(), `definition.${locale}`).toBeTruthy();
        expect(entry.forms[locale].length, `forms.${locale}`).toBeGreaterThan(0);
        for (const form of entry.forms[locale]) {
          expect(form, `form "${form}" (${locale})`).toBe(form.trim());
          expect(form.length, `empty form (${locale})`).toBeGreaterThan(0);
        }
      }
    },
  );

  it('ids are unique kebab-case', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(locales)('no %s form belongs to two terms (case-insensitive)', (locale) => {
    const owners = new Map<string, Set<string>>();
    for (const entry of glossary) {
      for (const form of entry.forms[locale]) {
        const key = form.toLocaleLowerCase(locale);
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
      }
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('awsEs is given only where it differs from the site’s Spanish', () => {
    const same = glossary.filter(
      (entry) => entry.awsEs !== undefined && (entry.awsEs.trim() === '' || entry.awsEs === entry.es),
    );
    expect(same.map((entry) => entry.id)).toEqual([]);
  });

  describe('every section points at a heading of the current edition', () => {
    const withSection = glossary.flatMap((entry) =>
      entry.section === undefined ? [] : [[entry.id, entry.section] as const],
    );
    it.each(withSection)('%s → %s', (_id, section) => {
      const [slug, anchor, ...rest] = section.split('#');
      expect(rest, 'one # only').toEqual([]);
      expect(anchor, 'a section id after #').toBeTruthy();
      const source = readDoc(slug, 'es');
      expect(source, `docs/${slug}.mdx does not exist`).toBeDefined();
      expect(headingIds(source!)).toContain(anchor);
      // The English twin, when present, carries the same heading ids.
      const english = readDoc(slug, 'en');
      if (english !== undefined) expect(headingIds(english)).toContain(anchor);
    });
  });
});

describe('glossary helpers', () => {
  it('look an entry up by id, and reject unknown ids', () => {
    expect(glossaryEntry('availability-zone').en).toBe('Availability Zone (AZ)');
    expect(() => glossaryEntry('no-such-term')).toThrow(/no-such-term/);
  });

  it('give the other language’s name', () => {
    const entry = glossaryEntry('auto-scaling-group');
    expect(otherLanguageName(entry, 'es')).toBe(entry.en);
    expect(otherLanguageName(entry, 'en')).toBe(entry.es);
    // An English reader sees AWS's own Spanish name where it differs from the notes' word.
    const sticky = glossary.find((e) => e.awsEs)!;
    expect(otherLanguageName(sticky, 'en')).toBe(sticky.awsEs);
  });

  it('filter accent- and case-blind on names and forms', () => {
    expect(foldForSearch('Política de Réplicas')).toBe('politica de replicas');
    const replica = glossaryEntry('read-replica');
    expect(matchesFilter(replica, '')).toBe(true);
    expect(matchesFilter(replica, 'replica de lectura')).toBe(true);
    expect(matchesFilter(replica, 'READ REPLICA')).toBe(true);
    expect(matchesFilter(replica, 'bucket')).toBe(false);
    expect(matchesFilter(glossaryEntry('kms-key'), 'aws kms')).toBe(true);
    expect(matchesFilter(glossaryEntry('availability-zone'), 'zona disponibilidad')).toBe(true);
  });
});
