// Docusaurus side of the comparison tables: the component's own words, sort state and row anchors. The
// table comes as a prop in the page's language, written into the page at build time by
// src/remark/comparisonTables.ts (which turns `<Ec2PurchaseOptions />` into this component).
import {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {LocalTable} from '../../data/tables/types';
import View, {nextSort, type SortState, type TableLabels} from './View';

export default function ComparisonTable({table}: {table?: LocalTable}): ReactNode {
  if (!table) throw new Error('Comparison table without data: src/remark/comparisonTables.ts must run on this page.');
  const [sort, setSort] = useState<SortState | null>(null);
  const brokenLinks = useBrokenLinks();
  // Row ids are not headings: declare them so the build's broken-anchor check accepts links to them.
  for (const row of table.rows) brokenLinks.collectAnchor(row.id);
  const labels: TableLabels = {
    rowLink: translate({id: 'comparisonTable.rowLink', message: 'Enlace a esta fila'}),
    sources: translate({id: 'comparisonTable.sources', message: 'Fuentes de esta fila'}),
    notStated: translate({id: 'comparisonTable.notStated', message: '"—": las notas no lo indican.'}),
  };

  return (
    <View
      table={table}
      labels={labels}
      sort={sort}
      onSort={(column) => setSort((current) => nextSort(current, column))}
    />
  );
}
