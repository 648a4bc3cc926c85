// The practice question bank (src/data/practice/domain*.ts): every question is well formed, in both
// languages, tied to a task of the exam map and to a section of the current edition that exists. The shape
// itself (every option explained, both languages, 4 or ≥ 5 options) is checked by the type; this checks
// what a type cannot. No test depends on how many questions there are or what they say.
import {describe, expect, it} from 'vitest';
import {allPracticeQuestions, practiceBank} from '../../src/data/practice/bank';
import type {PracticeQuestion} from '../../src/data/practice/types';
import {examGuide} from '../../src/data/exam';
import {examTasks} from '../../src/data/examGuide';
import {locales} from '../../src/data/locales';
import {headingIds, readDoc} from '../support/docs';

const filled = (text: string | undefined) => (text ?? '').trim().length > 0;
const taskIds = examTasks(examGuide).map((task) => task.id);
const cases = allPracticeQuestions.map((question) => [question.id, question] as const);

/** How a stem says how many answers to choose, per language: 2 → 'two' / 'dos' (or the digit). */
const countWords: Record<(typeof locales)[number], readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six'],
  es: ['cero', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis'],
};

describe('the practice question bank', () => {
  it('has one file per domain of the exam map, and questions', () => {
    expect(Object.keys(practiceBank)).toEqual(examGuide.domains.map((domain) => domain.id));
    expect(allPracticeQuestions.length).toBeGreaterThan(0);
  });

  it('gives every question a unique, stable kebab-case id', () => {
    const ids = allPracticeQuestions.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(Object.entries(practiceBank))('%s holds only questions of its own tasks', (domain, questions) => {
    for (const question of questions) expect(`domain-${question.task.split('.')[0]}`, question.id).toBe(domain);
  });
});

describe.each(cases)('question %s', (_, question: PracticeQuestion) => {
  const correct = question.options.filter((option) => option.correct);

  it('tests a task of the exam map', () => {
    expect(taskIds).toContain(question.task);
  });

  it('has its stem, options and explanations in both languages', () => {
    for (const locale of locales) {
      expect(filled(question.stem[locale]), `stem ${locale}`).toBe(true);
      for (const option of question.options) {
        expect(filled(option.text[locale]), `option ${option.id} ${locale}`).toBe(true);
        expect(filled(option.explanation[locale]), `explanation of ${option.id} ${locale}`).toBe(true);
      }
    }
    expect(question.stem.en).not.toBe(question.stem.es);
  });

  it('names its options a, b, c… in order', () => {
    expect(question.options.map((option) => option.id)).toEqual(
      question.options.map((_, i) => String.fromCharCode(97 + i)),
    );
  });

  it('has no two options with the same text', () => {
    for (const locale of locales) {
      const texts = question.options.map((option) => option.text[locale].trim());
      expect(new Set(texts).size, locale).toBe(texts.length);
    }
  });

  if (question.kind === 'single') {
    it('single answer: exactly 1 correct of 4', () => {
      expect(question.options).toHaveLength(4);
      expect(correct).toHaveLength(1);
    });
  } else {
    it('multiple response: at least 2 correct of at least 5, fewer than all, and the stem says how many', () => {
      expect(question.options.length).toBeGreaterThanOrEqual(5);
      expect(correct.length).toBeGreaterThanOrEqual(2);
      expect(correct.length).toBeLessThan(question.options.length);
      for (const locale of locales) {
        const word = countWords[locale][correct.length]!;
        const says = new RegExp(`\\b(?:${word}|${correct.length})\\b`, 'iu');
        expect(question.stem[locale], `${locale} stem must say "${word}"`).toMatch(says);
      }
    });
  }

  it('links a section of the current edition that exists, in both languages', () => {
    expect(question.section).toMatch(/^[\w/-]+#[\w-]+$/);
    const [slug, id] = question.section.split('#') as [string, string];
    for (const locale of locales) {
      const source = readDoc(slug, locale);
      expect(source, `${slug} (${locale}) is missing`).toBeDefined();
      expect(headingIds(source!), locale).toContain(id);
    }
  });

  it('cites an AWS documentation page', () => {
    expect(filled(question.source.title)).toBe(true);
    const url = new URL(question.source.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname.endsWith('aws.amazon.com'), question.source.url).toBe(true);
  });
});
