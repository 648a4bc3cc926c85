// Small labels under a doc's title: the exam task statements the page serves, linked to its edition's exam
// map. src/remark/examTaskLabels.ts computes them at build time.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {taskAnchor} from '@site/src/data/examGuide';
import styles from './styles.module.css';

interface Props {
  /** The exam code, 'DVA-C03'. */
  exam: string;
  /** The exam map's path, '/exam-map'. */
  map: string;
  tasks: {id: string; title: string}[];
}

export default function ExamTaskLabels({exam, map, tasks}: Props): ReactNode {
  return (
    <ul
      className={styles.labels}
      data-search-ignore=""
      aria-label={translate({id: 'exam.labels', message: 'Tareas del examen {exam} que cubre esta página'}, {exam})}>
      {tasks.map((task) => (
        <li key={task.id}>
          <Link to={`${map}#${taskAnchor(task.id)}`} className={styles.label}>
            <span className={styles.id}>{task.id}</span> {task.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
