// The practice page's rules, kept apart from its components so the unit tests read them: scoring (as AWS
// scores a multiple-response question: all or nothing), and drawing a simulated exam by the domain weights.
import type {PracticeQuestion} from '../data/practice/types';

/** DVA-C03: 65 questions in 130 minutes (AWS's exam guide). */
export const EXAM_SIZE = 65;
export const EXAM_MINUTES = 130;

export const correctOptionIds = (question: PracticeQuestion): string[] =>
  question.options.filter((option) => option.correct).map((option) => option.id);

/**
 * Whether the chosen options are exactly the correct ones. A multiple-response question with one right option
 * missing, or one wrong option added, scores nothing, as on AWS's exam.
 */
export function isRight(question: PracticeQuestion, chosen: readonly string[]): boolean {
  const correct = correctOptionIds(question);
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((id) => picked.has(id));
}

/** The exam's pace (2 minutes a question) for an exam shorter than AWS's, since the bank is smaller. */
export const examMinutes = (count: number) =>
  count >= EXAM_SIZE ? EXAM_MINUTES : Math.ceil((count * EXAM_MINUTES) / EXAM_SIZE);

/**
 * How many questions each domain gets: `size` shared out by weight (largest remainder), no domain given more
 * than it has; what a domain cannot give goes to the others, again by weight.
 */
export function allocateByWeight(
  domains: readonly {id: string; weight: number; available: number}[],
  size: number,
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(domains.map((d) => [d.id, 0]));
  let left = Math.min(
    size,
    domains.reduce((sum, d) => sum + d.available, 0),
  );
  while (left > 0) {
    const open = domains.filter((d) => counts[d.id]! < d.available);
    const totalWeight = open.reduce((sum, d) => sum + d.weight, 0);
    const shares = open.map((d) => {
      const exact = totalWeight > 0 ? (left * d.weight) / totalWeight : left / open.length;
      return {d, whole: Math.min(Math.floor(exact), d.available - counts[d.id]!), rest: exact - Math.floor(exact)};
    });
    let given = 0;
    for (const {d, whole} of shares) {
      counts[d.id]! += whole;
      given += whole;
    }
    // The remainders, largest first (ties: the heavier domain, then map order), one question each.
    const byRest = shares
      .filter(({d}) => counts[d.id]! < d.available)
      .sort((a, b) => b.rest - a.rest || b.d.weight - a.d.weight);
    for (const {d} of byRest) {
      if (given >= left) break;
      counts[d.id]! += 1;
      given += 1;
    }
    left -= given;
  }
  return counts;
}

/** Fisher–Yates, with the random source given (tests pass a seeded one). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export interface DrawnExam {
  questions: PracticeQuestion[];
  /** How many each domain gave. */
  perDomain: Record<string, number>;
  /** False when the bank had fewer questions than the exam asks. */
  full: boolean;
}

/**
 * A simulated exam: `size` questions (65) drawn at random, each domain's share set by its weight. A bank with
 * fewer questions gives all it has, shared out as close to the weights as its domains allow.
 */
export function drawExam(
  domains: readonly {id: string; weight: number; questions: readonly PracticeQuestion[]}[],
  random: () => number = Math.random,
  size: number = EXAM_SIZE,
): DrawnExam {
  const perDomain = allocateByWeight(
    domains.map((d) => ({id: d.id, weight: d.weight, available: d.questions.length})),
    size,
  );
  const drawn = domains.flatMap((d) => shuffle(d.questions, random).slice(0, perDomain[d.id]));
  return {questions: shuffle(drawn, random), perDomain, full: drawn.length >= size};
}

export interface ExamScore {
  right: number;
  total: number;
  perDomain: {domain: string; right: number; total: number}[];
}

/** The result of an exam: unanswered questions count as wrong. `domainOf` maps a task to its domain. */
export function scoreExam(
  questions: readonly PracticeQuestion[],
  answers: Readonly<Record<string, readonly string[]>>,
  domains: readonly string[],
  domainOf: (task: string) => string,
): ExamScore {
  const perDomain = domains.map((domain) => ({domain, right: 0, total: 0}));
  let right = 0;
  for (const question of questions) {
    const ok = isRight(question, answers[question.id] ?? []);
    if (ok) right += 1;
    const entry = perDomain.find((d) => d.domain === domainOf(question.task));
    if (entry) {
      entry.total += 1;
      if (ok) entry.right += 1;
    }
  }
  return {right, total: questions.length, perDomain: perDomain.filter((d) => d.total > 0)};
}

/** A whole percentage, rounded down (so 71.9 % never reads as 72 %). */
export const percentOf = (right: number, total: number) => (total === 0 ? 0 : Math.floor((right * 100) / total));
