// The practice page (/practice): study mode with feedback and shared links, the practice exam to its result,
// progress kept across reloads, shown on the exam map, exported and imported. Questions are picked from the
// bank's data, never by their text or number.
import {readFileSync} from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect, hydrated} from './fixtures';
import {allPracticeQuestions} from '../../src/data/practice/bank';
import type {PracticeQuestion} from '../../src/data/practice/types';
import {examGuide} from '../../src/data/exam';
import {localePrefix, type Locale} from '../../src/data/locales';
import {EXAM_MINUTES as EXAM_MINUTES_MAX, EXAM_SIZE} from '../../src/utils/practice';
import {PROGRESS_KEY} from '../../src/utils/practiceProgress';

const byId = new Map(allPracticeQuestions.map((q) => [q.id, q]));
const labels = {
  es: {
    set: 'Qué practicar',
    start: 'Empezar',
    check: 'Comprobar',
    next: 'Siguiente pregunta',
    finish: 'Terminar la serie',
    right: '¡Correcto!',
    wrong: /^Incorrecto/,
  },
  en: {
    set: 'What to practise',
    start: 'Start',
    check: 'Check',
    next: 'Next question',
    finish: 'Finish the set',
    right: 'Correct!',
    wrong: /^Incorrect/,
  },
} as const;

/** The task with the most questions, so a set has at least one (and a second one if the bank has it). */
const task = [...new Set(allPracticeQuestions.map((q) => q.task))]
  .map((id) => ({id, questions: allPracticeQuestions.filter((q) => q.task === id)}))
  .sort((a, b) => b.questions.length - a.questions.length)[0]!;

const correctIds = (q: PracticeQuestion) => q.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (q: PracticeQuestion) => [q.options.find((o) => !o.correct)!.id];

/** The question on screen, from its `data-question` attribute. */
async function shownQuestion(page: Page): Promise<PracticeQuestion> {
  const id = await page.locator('article[data-question]').getAttribute('data-question');
  return byId.get(id!)!;
}

