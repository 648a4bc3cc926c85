// The label of a page written beyond the author's notes (src/remark/beyondNotesLabel.ts adds it).
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function BeyondNotesLabel(): ReactNode {
  return (
    <p className={styles.label} data-search-ignore="">
      <strong>
        <Translate id="beyondNotes.label">Ampliación</Translate>
      </strong>{' '}
      <Translate id="beyondNotes.text">
        Esta página no está en los apuntes originales: se escribió para el examen actual y cada dato enlaza la página
        de AWS que lo afirma.
      </Translate>
    </p>
  );
}
