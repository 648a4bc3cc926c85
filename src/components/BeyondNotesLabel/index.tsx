// The label of a page written beyond the author's notes (src/remark/beyondNotesLabel.ts adds it).
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function BeyondNotesLabel(): ReactNode {
  return (
    <p className={styles.label} data-search-ignore="" data-pagefind-ignore="all">
      <strong>
        <Translate id="beyondNotes.label">Ampliación</Translate>
      </strong>{' '}
      <Translate id="beyondNotes.text">No está en los apuntes originales; cada dato enlaza su fuente en AWS.</Translate>
    </p>
  );
}
