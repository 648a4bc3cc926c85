// Exam mode: the drawn questions against a countdown, with no feedback until the end; questions can be
// flagged for review and visited in any order. At the end (the reader finishes, or time runs out): the score,
// the result per domain, and every question with the reader's answer and the explanations.
import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import PracticeQuestion from '@site/src/components/PracticeQuestion';
import type {PracticeQuestion as Question} from '@site/src/data/practice';
import {domainOfTask} from '@site/src/data/practice';
import {isRight, percentOf, scoreExam, type ExamScore} from '@site/src/utils/practice';
import {recordAnswers} from '@site/src/utils/practiceProgress';
import {updatePracticeProgress} from '@site/src/utils/usePracticeProgress';
import styles from './styles.module.css';

export interface PracticeExamProps {
  questions: readonly Question[];
  minutes: number;
  domains: readonly {id: string; title: string}[];
  taskTitle: (task: string) => string;
  sectionLabels: Record<string, string>;
  onExit: () => void;
}

/** 7,805 s → '2:10:05'. */
function clock(seconds: number): string {
  const s = Math.max(0, seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

function Result({
  score,
  questions,
  answers,
  domains,
  taskTitle,
  sectionLabels,
  timedOut,
  onExit,
}: {
  score: ExamScore;
  questions: readonly Question[];
  answers: Record<string, string[]>;
  domains: readonly {id: string; title: string}[];
  taskTitle: (task: string) => string;
  sectionLabels: Record<string, string>;
  timedOut: boolean;
  onExit: () => void;
}): ReactNode {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const title = (domain: string) => domains.find((d) => d.id === domain)?.title ?? domain;
  return (
    <section className={styles.result} aria-labelledby="practice-exam-result">
      <h2 id="practice-exam-result" ref={headingRef} tabIndex={-1}>
        {translate({id: 'practice.exam.result', message: 'Resultado del examen'})}
      </h2>
      {timedOut && (
        <p>{translate({id: 'practice.exam.timedOut', message: 'Se acabó el tiempo: el examen terminó solo.'})}</p>
      )}
      <p className={styles.score} data-score={`${score.right}/${score.total}`}>
        {translate(
          {id: 'practice.exam.score', message: 'Acertaste {right} de {total} preguntas ({percent} %).'},
          {right: score.right, total: score.total, percent: percentOf(score.right, score.total)},
        )}
      </p>
      <table className={styles.domains}>
        <caption>{translate({id: 'practice.exam.perDomain', message: 'Resultado por dominio'})}</caption>
        <thead>
          <tr>
            <th scope="col">{translate({id: 'practice.table.domain', message: 'Dominio'})}</th>
            <th scope="col">{translate({id: 'practice.table.right', message: 'Bien'})}</th>
            <th scope="col">{translate({id: 'practice.table.questions', message: 'Preguntas'})}</th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          {score.perDomain.map((d) => (
            <tr key={d.domain} data-domain={d.domain}>
              <th scope="row">{title(d.domain)}</th>
              <td>{d.right}</td>
              <td>{d.total}</td>
              <td>{percentOf(d.right, d.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--secondary margin-bottom--lg" onClick={onExit}>
        {translate({id: 'practice.back', message: 'Volver al menú de práctica'})}
      </button>
      <h2>{translate({id: 'practice.exam.review', message: 'Revisión de las respuestas'})}</h2>
      <ol className={styles.review}>
        {questions.map((question, index) => {
          const chosen = answers[question.id] ?? [];
          const verdict =
            chosen.length === 0
              ? translate({id: 'practice.exam.unanswered', message: 'Sin responder'})
              : isRight(question, chosen)
                ? translate({id: 'practice.exam.right', message: 'Bien'})
                : translate({id: 'practice.exam.wrong', message: 'Mal'});
          return (
            <li key={question.id}>
              <PracticeQuestion
                question={question}
                position={{number: index + 1, total: questions.length}}
                taskTitle={taskTitle(question.task)}
                chosen={chosen}
                revealed
                sectionLabel={sectionLabels[question.section] ?? question.section}
                headingLevel="h3"
                actions={<p className={styles.verdict}>{verdict}</p>}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default function PracticeExam({
  questions,
  minutes,
  domains,
  taskTitle,
  sectionLabels,
  onExit,
}: PracticeExamProps): ReactNode {
  const [endsAt] = useState(() => Date.now() + minutes * 60_000);
  const [now, setNow] = useState(() => Date.now());
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{score: ExamScore; timedOut: boolean}>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const question = questions[index]!;
  const secondsLeft = Math.ceil((endsAt - now) / 1000);

  // The answers as of the last render, for the countdown's end (a callback that must not re-run the timer).
  const answersRef = useRef(answers);
  answersRef.current = answers;
  const finished = useRef(false);

  const finish = useCallback(
    (timedOut: boolean) => {
      if (finished.current) return;
      finished.current = true;
      const current = answersRef.current;
      const score = scoreExam(
        questions,
        current,
        domains.map((d) => d.id),
        domainOfTask,
      );
      const answered = questions
        .filter((q) => (current[q.id] ?? []).length > 0)
        .map((q) => ({id: q.id, task: q.task, right: isRight(q, current[q.id]!)}));
      updatePracticeProgress((progress) => recordAnswers(progress, answered, new Date().toISOString()));
      setResult({score, timedOut});
    },
    [questions, domains],
  );

  useEffect(() => {
    if (result) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [result]);
  useEffect(() => {
    if (!result && secondsLeft <= 0) finish(true);
  }, [secondsLeft, result, finish]);

  // Focus follows the reader: the question's heading when they move to another, the confirmation when asked.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (result) {
    return (
      <Result
        score={result.score}
        questions={questions}
        answers={answers}
        domains={domains}
        taskTitle={taskTitle}
        sectionLabels={sectionLabels}
        timedOut={result.timedOut}
        onExit={onExit}
      />
    );
  }

  const answeredCount = questions.filter((q) => (answers[q.id] ?? []).length > 0).length;
  const isFlagged = flagged.has(question.id);
  const toggleFlag = () =>
    setFlagged((before) => {
      const after = new Set(before);
      if (after.has(question.id)) after.delete(question.id);
      else after.add(question.id);
      return after;
    });
  const goTo = (target: number) => {
    setConfirming(false);
    setIndex(target);
    if (target === index) headingRef.current?.focus();
  };

  return (
    <section
      className={styles.exam}
      aria-label={translate({id: 'practice.exam.label', message: 'Simulacro de examen'})}>
      <div className={styles.bar}>
        <p className={styles.timer}>
          {translate({id: 'practice.exam.timeLeft', message: 'Tiempo restante:'})}{' '}
          {/* A timer is not announced every second (role timer is not live); the reader looks when they want. */}
          <span role="timer" className={styles.clock}>
            {clock(secondsLeft)}
          </span>
        </p>
        <p className={styles.count}>
          {translate(
            {id: 'practice.exam.answered', message: '{answered} de {total} respondidas'},
            {answered: answeredCount, total: questions.length},
          )}
        </p>
      </div>
      <PracticeQuestion
        key={question.id}
        question={question}
        position={{number: index + 1, total: questions.length}}
        taskTitle={taskTitle(question.task)}
        chosen={answers[question.id] ?? []}
        onChange={(chosen) => setAnswers((before) => ({...before, [question.id]: chosen}))}
        revealed={false}
        sectionLabel=""
        headingRef={headingRef}
        actions={
          <button
            type="button"
            className={clsx('button button--sm button--outline button--secondary', styles.flag)}
            aria-pressed={isFlagged}
            onClick={toggleFlag}>
            <span aria-hidden="true">{isFlagged ? '⚑ ' : '⚐ '}</span>
            {translate({id: 'practice.exam.flag', message: 'Marcar para revisar'})}
          </button>
        }
      />
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--secondary"
          disabled={index === 0}
          onClick={() => goTo(index - 1)}>
          {translate({id: 'practice.exam.previous', message: 'Anterior'})}
        </button>
        {index + 1 < questions.length && (
          <button type="button" className="button button--primary" onClick={() => goTo(index + 1)}>
            {translate({id: 'practice.exam.next', message: 'Siguiente'})}
          </button>
        )}
        <button type="button" className="button button--outline button--primary" onClick={() => setConfirming(true)}>
          {translate({id: 'practice.exam.finish', message: 'Terminar el examen'})}
        </button>
      </div>
      {confirming && (
        <div className={styles.confirm} role="group" aria-labelledby="practice-exam-confirm">
          <h2 id="practice-exam-confirm" ref={confirmRef} tabIndex={-1} className={styles.confirmTitle}>
            {translate({id: 'practice.exam.confirm', message: '¿Terminar el examen?'})}
          </h2>
          <p>
            {translate(
              {
                id: 'practice.exam.confirmText',
                message: 'Sin responder: {unanswered}. Marcadas para revisar: {flagged}.',
              },
              {unanswered: questions.length - answeredCount, flagged: flagged.size},
            )}
          </p>
          <div className={styles.buttons}>
            <button type="button" className="button button--primary" onClick={() => finish(false)}>
              {translate({id: 'practice.exam.confirmYes', message: 'Terminar y ver el resultado'})}
            </button>
            <button type="button" className="button button--secondary" onClick={() => goTo(index)}>
              {translate({id: 'practice.exam.confirmNo', message: 'Seguir con el examen'})}
            </button>
          </div>
        </div>
      )}
      <nav className={styles.nav} aria-label={translate({id: 'practice.exam.nav', message: 'Preguntas del examen'})}>
        <ol>
          {questions.map((q, i) => {
            const answered = (answers[q.id] ?? []).length > 0;
            const flag = flagged.has(q.id);
            const state = [
              answered
                ? translate({id: 'practice.exam.nav.answered', message: 'respondida'})
                : translate({id: 'practice.exam.nav.unanswered', message: 'sin responder'}),
              ...(flag ? [translate({id: 'practice.exam.nav.flagged', message: 'marcada para revisar'})] : []),
            ].join(', ');
            return (
              <li key={q.id}>
                <button
                  type="button"
                  className={clsx(styles.navButton, answered && styles.answered, flag && styles.flagged)}
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={translate(
                    {id: 'practice.exam.nav.item', message: 'Pregunta {number}: {state}'},
                    {number: i + 1, state},
                  )}
                  onClick={() => goTo(i)}>
                  {i + 1}
                  {flag && <span aria-hidden="true">⚑</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </section>
  );
}
