// Sample questions of domain 4, placeholders until the real ones replace this file (same export).
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  {
    id: 'sample-4-1-a',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Pregunta de ejemplo 4.1-a: ¿qué opción es correcta?',
      en: 'Sample question 4.1-a: which option is correct?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (4.1-a)', en: 'Sample option A (4.1-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción A.',
          en: 'Incorrect: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (4.1-a)', en: 'Sample option B (4.1-a)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción B.',
          en: 'Correct: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (4.1-a)', en: 'Sample option C (4.1-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (4.1-a)', en: 'Sample option D (4.1-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción D.',
          en: 'Incorrect: sample explanation of option D.',
        },
      },
    ],
    section: 'scaling/load-balancers#health-checks',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
  {
    id: 'sample-4-3-b',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Pregunta de ejemplo 4.3-b: ¿qué opción es correcta?',
      en: 'Sample question 4.3-b: which option is correct?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (4.3-b)', en: 'Sample option A (4.3-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción A.',
          en: 'Incorrect: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (4.3-b)', en: 'Sample option B (4.3-b)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción B.',
          en: 'Correct: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (4.3-b)', en: 'Sample option C (4.3-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (4.3-b)', en: 'Sample option D (4.3-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción D.',
          en: 'Incorrect: sample explanation of option D.',
        },
      },
    ],
    section: 'beyond/lambda#configuration-limits',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
];
