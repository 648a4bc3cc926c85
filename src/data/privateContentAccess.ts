// Presigned URLs vs CloudFront signed URLs vs signed cookies (STUB: to be written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const privateContentAccess: ComparisonTableData<Column> = {
  caption: {es: 'URL prefirmadas, URL firmadas y cookies firmadas', en: 'Presigned URLs, signed URLs, and signed cookies'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
