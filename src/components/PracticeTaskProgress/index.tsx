// The reader's practice progress beside a task of the exam map, and a link to practise it. The figures come
// from this browser's storage, so they appear after hydration in a line whose height is reserved: the map
// does not move.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {tallyByTask} from '@site/src/utils/practiceProgress';
import {usePracticeProgress} from '@site/src/utils/usePracticeProgress';
import styles from './styles.module.css';

export default function PracticeTaskProgress({task, questions}: {task: string; questions: number}): ReactNode {
  const tally = tallyByTask(usePracticeProgress())[task];
  return (
    <p className={styles.practice} data-search-ignore="" data-practice-task={task}>
      {questions > 0 ? (
        <Link to={`/practice?task=${task}`}>
          {translate(
            {id: 'exam.practice.link', message: 'Practicar esta tarea (preguntas: {count})'},
            {count: questions},
          )}
        </Link>
      ) : (
        translate({id: 'exam.practice.none', message: 'Aún no hay preguntas de práctica de esta tarea.'})
      )}
      <span className={styles.tally} data-practice-tally="">
        {tally &&
          translate(
            {id: 'exam.practice.tally', message: 'Tu progreso: {answered} respondidas, {right} bien, {wrong} mal'},
            {answered: tally.answered, right: tally.right, wrong: tally.wrong},
          )}
      </span>
    </p>
  );
}
