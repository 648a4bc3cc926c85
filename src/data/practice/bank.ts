// The whole question bank at once, for the build (src/plugins/practice) and the tests. The browser never
// imports this module: it loads one domain file at a time (./index.ts).
import {questions as domain1} from './domain1';
import {questions as domain2} from './domain2';
import {questions as domain3} from './domain3';
import {questions as domain4} from './domain4';
import type {PracticeQuestion} from './types';

/** Each domain file's questions, by the exam map's domain id. */
export const practiceBank: Readonly<Record<string, readonly PracticeQuestion[]>> = {
  'domain-1': domain1,
  'domain-2': domain2,
  'domain-3': domain3,
  'domain-4': domain4,
};

export const allPracticeQuestions: readonly PracticeQuestion[] = Object.values(practiceBank).flat();
