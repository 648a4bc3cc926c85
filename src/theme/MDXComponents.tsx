// Adds the comparison tables to MDX, so pages use `<EbsVolumeTypes edition="dva-c01" />` without imports,
// and the glossary terms that src/remark/glossaryTerms.ts marks.
import MDXComponents from '@theme-original/MDXComponents';
import {comparisonTableFor} from '../components/ComparisonTable';
import GlossaryTerm from '../components/GlossaryTerm';
import {comparisonTables} from '../data/comparisonTables';

const tableComponents = Object.fromEntries(
  Object.entries(comparisonTables).map(([name, tables]) => [name, comparisonTableFor(tables)]),
);

export default {...MDXComponents, ...tableComponents, GlossaryTerm};
