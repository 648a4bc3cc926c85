// Small labels near a doc's title: the DVA-C02 task statements the page serves, linked to the exam map.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {examDomains} from '@site/src/data/exam';
import type {Locale} from '@site/src/data/locales';
import {taskAnchor} from '@site/src/components/ExamMap';
import styles from './styles.module.css';

export default function ExamTaskLabels({docId}: {docId: string}): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const tasks = examDomains
    .flatMap((domain) => domain.tasks)
    .filter((task) => task.sections.some((section) => section.split('#')[0] === docId));
  if (tasks.length === 0) return null;
  return (
    <ul className={styles.labels} aria-label={translate({id: 'exam.labels', message: 'Tareas del examen DVA-C02 que cubre esta página'})}>
      {tasks.map((task) => (
        <li key={task.id}>
          <Link to={`/exam-map#${taskAnchor(task.id)}`} className={styles.label}>
            <span className={styles.id}>{task.id}</span> {task.title[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
