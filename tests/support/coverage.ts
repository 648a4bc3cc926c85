// Measures how much of the original notes reaches the site: for each seed line of 4+ words, the share
// of its words found on the planned page, forgiving accents, case and the spelling fixes we made.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot, type PlannedPage} from './plan';

export const LINE_THRESHOLD = 0.75;

export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9ñ]+/)
    .filter(Boolean);
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

/** Typo tolerance grows with word length: "tragajo" still counts as "trabajo". */
function typoLimit(word: string): number {
  if (word.length >= 7) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

export interface LineCoverage {
  line: number;
  text: string;
  share: number;
}

export function seedLines(): string[] {
  return readFileSync(join(repoRoot, 'notes', 'apuntes-originales.txt'), 'utf8').split('\n');
}

export function coverPage(page: PlannedPage, pageText: string, seed: string[]): LineCoverage[] {
  const vocabulary = new Set(words(pageText));
  const vocabularyList = [...vocabulary];
  const found = (word: string) =>
    vocabulary.has(word) || vocabularyList.some((candidate) => editDistanceAtMost(word, candidate, typoLimit(word)));
  return page.seedLines
    .map((line) => ({line, text: seed[line - 1] ?? '', lineWords: words(seed[line - 1] ?? '')}))
    .filter(({lineWords}) => lineWords.length >= 4)
    .map(({line, text, lineWords}) => ({
      line,
      text,
      share: lineWords.filter(found).length / lineWords.length,
    }));
}
