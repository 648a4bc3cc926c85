// Puts a "Beyond the notes" label at the top of each page the current edition adds beyond the author's notes
// (the study plan's `beyondNotes` category), so a reader always knows which text is the notes and which is not.
import type {Root} from 'mdast';
import {studyPlan} from '../data/studyPlan';
import {docPage, type VFileLike} from './docPage';

const beyondNotesPages = new Set(
  studyPlan.filter((category) => category.beyondNotes).flatMap((category) => category.pages.map((page) => page.id)),
);

export default function remarkBeyondNotesLabel() {
  return (tree: Root, file: VFileLike) => {
    const page = docPage(file);
    if (!page || !beyondNotesPages.has(page.docId)) return;
    tree.children.unshift({type: 'mdxJsxFlowElement', name: 'BeyondNotesLabel', attributes: [], children: []});
  };
}
