// Kinesis Data Streams vs Amazon Data Firehose (STUB: being written with AWS sources per row).
import type {ComparisonTableData} from './comparisonTable';

type Column = 'summary';

export const kinesisVsFirehose: ComparisonTableData<Column> = {
  caption: {es: 'Kinesis Data Streams y Amazon Data Firehose', en: 'Kinesis Data Streams and Amazon Data Firehose'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    summary: {label: {es: 'Resumen', en: 'Summary'}},
  },
  rows: [],
};
