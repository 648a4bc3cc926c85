// Small labels under a doc's title: the DVA-C02 task statements the page serves, linked to the exam map.
// src/remark/examTaskLabels.ts computes them at build time.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {taskAnchor} from '@site/src/data/examAnchors';
import styles from './styles.module.css';

export default function ExamTaskLabels({tasks}: {tasks: {id: string; title: string}[]}): ReactNode {
  return (
    <ul
      className={styles.labels}
      data-search-ignore=""
      aria-label={translate({id: 'exam.labels', message: 'Tareas del examen DVA-C02 que cubre esta página'})}>
      {tasks.map((task) => (
        <li key={task.id}>
          <Link to={`/exam-map#${taskAnchor(task.id)}`} className={styles.label}>
            <span className={styles.id}>{task.id}</span> {task.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
