// Text whose `backticks` mark inline code, as the data files write it (tables, glossary, exam map).
// Pure, so the table view and unit tests can render it without Docusaurus.
import type {ReactNode} from 'react';

export default function InlineCode({text}: {text: string}): ReactNode {
  return text.split('`').map((piece, i) => (i % 2 === 1 ? <code key={i}>{piece}</code> : piece));
}

/** The same text without the code marks, for attributes and plain-text contexts. */
export const plainText = (text: string) => text.replaceAll('`', '');
