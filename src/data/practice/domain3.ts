// Sample questions of domain 3, placeholders until the real ones replace this file (same export).
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  {
    id: 'sample-3-3-a',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Pregunta de ejemplo 3.3-a: ¿qué opción es correcta?',
      en: 'Sample question 3.3-a: which option is correct?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (3.3-a)', en: 'Sample option A (3.3-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción A.',
          en: 'Incorrect: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (3.3-a)', en: 'Sample option B (3.3-a)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción B.',
          en: 'Correct: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (3.3-a)', en: 'Sample option C (3.3-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (3.3-a)', en: 'Sample option D (3.3-a)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción D.',
          en: 'Incorrect: sample explanation of option D.',
        },
      },
    ],
    section: 'beyond/deployment#codedeploy',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
  {
    id: 'sample-3-1-b',
    task: '3.1',
    kind: 'multiple',
    stem: {
      es: 'Pregunta de ejemplo 3.1-b: ¿qué opciones son correctas? (Elige dos.)',
      en: 'Sample question 3.1-b: which options are correct? (Choose two.)',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (3.1-b)', en: 'Sample option A (3.1-b)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción A.',
          en: 'Correct: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (3.1-b)', en: 'Sample option B (3.1-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción B.',
          en: 'Incorrect: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (3.1-b)', en: 'Sample option C (3.1-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (3.1-b)', en: 'Sample option D (3.1-b)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción D.',
          en: 'Correct: sample explanation of option D.',
        },
      },
      {
        id: 'e',
        text: {es: 'Opción E de ejemplo (3.1-b)', en: 'Sample option E (3.1-b)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción E.',
          en: 'Incorrect: sample explanation of option E.',
        },
      },
    ],
    section: 'development/elastic-beanstalk#rolling',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
  {
    id: 'sample-3-2-c',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Pregunta de ejemplo 3.2-c: ¿qué opción es correcta?',
      en: 'Sample question 3.2-c: which option is correct?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Opción A de ejemplo (3.2-c)', en: 'Sample option A (3.2-c)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción A.',
          en: 'Incorrect: sample explanation of option A.',
        },
      },
      {
        id: 'b',
        text: {es: 'Opción B de ejemplo (3.2-c)', en: 'Sample option B (3.2-c)'},
        correct: true,
        explanation: {
          es: 'Correcta: explicación de ejemplo de la opción B.',
          en: 'Correct: sample explanation of option B.',
        },
      },
      {
        id: 'c',
        text: {es: 'Opción C de ejemplo (3.2-c)', en: 'Sample option C (3.2-c)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción C.',
          en: 'Incorrect: sample explanation of option C.',
        },
      },
      {
        id: 'd',
        text: {es: 'Opción D de ejemplo (3.2-c)', en: 'Sample option D (3.2-c)'},
        correct: false,
        explanation: {
          es: 'Incorrecta: explicación de ejemplo de la opción D.',
          en: 'Incorrect: sample explanation of option D.',
        },
      },
    ],
    section: 'beyond/deployment#sam-cli',
    source: {title: 'AWS documentation (sample)', url: 'https://docs.aws.amazon.com/'},
  },
];
