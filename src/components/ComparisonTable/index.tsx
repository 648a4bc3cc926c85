// Docusaurus side of the comparison tables: locale, sort state and row anchors. The table's data comes
// as a prop, written into the page at build time by src/remark/comparisonTables.ts.
import {useState, type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {locales, type ComparisonTable as TableData, type Edition, type Locale} from '../../data/comparisonTable';
import View, {nextSort, type SortState} from './View';

function useLocale(): Locale {
  const {currentLocale} = useDocusaurusContext().i18n;
  const locale = locales.find((known) => known === currentLocale);
  if (!locale) throw new Error(`Comparison tables have no text for the locale "${currentLocale}".`);
  return locale;
}

/** The MDX component behind every table name: `<Ec2PurchaseOptions edition="dva-c02" />`. */
export default function ComparisonTable({table}: {edition: Edition; table?: TableData}): ReactNode {
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
