// Docusaurus side of the comparison tables: locale, sort state and row anchors. The table's data comes
// as a prop, written into the page at build time by src/remark/comparisonTables.ts.
import {useState, type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ComparisonTable as TableData} from '../../data/comparisonTable';
import {useLocale} from '../../utils/useLocale';
import View, {nextSort, type SortState} from './View';

/** The MDX component behind every table name: `<Ec2PurchaseOptions />`. */
export default function ComparisonTable({table}: {table?: TableData}): ReactNode {
  if (!table) throw new Error('Comparison table without data: src/remark/comparisonTables.ts must run on this page.');
  const locale = useLocale();
  const [sort, setSort] = useState<SortState | null>(null);
  const brokenLinks = useBrokenLinks();
  // Row ids are not headings: declare them so the build's broken-anchor check accepts links to them.
  for (const row of table.rows) brokenLinks.collectAnchor(row.id);

  return (
    <View
      table={table}
      locale={locale}
      sort={sort}
      onSort={(column) => setSort((current) => nextSort(current, column))}
    />
  );
}
