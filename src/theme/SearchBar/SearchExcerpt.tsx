import {Fragment, type ReactNode} from 'react';
import {excerptPieces} from './pagefind';

/** Pagefind's excerpt as React text: matched words marked, inline code as code; never parsed as HTML. */
export default function SearchExcerpt({excerpt}: {excerpt: string}): ReactNode {
  return excerptPieces(excerpt).map(({text, mark, code}, i) => {
    const content = code ? <code>{text}</code> : text;
    return <Fragment key={i}>{mark ? <mark>{content}</mark> : content}</Fragment>;
  });
}
