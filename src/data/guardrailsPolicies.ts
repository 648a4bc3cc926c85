// Amazon Bedrock Guardrails policy types (STUB: to be written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const guardrailsPolicies: ComparisonTableData<Column> = {
  caption: {es: 'Tipos de políticas de Amazon Bedrock Guardrails', en: 'Amazon Bedrock Guardrails policy types'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
