/**
 * Shared types of the bilingual comparison tables (data in src/data/*.ts, rendered by
 * src/components/ComparisonTable). In any text, `backticks` mark inline code.
 */

import type {Locale, Localized} from '../locales';

export {locales, type Locale, type Localized} from '../locales';

export interface Column {
  readonly label: Localized;
  /** Rows can be sorted by this column's cells' `sortValue`. */
  readonly sortable?: true;
}

export type Cell = Localized & {
  /** Orders a sortable column; `null` = no single value (or none in the notes), so the row sorts last. */
  readonly sortValue?: number | null;
  /** The notes say nothing here (the notes-as-written edition only): shown as "—", with the text for screen readers. */
  readonly notStated?: true;
};

/** A cell of a sortable column: it must say how it sorts. */
export type SortableCell = Cell & {readonly sortValue: number | null};

/** A table as the components see it, whatever its columns. */
export interface ComparisonTable {
  readonly caption: Localized;
  /** Header of the first column, whose cells name the rows. */
  readonly rowHeader: Localized;
  /** In display order. */
  readonly columns: Readonly<Record<string, Column>>;
  readonly rows: readonly ComparisonRow[];
  /** Footer: what the notes say about the table as a whole. */
  readonly note?: Localized;
}

/**
 * `id` is the row's anchor (`#ec2-spot`): prefixed per table, unique site-wide and never equal to
 * a heading id.
 */
export interface ComparisonRow {
  readonly id: string;
  readonly label: Localized;
  readonly cells: Readonly<Record<string, Cell>>;
  /** The AWS pages that state this row's facts, linked under the row's label. */
  readonly sources?: readonly Source[];
}

/** An AWS documentation page, by its English title. */
export interface Source {
  readonly title: string;
  readonly url: string;
}

/**
 * How a data file declares a table, with its column keys `Key`, of which `SortableKey` are
 * sortable. A row missing a cell, or a sortable column's cell without `sortValue`, is a type error.
 */
export interface ComparisonTableData<Key extends string, SortableKey extends Key = never> extends ComparisonTable {
  readonly columns: Readonly<
    Record<Exclude<Key, SortableKey>, Column & {readonly sortable?: never}> &
      Record<SortableKey, Column & {readonly sortable: true}>
  >;
  readonly rows: readonly TypedRow<Key, SortableKey>[];
}

interface TypedRow<Key extends string, SortableKey extends Key> extends ComparisonRow {
  readonly cells: Readonly<Record<Exclude<Key, SortableKey>, Cell> & Record<SortableKey, SortableCell>>;
}

/** A table in one language, as a page gets it: the remark plugin writes only the page's language into the page. */
export interface LocalTable {
  readonly caption: string;
  readonly rowHeader: string;
  readonly columns: readonly {readonly key: string; readonly label: string; readonly sortable: boolean}[];
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly cells: Readonly<
      Record<string, {readonly text: string; readonly sortValue: number | null; readonly notStated: boolean}>
    >;
    readonly sources: readonly Source[];
  }[];
  readonly note?: string;
}

export function localTable(table: ComparisonTable, locale: Locale): LocalTable {
  return {
    caption: table.caption[locale],
    rowHeader: table.rowHeader[locale],
    columns: Object.entries(table.columns).map(([key, column]) => ({
      key,
      label: column.label[locale],
      sortable: Boolean(column.sortable),
    })),
    rows: table.rows.map((row) => ({
      id: row.id,
      label: row.label[locale],
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([key, cell]) => [
          key,
          {text: cell[locale], sortValue: cell.sortValue ?? null, notStated: Boolean(cell.notStated)},
        ]),
      ),
      sources: row.sources ?? [],
    })),
    ...(table.note ? {note: table.note[locale]} : {}),
  };
}
