// Amazon Cognito user pools vs identity pools (STUB: to be written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const cognitoPoolTypes: ComparisonTableData<Column> = {
  caption: {es: 'Grupos de usuarios y grupos de identidades de Amazon Cognito', en: 'Amazon Cognito user pools and identity pools'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