/** Ticks options by their id (a, b…): the inputs' values. */
async function choose(page: Page, optionIds: readonly string[]) {
  for (const id of optionIds) await page.locator(`article[data-question] input[value="${id}"]`).check();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({page}).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const storedProgress = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

for (const locale of ['es', 'en'] as const satisfies readonly Locale[]) {
  test(`${locale}: study mode checks an answer at once, explains every option, and keeps progress on reload`, async ({
    page,
  }) => {
    const t = labels[locale];
    await page.goto(`${localePrefix(locale)}/practice`);
    await hydrated(page);
    await page.getByLabel(t.set).selectOption(`task:${task.id}`);
    await page.getByRole('button', {name: t.start, exact: true}).click();

    const first = await shownQuestion(page);
    expect(first.task).toBe(task.id);
    await expect(page).toHaveURL(`${localePrefix(locale)}/practice?q=${first.id}`);
    // Focus is on the question, and no answer is in the page before the reader answers.
    await expect(page.locator('article[data-question] h2')).toBeFocused();
    const main = page.locator('main');
    for (const option of first.options) await expect(main).not.toContainText(option.explanation[locale]);

    // Keyboard only: Tab to the first option, pick it with Space (a radio moves with the arrows).
    await page.keyboard.press('Tab');
    await expect(page.locator('article[data-question] input').first()).toBeFocused();
    await choose(page, correctIds(first));
    await page.getByRole('button', {name: t.check, exact: true}).click();
    await expect(page.getByRole('status').filter({hasText: t.right})).toBeVisible();
    for (const option of first.options) await expect(main).toContainText(option.explanation[locale]);
    await expect(main.locator(`a[href="${localePrefix(locale)}/docs/${first.section}"]`)).toBeVisible();
    await expect(main.locator(`a[href="${first.source.url}"]`)).toBeVisible();
    const next = page.getByRole('button', {name: task.questions.length > 1 ? t.next : t.finish, exact: true});
    await expect(next).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await hydrated(page);
    // The shared link opened the same question again; its answer is kept in progress.
    expect((await shownQuestion(page)).id).toBe(first.id);
    expect(JSON.parse((await storedProgress(page))!).questions[first.id]).toMatchObject({
      task: task.id,
      last: 'right',
      right: 1,
    });
    await choose(page, wrongIds(first));
    await page.getByRole('button', {name: t.check, exact: true}).click();
    await expect(page.getByRole('status').filter({hasText: t.wrong})).toBeVisible();
    await expect(page.locator('article[data-question] input:checked')).toBeDisabled();
  });
}

test('a shared question link survives the language switch, mid-set', async ({page}) => {
  await page.goto(`/practice?task=${task.id}`);
  await hydrated(page);
  if (task.questions.length > 1) {
    await page.getByRole('button', {name: 'Saltar'}).click();
  }
  const question = await shownQuestion(page);
  await expect(page).toHaveURL(`/practice?q=${question.id}`);
  await expect(page.locator('article[data-question] legend')).toHaveText(question.stem.es.replaceAll('`', ''));

  const dropdown = page
    .locator('.navbar__items--right .dropdown')
    .filter({hasText: /Español|English/})
    .first();
  await dropdown.hover();
  await dropdown.getByRole('link', {name: 'English', exact: true}).click();
  await expect(page).toHaveURL(`/en/practice?q=${question.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('article[data-question] legend')).toHaveText(question.stem.en.replaceAll('`', ''));
  expect((await shownQuestion(page)).task).toBe(task.id);
});

test('the practice exam: weighted draw, countdown, flags, no feedback until the end, then score, domains and review', async ({
  page,
}) => {
  await page.goto('/en/practice');
  await hydrated(page);
  const size = Math.min(EXAM_SIZE, allPracticeQuestions.length);
  if (size < EXAM_SIZE)
    await expect(page.locator('[data-short-exam]')).toContainText(`${allPracticeQuestions.length} questions`);
  await page.getByRole('button', {name: 'Start the practice exam'}).click();
  await expect(page.getByRole('timer')).toHaveText(/^\d:\d\d:\d\d$/);
  await expect(page.getByRole('navigation', {name: 'Exam questions'}).getByRole('button')).toHaveCount(size);

  // Answer every other question right, the rest wrong; flag the first.
  let expectedRight = 0;
  const domainsSeen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const question = await shownQuestion(page);
    domainsSeen.add(`domain-${question.task.split('.')[0]}`);
    if (i === 0) {
      await page.getByRole('button', {name: 'Flag for review'}).click();
      await expect(page.getByRole('button', {name: 'Flag for review'})).toHaveAttribute('aria-pressed', 'true');
    }
    await choose(page, i % 2 === 0 ? correctIds(question) : wrongIds(question));
    if (i % 2 === 0) expectedRight += 1;
    // No feedback while the exam runs.
    await expect(page.locator('main')).not.toContainText(question.options[0]!.explanation.en);
    if (i + 1 < size) await page.getByRole('button', {name: 'Next', exact: true}).click();
  }
  await expect(page.getByRole('button', {name: 'Question 1: answered, flagged for review'})).toBeVisible();

  await page.getByRole('button', {name: 'Finish the exam'}).click();
  await expect(page.getByRole('heading', {name: 'Finish the exam?'})).toBeFocused();
  await expect(page.getByText('Not answered: 0. Flagged for review: 1.')).toBeVisible();
  await page.getByRole('button', {name: 'Finish and see the result'}).click();

  await expect(page.getByRole('heading', {name: 'Exam result'})).toBeFocused();
  await expect(page.locator('[data-score]')).toHaveAttribute('data-score', `${expectedRight}/${size}`);
  const rows = page.getByRole('table', {name: 'Result per domain'}).locator('tbody tr');
  await expect(rows).toHaveCount(domainsSeen.size);
  const titles = examGuide.domains.filter((d) => domainsSeen.has(d.id)).map((d) => d.title.en);
  await expect(rows.locator('th')).toHaveText(titles);
  // Every question is reviewed with its explanations.
  await expect(page.locator('ol article[data-question]')).toHaveCount(size);
  await expect(page.locator('ol article[data-question]').first().locator('p[id$="-why"]')).not.toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // The answers went to progress: the exam map shows them beside their tasks.
  const progress = JSON.parse((await storedProgress(page))!);
  expect(Object.keys(progress.questions)).toHaveLength(size);
});

test('progress: shown beside the exam map’s tasks, exported, reset, imported; a broken file is refused', async ({
  page,
}) => {
  await page.goto('/en/practice');
  await hydrated(page);
  const question = task.questions[0]!;
  // One answer, as study mode saves it.
  await page.goto(`/en/practice?q=${question.id}`);
  await hydrated(page);
  await choose(page, wrongIds(question));
  await page.getByRole('button', {name: 'Check', exact: true}).click();
  await expect(page.getByRole('status').filter({hasText: /^Incorrect/})).toBeVisible();

  await page.goto('/en/exam-map');
  await hydrated(page);
  const beside = page.locator(`[data-practice-task="${task.id}"]`);
  await expect(beside.locator('[data-practice-tally]')).toHaveText('Your progress: 1 answered, 0 right, 1 wrong');
  await beside.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/en/practice\\?q=`));

  await page.goto('/en/practice');
  await hydrated(page);
  const row = page.locator(`tr[data-task="${task.id}"] td`);
  await expect(row).toHaveText([String(task.questions.length), '1', '0', '1']);
  await expect(page.getByLabel('What to practise').locator('option[value="wrong"]')).toHaveText(
    'The ones I got wrong (1)',
  );

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', {name: 'Export to a file'}).click();
  const file = await (await downloading).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).questions[question.id].last).toBe('wrong');

  await page.getByRole('button', {name: 'Clear progress'}).click();
  await expect(page.getByRole('button', {name: 'No, keep it'})).toBeFocused();
  await page.getByRole('button', {name: 'Yes, clear it'}).click();
  await expect(row).toHaveText([String(task.questions.length), '0', '0', '0']);
  expect(await storedProgress(page)).toBeNull();

  const input = page.locator('input[data-progress-import]');
  await input.setInputFiles({name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported)});
  await expect(page.getByText('Progress imported. Questions in the file: 1.')).toBeVisible();
  await expect(row).toHaveText([String(task.questions.length), '1', '0', '1']);

  const saved = await storedProgress(page);
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "apuntes'),
  });
  await expect(
    page.getByText('The file is not JSON. Nothing was imported: your saved progress is unchanged.'),
  ).toBeVisible();
  expect(await storedProgress(page)).toBe(saved);
  await expect(row).toHaveText([String(task.questions.length), '1', '0', '1']);
});

test('on a phone: the question fits the screen, nothing scrolls sideways', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 360, height: 740}, hasTouch: true, isMobile: true});
  const page = await context.newPage();
  await page.goto(`/practice?q=${task.questions[0]!.id}`);
  await hydrated(page);
  await expect(page.locator('article[data-question]')).toBeVisible();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await page.locator('article[data-question] label').first().tap();
  await expect(page.locator('article[data-question] input').first()).toBeChecked();
  await context.close();
});

test('the exam ends by itself when the countdown reaches zero, and shows its result', async ({page}) => {
  await page.clock.install();
  await page.goto('/practice');
  await hydrated(page);
  await page.getByRole('button', {name: 'Empezar el simulacro'}).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.fastForward(EXAM_MINUTES_MAX * 60_000 + 2_000);
  await expect(page.getByRole('heading', {name: 'Resultado del examen'})).toBeFocused();
  await expect(page.getByText('Se acabó el tiempo: el examen terminó solo.')).toBeVisible();
  await expect(page.locator('[data-score]')).toHaveAttribute('data-score', /^0\/\d+$/);
});

test.describe('dark mode', () => {
  test.use({colorScheme: 'dark'});
  test('a checked question is accessible in dark mode', async ({page}) => {
    const question = task.questions[0]!;
    await page.goto(`/practice?q=${question.id}`);
    await hydrated(page);
    await choose(page, wrongIds(question));
    await page.getByRole('button', {name: 'Comprobar', exact: true}).click();
    await expect(page.getByRole('status').filter({hasText: /^Incorrecto/})).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
