// The practice page's rules: scoring (all or nothing, as AWS scores multiple response), drawing an exam by
// the domain weights, and the progress kept in the browser (validation, import, tallies).
import {describe, expect, it} from 'vitest';
import type {PracticeQuestion} from '../../src/data/practice/types';
import {examGuide} from '../../src/data/exam';
import {allPracticeQuestions} from '../../src/data/practice/bank';
import {domainOfTask} from '../../src/data/practice';
import {
  EXAM_MINUTES,
  EXAM_SIZE,
  allocateByWeight,
  drawExam,
  examMinutes,
  isRight,
  percentOf,
  scoreExam,
} from '../../src/utils/practice';
import {
  PROGRESS_FORMAT,
  PROGRESS_KEY,
  emptyProgress,
  mergeProgress,
  parseProgress,
  readStoredProgress,
  recordAnswers,
  serializeProgress,
  sumTallies,
  tallyByTask,
  wrongQuestionIds,
  writeStoredProgress,
} from '../../src/utils/practiceProgress';

const option = (id: string, correct: boolean) => ({id, correct, text: {es: id, en: id}, explanation: {es: id, en: id}});

function question(id: string, task: string, correct: string[], count = correct.length > 1 ? 5 : 4): PracticeQuestion {
  const options = 'abcdefg'
    .slice(0, count)
    .split('')
    .map((o) => option(o, correct.includes(o)));
  const base = {
    id,
    task,
    stem: {es: id, en: id},
    section: 'x#y',
    source: {title: 't', url: 'https://docs.aws.amazon.com/'},
  };
  return count === 4
    ? {...base, kind: 'single', options: options as unknown as Extract<PracticeQuestion, {kind: 'single'}>['options']}
    : {
        ...base,
        kind: 'multiple',
        options: options as unknown as Extract<PracticeQuestion, {kind: 'multiple'}>['options'],
      };
}

