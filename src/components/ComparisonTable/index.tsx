// Docusaurus side of the comparison tables: locale, sort state and row anchors.
import {useState, type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {locales, type ComparisonTable, type Edition, type EditionTables, type Locale} from '../../data/comparisonTable';
import View, {nextSort, type SortState} from './View';

function useLocale(): Locale {
  const {currentLocale} = useDocusaurusContext().i18n;
  const locale = locales.find((known) => known === currentLocale);
  if (!locale) throw new Error(`Comparison tables have no text for the locale "${currentLocale}".`);
  return locale;
}

function SortableComparisonTable({table}: {table: ComparisonTable}): ReactNode {
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

/** The MDX component for one table: `<Ec2PurchaseOptions edition="dva-c01" />`. */
export function comparisonTableFor(tables: EditionTables): (props: {edition: Edition}) => ReactNode {
  return function EditionComparisonTable({edition}) {
    if (!Object.hasOwn(tables, edition)) {
      const name = Object.values(tables)[0].caption.en;
      throw new Error(
        `Unknown edition "${edition}" for the table "${name}"; known editions: ${Object.keys(tables).join(', ')}.`,
      );
    }
    return <SortableComparisonTable table={tables[edition]} />;
  };
}
