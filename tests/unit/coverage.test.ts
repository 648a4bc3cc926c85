import {describe, expect, it} from 'vitest';
import {coverPage, LINE_THRESHOLD, seedLines, words} from '../support/coverage';
import {docsVersions, readDoc} from '../support/docs';
import {plannedPages} from '../support/plan';

// Both editions carry every statement of the notes: dva-c01 as written, the current one corrected in place.
describe.each(docsVersions)('content coverage of the original notes in the %s edition', (version) => {
  const seed = seedLines();
  const results = plannedPages(version).flatMap((page) =>
    coverPage(page, readDoc(page.slug, 'es', version) ?? '', seed).map((r) => ({...r, slug: page.slug})),
  );
  const covered = results.filter((r) => r.share >= LINE_THRESHOLD);
  const percentage = (100 * covered.length) / results.length;

  it('checks every seed line of 4+ words, and finds nothing on an empty page', () => {
    expect(results).toHaveLength(seed.filter((line) => words(line).length >= 4).length);
    const emptyPage = coverPage(plannedPages()[0], '', seed);
    expect(emptyPage.every((r) => r.share === 0)).toBe(true);
  });

  it('finds at least 95 % of the notes’ lines on their planned page', () => {
    const missing = results.filter((r) => r.share < LINE_THRESHOLD);
    console.log(
      `Content coverage (${version}): ${covered.length}/${results.length} lines (${percentage.toFixed(1)} %)` +
        missing
          .map((r) => `\n  missing L${r.line} on ${r.slug} (${Math.round(r.share * 100)} %): ${r.text.trim()}`)
          .join(''),
    );
    expect(percentage).toBeGreaterThanOrEqual(95);
  });
});
