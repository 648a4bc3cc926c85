// How much of an exam task the notes cover: a coloured label, on the exam map and the home page.
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Coverage} from '@site/src/data/examGuide';
import styles from './styles.module.css';

function coverageLabel(coverage: Coverage): string {
  switch (coverage) {
    case 'covered':
      return translate({id: 'exam.coverage.covered', message: 'Cubierta'});
    case 'partial':
      return translate({id: 'exam.coverage.partial', message: 'En parte'});
    case 'not-covered':
      return translate({id: 'exam.coverage.notCovered', message: 'No cubierta'});
  }
}

export default function CoverageBadge({coverage}: {coverage: Coverage}): ReactNode {
  return <span className={clsx(styles.badge, styles[coverage])}>{coverageLabel(coverage)}</span>;
}
