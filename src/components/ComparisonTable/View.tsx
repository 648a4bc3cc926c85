// Renders one comparison table. Pure (no Docusaurus imports), so unit tests can render it.
import type {ReactNode} from 'react';
import type {Cell, ComparisonRow, ComparisonTable, Locale, Localized} from '../../data/comparisonTable';
import InlineText, {plainText} from '../InlineCode';
import styles from './styles.module.css';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: string;
  readonly direction: SortDirection;
}

export interface ViewProps {
  readonly table: ComparisonTable;
  readonly locale: Locale;
  /** `null`: rows in the order of the data (the notes' order). */
  readonly sort: SortState | null;
  readonly onSort: (column: string) => void;
}

const rowLinkLabel: Localized = {es: 'Enlace a esta fila', en: 'Link to this row'};
const sourcesLabel: Localized = {es: 'Fuentes de esta fila', en: 'Sources for this row'};
const notStatedLegend: Localized = {es: '"—": las notas no lo indican.', en: '"—": not stated in the notes.'};
const sortIcons: Record<SortDirection | 'none', string> = {none: '↕', ascending: '↑', descending: '↓'};

/** A new column sorts ascending; the sorted column flips direction. */
export function nextSort(current: SortState | null, column: string): SortState {
  const flip = current?.column === column && current.direction === 'ascending';
  return {column, direction: flip ? 'descending' : 'ascending'};
}

function sortRows(rows: readonly ComparisonRow[], sort: SortState | null): readonly ComparisonRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[sort.column].sortValue ?? null;
    const y = b.cells[sort.column].sortValue ?? null;
    // Rows the notes give no value for stay last in both directions.
    if (x === null || y === null) return Number(x === null) - Number(y === null);
    return sign * (x - y);
  });
}


function CellContent({cell, locale}: {cell: Cell; locale: Locale}): ReactNode {
  if (!cell.notStated) return <InlineText text={cell[locale]} />;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={styles.visuallyHidden}>{cell[locale]}</span>
    </>
  );
}

export default function View({table, locale, sort, onSort}: ViewProps): ReactNode {
  const columnKeys = Object.keys(table.columns);
  const rows = sortRows(table.rows, sort);
  const hasNotStated = table.rows.some((row) => columnKeys.some((key) => row.cells[key].notStated));

  return (
    <div className={styles.comparison}>
      {/* The table scrolls sideways in here, so a narrow screen never scrolls the page. */}
      <div className={styles.scroll} role="region" aria-label={plainText(table.caption[locale])} tabIndex={0}>
        <table className={styles.table}>
          <caption>
            <InlineText text={table.caption[locale]} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <InlineText text={table.rowHeader[locale]} />
              </th>
              {columnKeys.map((key) => {
                const column = table.columns[key];
                if (!column.sortable) {
                  return (
                    <th key={key} scope="col">
                      <InlineText text={column.label[locale]} />
                    </th>
                  );
                }
                const direction = sort?.column === key ? sort.direction : 'none';
                return (
                  <th key={key} scope="col" aria-sort={direction}>
                    <button type="button" className={styles.sortButton} onClick={() => onSort(key)}>
                      <InlineText text={column.label[locale]} />
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
                  <InlineText text={row.label[locale]} />{' '}
                  {/* This view is pure, for unit tests: same-page and AWS links need no Docusaurus <Link>. */}
                  {/* eslint-disable-next-line @docusaurus/no-html-links */}
                  <a className={styles.rowLink} href={`#${row.id}`} aria-label={rowLinkLabel[locale]}>
                    #
                  </a>
                  {row.sources && (
                    <ul className={styles.sources} aria-label={sourcesLabel[locale]}>
                      {row.sources.map((source) => (
                        <li key={source.url}>
                          {/* eslint-disable-next-line @docusaurus/no-html-links */}
                          <a href={source.url}>{source.title}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </th>
                {columnKeys.map((key) => (
                  // The column's name, shown before the cell when a phone lays each row out as a card.
                  <td key={key} data-label={plainText(table.columns[key].label[locale])}>
                    <CellContent cell={row.cells[key]} locale={locale} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note && (
        <p className={styles.footnote}>
          <InlineText text={table.note[locale]} />
        </p>
      )}
      {/* Screen readers already hear the full text in each "—" cell. */}
      {hasNotStated && (
        <p className={styles.footnote} aria-hidden="true">
          {notStatedLegend[locale]}
        </p>
      )}
    </div>
  );
}
