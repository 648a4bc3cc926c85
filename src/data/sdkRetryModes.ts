// SDK retry modes (STUB: being written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const sdkRetryModes: ComparisonTableData<Column> = {
  caption: {es: 'Modos de reintento de los SDK de AWS', en: 'AWS SDK retry modes'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
