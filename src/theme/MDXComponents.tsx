// Registers the site's MDX components once, so pages use them without imports: the comparison tables
// (`<EbsVolumeTypes />`), the glossary terms and the exam task labels that the remark
// plugins in src/remark add at build time, and the label of pages beyond the notes.
import MDXComponents from '@theme-original/MDXComponents';
import BeyondNotesLabel from '../components/BeyondNotesLabel';
import ComparisonTable from '../components/ComparisonTable';
import ExamTaskLabels from '../components/ExamTaskLabels';
import GlossaryTerm from '../components/GlossaryTerm';
import {comparisonTableNames} from '../data/comparisonTableNames';

const tableComponents = Object.fromEntries(comparisonTableNames.map((name) => [name, ComparisonTable]));

export default {...MDXComponents, ...tableComponents, GlossaryTerm, ExamTaskLabels, BeyondNotesLabel};
