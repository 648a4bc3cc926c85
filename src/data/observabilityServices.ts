// CloudWatch Logs, CloudTrail and X-Ray compared (STUB: being written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const observabilityServices: ComparisonTableData<Column> = {
  caption: {es: 'Amazon CloudWatch Logs, AWS CloudTrail y AWS X-Ray', en: 'Amazon CloudWatch Logs, AWS CloudTrail, and AWS X-Ray'},
  rowHeader: {es: 'Servicio', en: 'Service'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
