// Practice questions in the style of DVA-C03 (AWS's guide: multiple choice, one correct answer of four;
// multiple response, two or more correct of five or more), one typed bilingual source per question.
// A question with a missing translation, an option without its explanation, or the wrong number of options is
// a type error; the right number of correct options is checked by tests/unit/practice.test.ts.
import type {Localized} from '../locales';

export interface PracticeOption {
  /** 'a', 'b', … : stable, so progress and shared links survive edits of the text. */
  readonly id: string;
  readonly text: Localized;
  readonly correct: boolean;
  /** Why this option is right, or why it is wrong: every option has one. */
  readonly explanation: Localized;
}

interface QuestionBase {
  /** Stable kebab-case id, unique site-wide, used in `?q=<id>` and in saved progress. */
  readonly id: string;
  /** The DVA-C03 task it tests: '1.1' … '4.3'. */
  readonly task: string;
  /** The scenario and the question, in the candidate's situation (not a definition to recite). */
  readonly stem: Localized;
  /** The section of this site that teaches it: 'slug#section-id' of the current edition. */
  readonly section: string;
  /** The AWS documentation page that decides the answer. */
  readonly source: {readonly title: string; readonly url: string};
}

/** One correct answer among four options. */
export interface SingleAnswerQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly [PracticeOption, PracticeOption, PracticeOption, PracticeOption];
}

/** Two or more correct answers among five or more options; the stem says how many to choose. */
export interface MultipleAnswerQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly options: readonly [
    PracticeOption,
    PracticeOption,
    PracticeOption,
    PracticeOption,
    PracticeOption,
    ...PracticeOption[],
  ];
}

export type PracticeQuestion = SingleAnswerQuestion | MultipleAnswerQuestion;
