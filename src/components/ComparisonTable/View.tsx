// Renders one comparison table, in the page's language only. Pure (no Docusaurus imports), so unit tests can
// render it; the component's own words come as props (index.tsx translates them).
import type {ReactNode} from 'react';
import type {LocalTable} from '../../data/tables/types';
import InlineText, {plainText} from '../InlineCode';
import styles from './styles.module.css';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: string;
  readonly direction: SortDirection;
}

/** The component's own words. */
export interface TableLabels {
  readonly rowLink: string;
  readonly sources: string;
  readonly notStated: string;
}

export interface ViewProps {
  readonly table: LocalTable;
  readonly labels: TableLabels;
  /** `null`: rows in the order of the data (the notes' order). */
  readonly sort: SortState | null;
  readonly onSort: (column: string) => void;
}

type Row = LocalTable['rows'][number];
const sortIcons: Record<SortDirection | 'none', string> = {none: '↕', ascending: '↑', descending: '↓'};

/** A new column sorts ascending; the sorted column flips direction. */
export function nextSort(current: SortState | null, column: string): SortState {
  const flip = current?.column === column && current.direction === 'ascending';
  return {column, direction: flip ? 'descending' : 'ascending'};
}

function sortRows(rows: readonly Row[], sort: SortState | null): readonly Row[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[sort.column].sortValue;
    const y = b.cells[sort.column].sortValue;
    // Rows the notes give no value for stay last in both directions.
    if (x === null || y === null) return Number(x === null) - Number(y === null);
    return sign * (x - y);
  });
}

function CellContent({cell}: {cell: Row['cells'][string]}): ReactNode {
  if (!cell.notStated) return <InlineText text={cell.text} />;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={styles.visuallyHidden}>{cell.text}</span>
    </>
  );
}

export default function View({table, labels, sort, onSort}: ViewProps): ReactNode {
  const rows = sortRows(table.rows, sort);
  const hasNotStated = table.rows.some((row) => table.columns.some(({key}) => row.cells[key].notStated));

  return (
    <div className={styles.comparison}>
      {/* The table scrolls sideways in here, so a narrow screen never scrolls the page. */}
      <div className={styles.scroll} role="region" aria-label={plainText(table.caption)} tabIndex={0}>
        <table className={styles.table}>
          <caption>
            <InlineText text={table.caption} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <InlineText text={table.rowHeader} />
              </th>
              {table.columns.map(({key, label, sortable}) => {
                if (!sortable) {
                  return (
                    <th key={key} scope="col">
                      <InlineText text={label} />
                    </th>
                  );
                }
                const direction = sort?.column === key ? sort.direction : 'none';
                return (
                  <th key={key} scope="col" aria-sort={direction}>
                    <button type="button" className={styles.sortButton} onClick={() => onSort(key)}>
                      <InlineText text={label} />
                      <span className={styles.sortIcon} aria-hidden="true">
                        {sortIcons[direction]}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} id={row.id}>
                <th scope="row">
                  <InlineText text={row.label} />{' '}
                  {/* This view is pure, for unit tests: same-page and AWS links need no Docusaurus <Link>. */}
                  {/* eslint-disable-next-line @docusaurus/no-html-links */}
                  <a className={styles.rowLink} href={`#${row.id}`} aria-label={labels.rowLink} data-search-ignore>
                    #
                  </a>
                  {row.sources.length > 0 && (
                    <ul className={styles.sources} aria-label={labels.sources}>
                      {row.sources.map((source) => (
                        <li key={source.url}>
                          {/* eslint-disable-next-line @docusaurus/no-html-links */}
                          <a href={source.url}>{source.title}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </th>
                {table.columns.map(({key, label}) => (
                  // The column's name, shown before the cell when a phone lays each row out as a card.
                  <td key={key} data-label={plainText(label)}>
                    <CellContent cell={row.cells[key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note && (
        <p className={styles.footnote}>
          <InlineText text={table.note} />
        </p>
      )}
      {/* Screen readers already hear the full text in each "—" cell. */}
      {hasNotStated && (
        <p className={styles.footnote} aria-hidden="true">
          {labels.notStated}
        </p>
      )}
    </div>
  );
}
