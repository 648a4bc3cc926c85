// Study mode: the questions of a set one by one; each answer is checked at once, with every option's
// explanation, and saved to the reader's progress. The question shown is in the URL (`?q=<id>`), so it can be
// shared and survives the language switch.
import {useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import PracticeQuestion from '@site/src/components/PracticeQuestion';
import type {PracticeQuestion as Question} from '@site/src/data/practice';
import {correctOptionIds, isRight} from '@site/src/utils/practice';
import {updatePracticeProgress} from '@site/src/utils/usePracticeProgress';
import {recordAnswers} from '@site/src/utils/practiceProgress';
import styles from './styles.module.css';

export interface PracticeStudyProps {
  /** "Tarea 1.2: …", "Las que fallé". */
  title: string;
  questions: readonly Question[];
  start: number;
  taskTitle: (task: string) => string;
  sectionLabels: Record<string, string>;
  /** The question on screen, or undefined once the set is over. */
  onShow: (questionId: string | undefined) => void;
  onExit: () => void;
}

const letters = (question: Question) =>
  correctOptionIds(question)
    .map((id) => String.fromCharCode(65 + question.options.findIndex((option) => option.id === id)))
    .join(', ');

export default function PracticeStudy({
  title,
  questions,
  start,
  taskTitle,
  sectionLabels,
  onShow,
  onExit,
}: PracticeStudyProps): ReactNode {
  const [index, setIndex] = useState(start);
  const [chosen, setChosen] = useState<string[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [status, setStatus] = useState('');
  const [results, setResults] = useState<Record<string, boolean>>({});
  const [finished, setFinished] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const question = questions[index]!;

  useEffect(() => onShow(finished ? undefined : question.id), [finished, question.id, onShow]);

  // A new question: focus its heading, so a screen reader reads it from the top.
  useEffect(() => {
    if (!finished) headingRef.current?.focus();
  }, [index, finished]);
  useEffect(() => {
    if (finished) summaryRef.current?.focus();
  }, [finished]);
  useEffect(() => {
    if (revealed) nextRef.current?.focus();
  }, [revealed]);

  const check = () => {
    if (chosen.length === 0) {
      setStatus(translate({id: 'practice.study.chooseFirst', message: 'Elige una respuesta antes de comprobarla.'}));
      return;
    }
    const right = isRight(question, chosen);
    setResults((before) => ({...before, [question.id]: right}));
    updatePracticeProgress((progress) =>
      recordAnswers(progress, [{id: question.id, task: question.task, right}], new Date().toISOString()),
    );
    setRevealed(true);
    setStatus(
      right
        ? translate({id: 'practice.study.right', message: '¡Correcto!'})
        : translate(
            {id: 'practice.study.wrong', message: 'Incorrecto. La respuesta correcta: {letters}.'},
            {letters: letters(question)},
          ),
    );
  };

  const next = () => {
    setChosen([]);
    setRevealed(false);
    setStatus('');
    if (index + 1 < questions.length) setIndex(index + 1);
    else setFinished(true);
  };

  const restart = () => {
    setResults({});
    setFinished(false);
    setIndex(0);
  };

  if (finished) {
    const answered = Object.values(results);
    const right = answered.filter(Boolean).length;
    return (
      <section className={styles.panel} aria-labelledby="practice-study-done">
        <h2 id="practice-study-done" ref={summaryRef} tabIndex={-1}>
          {translate({id: 'practice.study.done', message: 'Fin de la serie: {title}'}, {title})}
        </h2>
        <p>
          {translate(
            {
              id: 'practice.study.summary',
              message: 'Respondiste {answered} de {total} preguntas: {right} bien y {wrong} mal.',
            },
            {answered: answered.length, total: questions.length, right, wrong: answered.length - right},
          )}
        </p>
        <div className={styles.buttons}>
          <button type="button" className="button button--primary" onClick={restart}>
            {translate({id: 'practice.study.again', message: 'Repetir la serie'})}
          </button>
          <button type="button" className="button button--secondary" onClick={onExit}>
            {translate({id: 'practice.back', message: 'Volver al menú de práctica'})}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className={styles.panel} aria-label={title}>
      <div className={styles.bar}>
        <p className={styles.setTitle}>{title}</p>
        <button type="button" className="button button--link" onClick={onExit}>
          {translate({id: 'practice.back', message: 'Volver al menú de práctica'})}
        </button>
      </div>
      <PracticeQuestion
        key={question.id}
        question={question}
        position={{number: index + 1, total: questions.length}}
        taskTitle={taskTitle(question.task)}
        chosen={chosen}
        onChange={setChosen}
        revealed={revealed}
        sectionLabel={sectionLabels[question.section] ?? question.section}
        headingRef={headingRef}
      />
      <p
        role="status"
        className={styles.status}
        data-result={revealed ? (results[question.id] ? 'right' : 'wrong') : undefined}>
        {status}
      </p>
      <div className={styles.buttons}>
        {revealed ? (
          <button type="button" ref={nextRef} className="button button--primary" onClick={next}>
            {index + 1 < questions.length
              ? translate({id: 'practice.study.next', message: 'Siguiente pregunta'})
              : translate({id: 'practice.study.finish', message: 'Terminar la serie'})}
          </button>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={check}>
              {translate({id: 'practice.study.check', message: 'Comprobar'})}
            </button>
            <button type="button" className="button button--secondary" onClick={next}>
              {translate({id: 'practice.study.skip', message: 'Saltar'})}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
