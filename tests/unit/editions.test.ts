// Editions: each past one is a docs version plus a frozen data snapshot that nothing rewrites, and every
// doc file is attributed to its locale and edition.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {currentSnapshot, snapshots, tablesOf} from '../../src/data/editionData';
import {comparisonTables} from '../../src/data/comparisonTables';
import {examGuide} from '../../src/data/exam';
import {editions, pastEditions} from '../../src/data/editions';
import {docsContentDir, locales} from '../../src/data/locales';
import {snapshotFile} from '../../src/plugins/editions';
import {docPage} from '../../src/remark/docPage';
import {repoRoot} from '../support/plan';

// A frozen edition never changes. If a snapshot must be corrected on purpose, update its hash here and say
// why in the commit: a past edition is never silently changed.
const frozenSnapshotSha256: Record<string, string> = {
  'dva-c02': 'd79970052660b349392cbf21d7d88d2d27ee19fddcfb680329439a219b4b8360',
  'dva-c01': '8eb1dab004e29d3498c463aec1bc110b6fe0636e91ce8fdac2aabafc2bad7114',
};

describe('past editions', () => {
  it.each(pastEditions.map((e) => [e.id]))('%s is a docs version with a frozen snapshot', (id) => {
    const versions: string[] = JSON.parse(readFileSync(join(repoRoot, 'versions.json'), 'utf8'));
    expect(versions).toContain(id);
    for (const locale of locales) expect(existsSync(join(repoRoot, docsContentDir(locale, id))), locale).toBe(true);
    const file = snapshotFile(repoRoot, id);
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

  it('freezing writes the live data as it is', () => {
    const snapshot = currentSnapshot('2030-01-01');
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual({
      frozenOn: '2030-01-01',
      tables: JSON.parse(JSON.stringify(comparisonTables)),
      exam: JSON.parse(JSON.stringify(examGuide)),
    });
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
