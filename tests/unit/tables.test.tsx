import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {renderToStaticMarkup} from 'react-dom/server';
import {otherLocale} from '../../src/data/locales';
import {describe, expect, it} from 'vitest';
import View, {nextSort, type SortState, type TableLabels} from '../../src/components/ComparisonTable/View';
import {localTable, locales, type ComparisonRow, type ComparisonTable, type Locale} from '../../src/data/tables/types';
import type {ComparisonTableName} from '../../src/data/tables';
import {tablesOf} from '../../src/data/editionData';
import {editions, type EditionId} from '../../src/data/editions';
import {headingIds, readDoc} from '../support/docs';
import {plannedPages, repoRoot} from '../support/plan';

// Every edition's tables: the live data for the current edition, the snapshot for a frozen one.
const cases = editions.flatMap(({id: edition}) =>
  Object.entries(tablesOf(edition)).map(([file, table]) => ({
    name: `${file} (${edition})`,
    file,
    edition,
    table: table!,
  })),
);

const columnKeys = (table: ComparisonTable) => Object.keys(table.columns);
const sortableKeys = (table: ComparisonTable) => columnKeys(table).filter((key) => table.columns[key].sortable);

// The component's own words, as i18n/<locale>/code.json gives them to it.
const labels = Object.fromEntries(
  locales.map((locale) => {
    const messages = JSON.parse(readFileSync(join(repoRoot, 'i18n', locale, 'code.json'), 'utf8'));
    const label = (id: string): string => messages[`comparisonTable.${id}`].message;
    return [locale, {rowLink: label('rowLink'), sources: label('sources'), notStated: label('notStated')}];
  }),
) as Record<Locale, TableLabels>;

function render(table: ComparisonTable, locale: Locale, sort: SortState | null = null): string {
  return renderToStaticMarkup(
    <View table={localTable(table, locale)} labels={labels[locale]} sort={sort} onSort={() => {}} />,
  );
}

