// A glossary term in page text: a link to its glossary entry (works without JavaScript and in print)
// that, on hover, keyboard focus or tap, shows a small card with the other language's AWS name and the
// short definition. src/remark/glossaryTerms.ts writes the name and definition in at build time.
import {useEffect, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import InlineCode from '@site/src/components/InlineCode';
import {otherLocale} from '@site/src/data/locales';
import {useLocale} from '@site/src/utils/useLocale';
import styles from './styles.module.css';

const VIEWPORT_MARGIN = 8;

interface Props {
  /** Glossary id: the link goes to /glossary#id. */
  id: string;
  /** AWS's name for the term in the other language. */
  name: string;
  definition: string;
  children: ReactNode;
}

export default function GlossaryTerm({id, name, definition, children}: Props): ReactNode {
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const cardRef = useRef<HTMLSpanElement>(null);
  // How the last press began: a tap focuses the link (opening the card) before its click arrives.
  const lastPress = useRef({pointerType: 'mouse', cardWasOpen: false});
  const cardId = `glossary-card-${id}`;

  // Keep the card inside the viewport on narrow screens: shift it sideways, never over the line above.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!open || !card) return;
    const currentTransform = card.style.transform;
    card.style.transform = 'none';
    const {left, width} = card.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const maxLeft = Math.max(viewportWidth - VIEWPORT_MARGIN - width, VIEWPORT_MARGIN);
    setShift(Math.min(Math.max(left, VIEWPORT_MARGIN), maxLeft) - left);
    card.style.transform = currentTransform;
  }, [open]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <span className={styles.term} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <Link
        to={`/glossary#${id}`}
        className={styles.link}
        aria-describedby={cardId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onPointerDown={(event) => {
          lastPress.current = {pointerType: event.pointerType, cardWasOpen: open};
        }}
        onClick={(event) => {
          // The first tap on a touch screen shows the card; the next one follows the link.
          if (lastPress.current.pointerType === 'touch' && !lastPress.current.cardWasOpen) {
            event.preventDefault();
            setOpen(true);
          }
        }}>
        {children}
      </Link>
      <span
        ref={cardRef}
        id={cardId}
        role="tooltip"
        data-search-ignore=""
        className={clsx(styles.card, open && styles.open)}
        style={{transform: `translateX(${shift}px)`}}>
        <span className={styles.name} lang={otherLocale(locale)}>
          {name}
        </span>
        <span className={styles.definition}>
          <InlineCode text={definition} />
        </span>
      </span>
    </span>
  );
}
