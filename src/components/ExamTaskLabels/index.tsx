// One compact line under a doc's title: the numbers of the exam tasks the page covers, each linked to its
// task on the edition's exam map. The task title is part of the link's accessible name (screen readers) and
// shows as a tooltip on hover and keyboard focus, so on a phone the page starts with its content, not with
// a screenful of chips. src/remark/examTaskLabels.ts computes the tasks at build time.
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
  const label = translate({id: 'exam.labels', message: 'Tareas del examen {exam} que cubre esta página'}, {exam});
  return (
    <div className={styles.line} data-search-ignore="" data-pagefind-ignore="all">
      <span className={styles.prefix} aria-hidden="true">
        {translate({id: 'exam.labels.prefix', message: 'Tareas {exam}:'}, {exam})}
      </span>
      <ul className={styles.labels} aria-label={label}>
        {tasks.map((task) => (
          <li key={task.id} className={styles.item}>
            <Link to={`${map}#${taskAnchor(task.id)}`} className={styles.label}>
              {task.id}
              <span className={styles.srOnly}> {task.title}</span>
            </Link>
            <span className={styles.tooltip} aria-hidden="true">
              {task.title}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