/** The visible text of some markup, with React's entity escaping undone. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

const withoutCode = (text: string) => text.replaceAll('`', '');
const renderedRowIds = (html: string) => [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

function tableOf(name: ComparisonTableName, edition: EditionId): ComparisonTable {
  const table = tablesOf(edition)[name];
  if (!table) throw new Error(`no ${name} in ${edition}`);
  return table;
}

function rowById(name: ComparisonTableName, id: string, edition: EditionId = 'dva-c01'): ComparisonRow {
  const row = tableOf(name, edition).rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id} in ${name} (${edition})`);
  return row;
}

const rowIds = (name: ComparisonTableName, edition: EditionId) => tableOf(name, edition).rows.map((row) => row.id);
const rowLabels = (name: ComparisonTableName, edition: EditionId) =>
  tableOf(name, edition).rows.map((row) => withoutCode(row.label.en));

describe('editions', () => {
  it('every edition has the eight tables of the notes', () => {
    for (const {id} of editions) expect(Object.keys(tablesOf(id)).length, id).toBeGreaterThanOrEqual(8);
  });
});

describe.each(cases)('data of $name', ({table}) => {
  it('has non-empty Spanish and English text everywhere', () => {
    const texts = [
      table.caption,
      table.rowHeader,
      ...Object.values(table.columns).map((column) => column.label),
      ...table.rows.flatMap((row) => [row.label, ...Object.values(row.cells)]),
      ...(table.note ? [table.note] : []),
    ];
    for (const text of texts) {
      for (const locale of locales) expect(text[locale]?.trim(), JSON.stringify(text)).toBeTruthy();
    }
  });

  it('gives every row exactly one cell per column', () => {
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(Object.keys(row.cells).sort(), row.id).toEqual(columnKeys(table).sort());
  });

  it('gives every cell of a sortable column a number, or null to sort it last', () => {
    for (const key of sortableKeys(table)) {
      for (const row of table.rows) {
        const {sortValue} = row.cells[key];
        expect(sortValue === null || Number.isFinite(sortValue), `${row.id}.${key}`).toBe(true);
      }
    }
  });
});

describe('row ids', () => {
  const ids = cases.flatMap(({table}) => table.rows.map((row) => row.id));
  const headings = plannedPages().flatMap((page) => [
    ...page.sectionIds,
    ...locales.flatMap((locale) => headingIds(readDoc(page.slug, locale) ?? '')),
  ]);

  it('are lowercase kebab-case', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  const idsPerTable = [...new Set(cases.map((c) => c.file))].map((file) => [
    ...new Set(cases.filter((c) => c.file === file).flatMap(({table}) => table.rows.map((row) => row.id))),
  ]);

  it('are unique site-wide, editions included', () => {
    for (const {table} of cases) expect(new Set(table.rows.map((row) => row.id)).size).toBe(table.rows.length);
    // An edition may reuse its own table's ids (the same row in another edition), never another table's.
    const all = idsPerTable.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('share one prefix per table, different from every other table’s', () => {
    const prefixes = idsPerTable.map((ids) => [...new Set(ids.map((id) => id.split('-')[0]))]);
    for (const tablePrefixes of prefixes) expect(tablePrefixes).toHaveLength(1);
    expect(new Set(prefixes.flat()).size).toBe(prefixes.length);
  });

  it('never equal a heading id', () => {
    expect(ids.filter((id) => headings.includes(id))).toEqual([]);
  });
});

describe.each(cases)('rendering of $name', ({table}) => {
  describe.each(locales)('in %s', (locale) => {
    const html = render(table, locale);
    const text = textOf(html);
    const other = otherLocale(locale);

    it('has a caption in this language, inside a focusable, labelled scroll region', () => {
      expect(html).toContain(`<caption>`);
      expect(text).toContain(withoutCode(table.caption[locale]));
      if (table.caption[locale] !== table.caption[other]) {
        expect(text).not.toContain(withoutCode(table.caption[other]));
      }
      const region = html.match(/<div[^>]*role="region"[^>]*>/)?.[0] ?? '';
      expect(region).toContain('tabindex="0"');
      expect(textOf(region.match(/aria-label="([^"]*)"/)?.[1] ?? '')).toBe(withoutCode(table.caption[locale]));
    });

    it('has one column header per column, plus the row-name column', () => {
      expect(count(html, /<th scope="col"/g)).toBe(columnKeys(table).length + 1);
      for (const key of columnKeys(table)) expect(text).toContain(withoutCode(table.columns[key].label[locale]));
    });

    it('renders every row, in the data’s order, with its header, anchor and cells', () => {
      expect(renderedRowIds(html)).toEqual(table.rows.map((row) => row.id));
      expect(count(html, /<th scope="row"/g)).toBe(table.rows.length);
      const linkLabel = locale === 'es' ? 'Enlace a esta fila' : 'Link to this row';
      for (const row of table.rows) {
        expect(text).toContain(withoutCode(row.label[locale]));
        expect(html).toMatch(new RegExp(`<a [^>]*href="#${row.id}"[^>]*aria-label="${linkLabel}"[^>]*>#</a>`));
        for (const cell of Object.values(row.cells)) expect(text).toContain(withoutCode(cell[locale]));
      }
    });

    it('shows "—" for what the notes leave out, with the full text for screen readers', () => {
      const notStatedCells = table.rows.flatMap((row) => Object.values(row.cells)).filter((cell) => cell.notStated);
      expect(count(html, /<span aria-hidden="true">—<\/span>/g)).toBe(notStatedCells.length);
    });

    it('starts with every sortable column unsorted', () => {
      expect(count(html, /aria-sort="none"/g)).toBe(sortableKeys(table).length);
      expect(count(html, /<button type="button"/g)).toBe(sortableKeys(table).length);
    });
  });

  describe.each(sortableKeys(table))('sorted by %s', (column) => {
    it.each(['ascending', 'descending'] as const)(
      '%s: orders the rows, empty values last, and sets aria-sort',
      (direction) => {
        const html = render(table, 'en', {column, direction});
        const values = renderedRowIds(html).map(
          (id) => table.rows.find((row) => row.id === id)!.cells[column].sortValue ?? null,
        );
        const known = values.filter((value) => value !== null);
        const ordered = [...known].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
        expect(values).toEqual([...ordered, ...values.filter((value) => value === null)]);

        const sortedHeader = html.match(new RegExp(`<th[^>]*aria-sort="${direction}"[^>]*>(.*?)</th>`))?.[1] ?? '';
        expect(textOf(sortedHeader)).toContain(table.columns[column].label.en);
        expect(count(html, /aria-sort="none"/g)).toBe(sortableKeys(table).length - 1);
      },
    );
  });
});

describe('sort toggling', () => {
  it('sorts a new column ascending, then flips the sorted one', () => {
    const first = nextSort(null, 'discount');
    expect(first).toEqual({column: 'discount', direction: 'ascending'});
    expect(nextSort(first, 'discount')).toEqual({column: 'discount', direction: 'descending'});
    expect(nextSort(nextSort(first, 'discount'), 'discount')).toEqual({column: 'discount', direction: 'ascending'});
    expect(nextSort(first, 'layer')).toEqual({column: 'layer', direction: 'ascending'});
  });
});

describe('key values from the notes (dva-c01)', () => {
  it('EC2: the notes’ seven options and no Savings Plans', () => {
    expect(rowIds('Ec2PurchaseOptions', 'dva-c01')).toEqual([
      'ec2-on-demand',
      'ec2-reserved',
      'ec2-convertible-reserved',
      'ec2-scheduled-reserved',
      'ec2-spot',
      'ec2-dedicated-instances',
      'ec2-dedicated-hosts',
    ]);
  });

  it('S3, ELB, Beanstalk, RDS: only what the notes describe', () => {
    expect(rowIds('S3EncryptionModes', 'dva-c01')).not.toContain('s3-dsse-kms');
    expect(rowIds('ElbTypes', 'dva-c01')).toEqual(['elb-clb', 'elb-alb', 'elb-nlb']);
    expect(rowIds('BeanstalkDeploymentModes', 'dva-c01')).not.toContain('eb-traffic-splitting');
    expect(rowById('ReplicasVsMultiAz', 'rds-read-replicas').cells.scaling.en).toContain('up to 5 read replicas');
  });

  it('EC2: Spot up to 90 %, Reserved up to 75 %, Convertible up to 54 %, 2-minute Spot notice', () => {
    const discount = (id: string) => rowById('Ec2PurchaseOptions', id).cells.discount;
    expect(discount('ec2-spot')).toMatchObject({
      sortValue: 90,
      es: expect.stringContaining('90'),
      en: expect.stringContaining('90'),
    });
    expect(discount('ec2-reserved')).toMatchObject({
      sortValue: 75,
      es: expect.stringContaining('75'),
      en: expect.stringContaining('75'),
    });
    expect(discount('ec2-convertible-reserved')).toMatchObject({sortValue: 54, en: expect.stringContaining('54')});
    const interruption = rowById('Ec2PurchaseOptions', 'ec2-spot').cells.interruption;
    expect(interruption.es).toContain('2 minutos');
    expect(interruption.en).toContain('2 minutes');
  });

  it('S3: the headers for SSE-S3 and SSE-KMS, rendered as code, and HTTPS for SSE-C', () => {
    const header = (id: string) => rowById('S3EncryptionModes', id).cells.header;
    expect(header('s3-sse-s3').en).toContain('`"x-amz-server-side-encryption": "AES256"`');
    expect(header('s3-sse-kms').es).toContain('`"x-amz-server-side-encryption": "aws:kms"`');
    expect(render(tableOf('S3EncryptionModes', 'dva-c01'), 'es')).toContain(
      '<code>&quot;x-amz-server-side-encryption&quot;: &quot;AES256&quot;</code>',
    );
    const https = rowById('S3EncryptionModes', 's3-sse-c').cells.https;
    expect(https.notStated).toBeUndefined();
    expect(https.en).toContain('HTTPS');
  });

  it('EBS: the types under their correct names', () => {
    expect(tableOf('EbsVolumeTypes', 'dva-c01').rows.map((row) => withoutCode(row.label.en))).toEqual([
      'gp2',
      'io1',
      'st1',
      'sc1',
    ]);
  });
});

describe('key values of the DVA-C02 edition', () => {
  const c02 = (name: ComparisonTableName, id: string) => rowById(name, id, 'dva-c02');

  it('EC2: Reserved up to 72 %, Convertible up to 54 %, Spot up to 90 % without bidding', () => {
    const discount = (id: string) => c02('Ec2PurchaseOptions', id).cells.discount;
    expect(discount('ec2-reserved')).toMatchObject({
      sortValue: 72,
      es: expect.stringContaining('72'),
      en: expect.stringContaining('72'),
    });
    expect(discount('ec2-reserved').en).not.toContain('75');
    expect(discount('ec2-convertible-reserved')).toMatchObject({sortValue: 54, en: expect.stringContaining('54')});
    expect(discount('ec2-spot')).toMatchObject({sortValue: 90, en: expect.stringContaining('90')});
    const spot = c02('Ec2PurchaseOptions', 'ec2-spot').cells;
    expect(spot.billing.en).toContain('No bidding');
    expect(spot.interruption.en).toContain('2-minute notice');
    expect(spot.interruption.en).toContain('rebalance recommendation');
    expect(spot.interruption.es).toContain('2 minutos');
  });

  it('EC2: a Savings Plans row (66 % and 72 %) and Scheduled RIs marked as no longer offered', () => {
    const savingsPlans = c02('Ec2PurchaseOptions', 'ec2-savings-plans').cells.discount;
    for (const figure of ['66', '72']) {
      expect(savingsPlans.es).toContain(figure);
      expect(savingsPlans.en).toContain(figure);
    }
    const scheduled = c02('Ec2PurchaseOptions', 'ec2-scheduled-reserved').cells.discount;
    expect(scheduled.en).toContain('no longer be purchased');
    expect(scheduled.es).toContain('Ya no se pueden comprar');
    expect(c02('Ec2PurchaseOptions', 'ec2-dedicated-hosts').cells.commitment.en).toContain('1 or 3 years');
  });

  it('EBS: gp3 first, io2 Block Express, and Multi-Attach only on io1 and io2', () => {
    const tables = 'EbsVolumeTypes';
    expect(rowLabels(tables, 'dva-c02')).toEqual(['gp3', 'gp2', 'io2 Block Express', 'io1', 'st1', 'sc1']);
    expect(c02(tables, 'ebs-gp3').cells.performance.en).toMatch(/3,000 IOPS and 125 MiB\/s/);
    for (const row of tableOf(tables, 'dva-c02').rows) {
      const multiAttach = row.cells.multiAttach.en;
      expect(multiAttach.startsWith('Yes'), row.id).toBe(['ebs-io1', 'ebs-io2'].includes(row.id));
    }
  });

  it('S3: SSE-S3 by default since 5 January 2023, DSSE-KMS with `aws:kms:dsse`, SSE-C blocked by default', () => {
    const tables = 'S3EncryptionModes';
    expect(c02(tables, 's3-sse-s3').cells.byDefault.en).toContain('5 January 2023');
    expect(c02(tables, 's3-sse-s3').cells.byDefault.es).toContain('5 de enero de 2023');
    expect(c02(tables, 's3-dsse-kms').cells.header.en).toContain('`"x-amz-server-side-encryption": "aws:kms:dsse"`');
    expect(render(tableOf(tables, 'dva-c02'), 'en')).toContain(
      '<code>&quot;x-amz-server-side-encryption&quot;: &quot;aws:kms:dsse&quot;</code>',
    );
    expect(c02(tables, 's3-sse-c').cells.byDefault.en).toContain('`BlockedEncryptionTypes`');
    expect(c02(tables, 's3-sse-c').cells.header.en).toContain('HTTPS');
  });

  it('ELB: four types, with the Gateway Load Balancer at layer 3 and CLB as the previous generation', () => {
    const tables = 'ElbTypes';
    expect(rowLabels(tables, 'dva-c02')).toContain('Gateway Load Balancer (GWLB)');
    expect(c02(tables, 'elb-gwlb').cells.layer.sortValue).toBe(3);
    expect(c02(tables, 'elb-clb').cells.generation.en).toContain('Previous generation');
    expect(c02(tables, 'elb-nlb').cells.protocols.en).toContain('QUIC');
    expect(c02(tables, 'elb-alb').cells.protocols.en).toMatch(/HTTP\/2 and gRPC/);
  });

  it('Beanstalk: traffic splitting, and blue/green by swapping environment URLs', () => {
    const tables = 'BeanstalkDeploymentModes';
    expect(rowIds(tables, 'dva-c02')).toContain('eb-traffic-splitting');
    expect(c02(tables, 'eb-blue-green').cells.howItWorks.en).toContain('Swap environment URLs');
    expect(c02(tables, 'eb-blue-green').cells.howItWorks.en).not.toContain('Route 53');
  });

  it('RDS: up to 15 read replicas and a Multi-AZ DB cluster with readable standbys', () => {
    const tables = 'ReplicasVsMultiAz';
    expect(c02(tables, 'rds-read-replicas').cells.scaling.en).toContain('up to 15');
    expect(c02(tables, 'rds-multi-az-db-cluster').cells.scaling.en).toMatch(/^Yes/);
    expect(c02(tables, 'rds-multi-az').cells.scaling.en).toMatch(/^No/);
  });

  it('EBS vs. instance store: Multi-Attach, and instance store survives a reboot only', () => {
    const tables = 'EbsVsInstanceStore';
    expect(c02(tables, 'storage-ebs').cells.attachment.en).toContain('Multi-Attach');
    expect(c02(tables, 'storage-instance-store').cells.persistence.en).toMatch(
      /Survives a reboot; lost if the instance stops, hibernates or terminates/,
    );
  });

  it('says something in every cell: no “not stated in the notes” marker', () => {
    for (const {edition, name, table} of cases) {
      if (edition === 'dva-c01') continue;
      const marked = table.rows.flatMap((row) => Object.values(row.cells)).filter((cell) => cell.notStated);
      expect(marked, name).toEqual([]);
    }
  });
});
