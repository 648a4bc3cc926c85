// Registers the site's MDX components once, so pages use them without imports: the comparison table (pages
// write `<EbsVolumeTypes />`, which src/remark/comparisonTables.ts turns into it), and the glossary terms, exam
// task labels and "Beyond the notes" label that the other remark plugins in src/remark add at build time.
import MDXComponents from '@theme-original/MDXComponents';
import BeyondNotesLabel from '../components/BeyondNotesLabel';
import ComparisonTable from '../components/ComparisonTable';
import ExamTaskLabels from '../components/ExamTaskLabels';
import GlossaryTerm from '../components/GlossaryTerm';

export default {...MDXComponents, ComparisonTable, GlossaryTerm, ExamTaskLabels, BeyondNotesLabel};
