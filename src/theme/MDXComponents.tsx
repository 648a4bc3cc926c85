// Adds the comparison tables to MDX, so pages use `<EbsVolumeTypes edition="dva-c01" />` without imports.
import MDXComponents from '@theme-original/MDXComponents';
import {comparisonTableFor} from '../components/ComparisonTable';
import {comparisonTables} from '../data/comparisonTables';

const tableComponents = Object.fromEntries(
  Object.entries(comparisonTables).map(([name, tables]) => [name, comparisonTableFor(tables)]),
);

export default {...MDXComponents, ...tableComponents};
