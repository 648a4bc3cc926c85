// Editions: each past one is a docs version plus a frozen data snapshot that nothing rewrites, and every
// doc file is attributed to its locale and edition.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  currentSnapshot,
  glossaryOf,
  parseSnapshot,
  snapshotFile,
  snapshots,
  tablesOf,
} from '../../src/data/editionData';
import {comparisonTables} from '../../src/data/tables';
import {editions, pastEditions} from '../../src/data/editions';
import {docsContentDir, locales} from '../../src/data/locales';
import {docPage} from '../../src/remark/docPage';
import {repoRoot} from '../support/plan';

// A frozen edition never changes. If a snapshot must be corrected on purpose, update its hash here and say
// why in the commit: a past edition is never silently changed.
const frozenSnapshotSha256: Record<string, string> = {
  // 2026-12-07: the glossary its pages marked (the glossary as committed before the vocabulary review) and
  // its (empty) list of pages beyond the notes were added, so that editing the live glossary or study plan
  // no longer changes it.
  'dva-c02': '59c4ab648e8314b819d4f2fecfa5fa06f07e580df5464269a3869705e67d308c',
  'dva-c01': '0bda4f943f2e4d3d6b1a47de67b535816e5a2bb7c232fd3b9d80ba84245d9941',
};

describe('past editions', () => {
  it.each(pastEditions.map((e) => [e.id]))('%s is a docs version with a frozen snapshot', (id) => {
    const versions: string[] = JSON.parse(readFileSync(join(repoRoot, 'versions.json'), 'utf8'));
    expect(versions).toContain(id);
    for (const locale of locales) expect(existsSync(join(repoRoot, docsContentDir(locale, id))), locale).toBe(true);
    const file = snapshotFile(id);
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(hash, `${file} changed`).toBe(frozenSnapshotSha256[id]);
  });

  it('versions.json lists exactly the past editions, newest first', () => {
    const versions: string[] = JSON.parse(readFileSync(join(repoRoot, 'versions.json'), 'utf8'));
    expect(versions).toEqual(pastEditions.map((e) => e.id));
  });

  it('the current edition reads the live data, a past one its snapshot', () => {
    expect(tablesOf('current')).toBe(comparisonTables);
    for (const {id} of pastEditions) expect(tablesOf(id)).toBe(snapshots[id].tables);
  });

  it('a past edition marks the glossary terms of its snapshot, not the live glossary', () => {
    expect(glossaryOf('dva-c02')).toBe(snapshots['dva-c02'].glossary);
    expect(glossaryOf('dva-c02')).not.toBe(glossaryOf('current'));
    // The notes as written mark no term.
    expect(glossaryOf('dva-c01')).toEqual([]);
  });

  it('a snapshot written by edition:freeze loads back as it was', () => {
    const written = JSON.parse(JSON.stringify(currentSnapshot('2030-01-01')));
    expect(parseSnapshot('next', written)).toEqual(written);
  });

  it.each([
    ['frozenOn', (s: Record<string, unknown>) => ({...s, frozenOn: 'yesterday'})],
    ['table', (s: Record<string, unknown>) => ({...s, tables: {ElbTypes: {rows: []}}})],
    ['exam', (s: Record<string, unknown>) => ({...s, exam: {code: 'X'}})],
    ['glossary', (s: Record<string, unknown>) => ({...s, glossary: [{id: 'x', forms: {es: []}}]})],
    ['beyondNotesPages', (s: Record<string, unknown>) => ({...s, beyondNotesPages: undefined})],
  ])('a snapshot with a malformed %s is refused when loaded', (field, damage) => {
    const written = JSON.parse(JSON.stringify(currentSnapshot('2030-01-01')));
    expect(() => parseSnapshot('broken', damage(written))).toThrow(
      field === 'table' ? /table ElbTypes/ : new RegExp(field),
    );
  });
});

describe('docPage', () => {
  it.each(editions.flatMap(({id}) => locales.map((locale) => [id, locale] as const)))('%s %s', (edition, locale) => {
    const file = {path: join('/clone', docsContentDir(locale, edition), 'ec2/basics.mdx')};
    expect(docPage(file)).toEqual({locale, edition, docId: 'ec2/basics'});
  });

  it('ignores files outside the docs', () => {
    expect(docPage({path: '/clone/src/pages/index.mdx'})).toBeNull();
    expect(docPage({path: '/clone/i18n/en/code.json'})).toBeNull();
  });
});
