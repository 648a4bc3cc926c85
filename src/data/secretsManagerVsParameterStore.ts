// AWS Secrets Manager vs Parameter Store (STUB: to be written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const secretsManagerVsParameterStore: ComparisonTableData<Column> = {
  caption: {es: 'AWS Secrets Manager frente a Parameter Store', en: 'AWS Secrets Manager vs. Parameter Store'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
