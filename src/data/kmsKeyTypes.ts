// AWS KMS key types (STUB: to be written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const kmsKeyTypes: ComparisonTableData<Column> = {
  caption: {es: 'Tipos de claves de AWS KMS', en: 'AWS KMS key types'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