/** A seeded random source (mulberry32), so draws are repeatable. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('scoring', () => {
  const single = question('s', '1.1', ['b']);
  const multiple = question('m', '1.1', ['a', 'd']);

  it('a single-answer question is right with its one correct option only', () => {
    expect(isRight(single, ['b'])).toBe(true);
    expect(isRight(single, ['a'])).toBe(false);
    expect(isRight(single, [])).toBe(false);
  });

  it('a multiple-response question is all or nothing: no credit for part of it', () => {
    expect(isRight(multiple, ['a', 'd'])).toBe(true);
    expect(isRight(multiple, ['d', 'a'])).toBe(true);
    expect(isRight(multiple, ['a'])).toBe(false);
    expect(isRight(multiple, ['a', 'd', 'e'])).toBe(false);
    expect(isRight(multiple, ['a', 'a'])).toBe(false);
  });

  it('an exam scores per domain, unanswered as wrong', () => {
    const questions = [question('q1', '1.1', ['a']), question('q2', '1.2', ['b']), question('q3', '3.1', ['a', 'b'])];
    const score = scoreExam(
      questions,
      {q1: ['a'], q3: ['a']},
      ['domain-1', 'domain-2', 'domain-3', 'domain-4'],
      domainOfTask,
    );
    expect(score).toEqual({
      right: 1,
      total: 3,
      perDomain: [
        {domain: 'domain-1', right: 1, total: 2},
        {domain: 'domain-3', right: 0, total: 1},
      ],
    });
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('drawing an exam by the domain weights', () => {
  const weights = examGuide.domains.map((d) => ({id: d.id, weight: d.weight}));

  it('shares 65 questions by weight when the bank is large: 30/26/22/22 % → 20/17/14/14', () => {
    const counts = allocateByWeight(
      weights.map((w) => ({...w, available: 100})),
      EXAM_SIZE,
    );
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(EXAM_SIZE);
    for (const w of weights) expect(Math.abs(counts[w.id]! - (EXAM_SIZE * w.weight) / 100)).toBeLessThan(1);
    expect(counts).toEqual({'domain-1': 20, 'domain-2': 17, 'domain-3': 14, 'domain-4': 14});
  });

  it('gives what a short domain lacks to the others, by weight', () => {
    const counts = allocateByWeight(
      weights.map((w) => ({...w, available: w.id === 'domain-2' ? 3 : 100})),
      EXAM_SIZE,
    );
    expect(counts['domain-2']).toBe(3);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(EXAM_SIZE);
    expect(counts['domain-1']!).toBeGreaterThan(counts['domain-3']!);
  });

  it('draws every question of a bank smaller than the exam, and says it is not full', () => {
    const bank = weights.map((w, i) => ({
      ...w,
      questions: [0, 1, 2].slice(0, i + 1).map((n) => question(`${w.id}-${n}`, `${i + 1}.1`, ['a'])),
    }));
    const drawn = drawExam(bank, seeded(1));
    expect(drawn.full).toBe(false);
    expect(drawn.questions.map((q) => q.id).sort()).toEqual(bank.flatMap((d) => d.questions.map((q) => q.id)).sort());
  });

  it('draws 65 distinct questions with the weights from a large bank, in random order', () => {
    const bank = weights.map((w, i) => ({
      ...w,
      questions: Array.from({length: 40}, (_, n) => question(`${w.id}-${n}`, `${i + 1}.1`, ['a'])),
    }));
    const first = drawExam(bank, seeded(7));
    expect(first.full).toBe(true);
    expect(first.questions).toHaveLength(EXAM_SIZE);
    expect(new Set(first.questions.map((q) => q.id)).size).toBe(EXAM_SIZE);
    expect(first.perDomain).toEqual({'domain-1': 20, 'domain-2': 17, 'domain-3': 14, 'domain-4': 14});
    for (const [domain, count] of Object.entries(first.perDomain)) {
      expect(first.questions.filter((q) => domainOfTask(q.task) === domain)).toHaveLength(count);
    }
    const second = drawExam(bank, seeded(8));
    expect(second.questions.map((q) => q.id)).not.toEqual(first.questions.map((q) => q.id));
  });

  it('draws from the real bank without error, whatever its size', () => {
    const bank = examGuide.domains.map((d) => ({
      ...d,
      questions: allPracticeQuestions.filter((q) => domainOfTask(q.task) === d.id),
    }));
    const drawn = drawExam(bank, seeded(3));
    expect(drawn.questions).toHaveLength(Math.min(EXAM_SIZE, allPracticeQuestions.length));
  });

  it('keeps the exam’s pace: 130 minutes for 65, 2 minutes a question for fewer', () => {
    expect(examMinutes(65)).toBe(EXAM_MINUTES);
    expect(examMinutes(10)).toBe(20);
    expect(examMinutes(11)).toBe(22);
  });
});

describe('progress', () => {
  const at = '2026-12-03T10:00:00.000Z';
  const later = '2026-12-04T10:00:00.000Z';
  const saved = recordAnswers(
    emptyProgress,
    [
      {id: 'q-one', task: '1.1', right: true},
      {id: 'q-two', task: '1.1', right: false},
      {id: 'q-three', task: '2.3', right: false},
    ],
    at,
  );

  it('records answers and tallies them per task, by the last answer', () => {
    const again = recordAnswers(saved, [{id: 'q-two', task: '1.1', right: true}], later);
    expect(again.questions['q-two']).toEqual({task: '1.1', right: 1, wrong: 1, last: 'right', at: later});
    expect(tallyByTask(again)).toEqual({
      '1.1': {answered: 2, right: 2, wrong: 0},
      '2.3': {answered: 1, right: 0, wrong: 1},
    });
    expect(wrongQuestionIds(again)).toEqual(['q-three']);
    expect(sumTallies([{answered: 1, right: 1, wrong: 0}, undefined, {answered: 2, right: 0, wrong: 2}])).toEqual({
      answered: 3,
      right: 1,
      wrong: 2,
    });
  });

  it('reads back its own export', () => {
    expect(parseProgress(serializeProgress(saved))).toEqual({ok: true, progress: saved});
  });

  it.each([
    ['not JSON', '{"format": ', 'not-json'],
    ['another JSON file', '{"name": "apuntes-aws"}', 'not-progress'],
    ['an array', '[]', 'not-progress'],
    ['a newer version', JSON.stringify({format: PROGRESS_FORMAT, version: 2, questions: {}}), 'newer-version'],
    ['no version', JSON.stringify({format: PROGRESS_FORMAT, questions: {}}), 'not-progress'],
    ['a bad id', JSON.stringify({...saved, questions: {'Not An Id': saved.questions['q-one']}}), 'bad-entry'],
    ['a bad task', JSON.stringify({...saved, questions: {q: {...saved.questions['q-one'], task: 'x'}}}), 'bad-entry'],
    [
      'a negative count',
      JSON.stringify({...saved, questions: {q: {...saved.questions['q-one'], right: -1}}}),
      'bad-entry',
    ],
    [
      'a fractional count',
      JSON.stringify({...saved, questions: {q: {...saved.questions['q-one'], right: 1.5}}}),
      'bad-entry',
    ],
    [
      'a last answer never given',
      JSON.stringify({...saved, questions: {q: {...saved.questions['q-one'], last: 'wrong'}}}),
      'bad-entry',
    ],
    [
      'a bad date',
      JSON.stringify({...saved, questions: {q: {...saved.questions['q-one'], at: 'yesterday'}}}),
      'bad-entry',
    ],
  ])('refuses %s', (_, text, error) => {
    const result = parseProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('keeps only known fields of a valid file', () => {
    const text = JSON.stringify({...saved, extra: 1, questions: {'q-one': {...saved.questions['q-one'], note: 'x'}}});
    const result = parseProgress(text);
    expect(result.ok && result.progress).toEqual({
      format: PROGRESS_FORMAT,
      version: 1,
      questions: {'q-one': saved.questions['q-one']},
    });
  });

  it('merges an import: the record answered last wins, nothing is lost', () => {
    const other = recordAnswers(
      emptyProgress,
      [
        {id: 'q-two', task: '1.1', right: true},
        {id: 'q-four', task: '4.1', right: true},
      ],
      later,
    );
    const merged = mergeProgress(saved, other);
    expect(Object.keys(merged.questions).sort()).toEqual(['q-four', 'q-one', 'q-three', 'q-two']);
    expect(merged.questions['q-two']!.last).toBe('right');
    expect(mergeProgress(other, saved).questions['q-two']!.last).toBe('right');
  });

  it('stores under one versioned key, and reads broken storage as empty progress', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    } as Storage;
    expect(writeStoredProgress(storage, saved)).toBe(true);
    expect([...store.keys()]).toEqual([PROGRESS_KEY]);
    expect(readStoredProgress(storage)).toEqual(saved);
    store.set(PROGRESS_KEY, '{broken');
    expect(readStoredProgress(storage)).toEqual(emptyProgress);
    expect(readStoredProgress(undefined)).toEqual(emptyProgress);
    writeStoredProgress(storage, emptyProgress);
    expect(store.size).toBe(0);
    const full = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(writeStoredProgress(full, saved)).toBe(false);
  });
});
