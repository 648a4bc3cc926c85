// Puts a "Beyond the notes" label at the top of each page the current edition adds beyond the author's notes
// (the study plan's `beyondNotes` category; a past edition's own list, frozen in its snapshot), so a reader
// always knows which text is the notes and which is not.
import type {Root} from 'mdast';
import {beyondNotesPagesOf} from '../data/editionData';
import {docPage, type VFileLike} from './docPage';

export default function remarkBeyondNotesLabel() {
  return (tree: Root, file: VFileLike) => {
    const page = docPage(file);
    if (!page || !beyondNotesPagesOf(page.edition).includes(page.docId)) return;
    tree.children.unshift({type: 'mdxJsxFlowElement', name: 'BeyondNotesLabel', attributes: [], children: []});
  };
}
