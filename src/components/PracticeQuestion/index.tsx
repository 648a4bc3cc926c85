// One practice question: its stem and options as a radio group (one answer) or a group of checkboxes
// (several), and, once revealed, which options are correct, why each is right or wrong, the section of the
// notes that teaches it and the AWS page that decides it. Nothing of the answer is rendered before that.
import {useId, type ReactNode, type Ref} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import InlineCode from '@site/src/components/InlineCode';
import type {PracticeOption, PracticeQuestion as Question} from '@site/src/data/practice';
import {correctOptionIds} from '@site/src/utils/practice';
import {useLocale} from '@site/src/utils/useLocale';
import styles from './styles.module.css';

export interface PracticeQuestionProps {
  question: Question;
  /** "Question 2 of 5". */
  position: {number: number; total: number};
  taskTitle: string;
  chosen: readonly string[];
  onChange?: (chosen: string[]) => void;
  revealed: boolean;
  sectionLabel: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Extra content under the heading line (the exam's flag button). */
  actions?: ReactNode;
  /** h2 on its own, h3 in the exam's review. */
  headingLevel?: 'h2' | 'h3';
}

function optionVerdict(option: PracticeOption, chosen: boolean): string {
  if (option.correct) {
    return chosen
      ? translate({id: 'practice.option.rightChosen', message: 'Correcta: la elegiste.'})
      : translate({id: 'practice.option.rightMissed', message: 'Correcta: no la elegiste.'});
  }
  return chosen
    ? translate({id: 'practice.option.wrongChosen', message: 'Incorrecta: la elegiste.'})
    : translate({id: 'practice.option.wrong', message: 'Incorrecta.'});
}

const letter = (index: number) => String.fromCharCode(65 + index);

export default function PracticeQuestion({
  question,
  position,
  taskTitle,
  chosen,
  onChange,
  revealed,
  sectionLabel,
  headingRef,
  actions,
  headingLevel: HeadingTag = 'h2',
}: PracticeQuestionProps): ReactNode {
  const locale = useLocale();
  const id = useId();
  const multiple = question.kind === 'multiple';
  const count = correctOptionIds(question).length;

  const toggle = (optionId: string, checked: boolean) => {
    if (revealed || !onChange) return;
    if (!multiple) onChange([optionId]);
    else onChange(checked ? [...chosen, optionId] : chosen.filter((c) => c !== optionId));
  };

  return (
    // Practice, not reference: out of the search index.
    <article
      className={styles.question}
      aria-labelledby={`${id}-heading`}
      data-pagefind-ignore="all"
      data-question={question.id}>
      <HeadingTag id={`${id}-heading`} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {translate({id: 'practice.question.position', message: 'Pregunta {number} de {total}'}, position)}
      </HeadingTag>
      <p className={styles.meta}>
        {translate(
          {id: 'practice.question.task', message: 'Tarea {task}: {title}'},
          {task: question.task, title: taskTitle},
        )}
        {' · '}
        {multiple
          ? translate({id: 'practice.question.chooseMany', message: 'Elige {count} respuestas'}, {count})
          : translate({id: 'practice.question.chooseOne', message: 'Elige una respuesta'})}
      </p>
      {actions}
      <fieldset className={styles.fieldset}>
        <legend className={styles.stem}>
          <InlineCode text={question.stem[locale]} />
        </legend>
        {question.options.map((option, index) => {
          const inputId = `${id}-${option.id}`;
          const isChosen = chosen.includes(option.id);
          return (
            <div
              key={option.id}
              className={clsx(
                styles.option,
                isChosen && styles.chosen,
                revealed && (option.correct ? styles.right : styles.wrong),
              )}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={inputId}
                name={`${id}-options`}
                value={option.id}
                checked={isChosen}
                disabled={revealed || !onChange}
                onChange={(event) => toggle(option.id, event.target.checked)}
                aria-describedby={revealed ? `${inputId}-why` : undefined}
              />
              <label htmlFor={inputId}>
                <span className={styles.letter}>{letter(index)}.</span> <InlineCode text={option.text[locale]} />
              </label>
              {revealed && (
                <p id={`${inputId}-why`} className={styles.explanation}>
                  <strong>
                    <span aria-hidden="true">{option.correct ? '✓ ' : '✗ '}</span>
                    {optionVerdict(option, isChosen)}
                  </strong>{' '}
                  <InlineCode text={option.explanation[locale]} />
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      {revealed && (
        <ul className={styles.sources}>
          <li>
            {translate({id: 'practice.question.learn', message: 'Dónde se explica:'})}{' '}
            <Link to={`/docs/${question.section}`}>{sectionLabel}</Link>
          </li>
          <li>
            {translate({id: 'practice.question.source', message: 'Documentación de AWS:'})}{' '}
            <Link href={question.source.url}>{question.source.title}</Link>
          </li>
        </ul>
      )}
    </article>
  );
}
