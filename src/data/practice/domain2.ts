// Sample questions of domain 2, placeholders until the real ones replace this file (same export).
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  {
    id: 'sample-2-1-a',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Pregunta de ejemplo 2.1-a: ¿qué opción es correcta?',
      en: 'Sample question 2.1-a: which option is correct?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (2.1-a)', en: 'Sample option A (2.1-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción A.',
          en: 'Incorrect: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (2.1-a)', en: 'Sample option B (2.1-a)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción B.',
          en: 'Correct: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (2.1-a)', en: 'Sample option C (2.1-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (2.1-a)', en: 'Sample option D (2.1-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción D.',
          en: 'Incorrect: sample explanation of option D.',
        },
      },
    ],
    section: 'fundamentals/iam#credentials',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
  {
    id: 'sample-2-2-b',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Pregunta de ejemplo 2.2-b: ¿qué opción es correcta?',
      en: 'Sample question 2.2-b: which option is correct?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (2.2-b)', en: 'Sample option A (2.2-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción A.',
          en: 'Incorrect: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (2.2-b)', en: 'Sample option B (2.2-b)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción B.',
          en: 'Correct: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (2.2-b)', en: 'Sample option C (2.2-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (2.2-b)', en: 'Sample option D (2.2-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción D.',
          en: 'Incorrect: sample explanation of option D.',
        },
      },
    ],
    section: 's3/encryption-and-security#client-side-encryption',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
];
