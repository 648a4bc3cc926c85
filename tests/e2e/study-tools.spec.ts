// Glossary, terms explained in place, and the exam map, in both languages.
import {load} from 'cheerio';
import {test, expect, hydrated} from './fixtures';
import {builtPages} from '../support/build';
import {docUrl, locales} from '../support/docs';
import {localePrefix} from '../../src/data/locales';
import {plannedPages} from '../support/plan';
import {glossary} from '../../src/data/glossary';
import {examGuide} from '../../src/data/exam';
import {examTasks, taskAnchor} from '../../src/data/examGuide';

for (const locale of locales) {
  test(`${locale}: the glossary lists every entry in alphabetical order, each with its anchor`, async ({page}) => {
    await page.goto(`${localePrefix(locale)}/glossary`);
    const ids = await page.locator('dl > div[id]').evaluateAll((entries) => entries.map((e) => e.id));
    expect(ids.sort()).toEqual(glossary.map((entry) => entry.id).sort());
    const names = await page.locator('dl > div[id] dt > span:first-child').allTextContents();
    const collator = new Intl.Collator(locale, {sensitivity: 'base'});
    expect(names).toEqual([...names].sort(collator.compare));
    await page.goto(`${localePrefix(locale)}/glossary#availability-zone`);
    await expect(page.locator('#availability-zone')).toBeInViewport();
  });

  test(`${locale}: the glossary filter ignores accents and case`, async ({page}) => {
    await page.goto(`${localePrefix(locale)}/glossary`);
    await hydrated(page);
    const query = locale === 'es' ? 'ZONA disponibilidad' : 'availability ZONES';
    await page.getByRole('searchbox', {name: locale === 'es' ? 'Filtrar términos' : 'Filter terms'}).fill(query);
    await expect(page.locator('#availability-zone')).toBeVisible();
    const shown = await page.locator('dl > div[id]:visible').count();
    expect(shown).toBeLessThan(glossary.length);
    await page.getByRole('searchbox').fill(locale === 'es' ? 'replica lectura' : 'read replica');
    await expect(page.locator('#read-replica')).toBeVisible();
  });

  test(`${locale}: the glossary's entries arrive on client-side navigation too, and the filter works there`, async ({
    page,
  }) => {
    await page.goto(`${localePrefix(locale)}/`);
    await hydrated(page);
    await page
      .locator(`.navbar a[href="${localePrefix(locale)}/glossary"]`)
      .first()
      .click();
    await expect(page.locator('dl > div[id]')).toHaveCount(glossary.length);
    await page.getByRole('searchbox', {name: locale === 'es' ? 'Filtrar términos' : 'Filter terms'}).fill('zzzz-none');
    await expect(page.locator('dl > div[id]:visible')).toHaveCount(0);
    await expect(
      page.getByText(locale === 'es' ? 'Ningún término coincide con el filtro.' : 'No term matches the filter.'),
    ).toBeVisible();
  });

  test(`${locale}: the exam map shows 4 domains and 12 tasks whose links land on their sections`, async ({page}) => {
    await page.goto(`${localePrefix(locale)}/exam-map`);
    await expect(page.locator('main h2[id^="domain-"]')).toHaveCount(4);
    await expect(page.locator('main article[id^="task-"]')).toHaveCount(examTasks(examGuide).length);
    const task = examTasks(examGuide).find((t) => t.sections.length > 0)!;
    const [slug, section] = task.sections[0].split('#');
    const link = page.locator(`main a[href="${localePrefix(locale)}/docs/${slug}#${section}"]`).first();
    const label = await link.innerText();
    await link.click();
    await expect(page).toHaveURL(`${localePrefix(locale)}/docs/${slug}#${section}`);
    const heading = page.locator(`[id="${section}"]`);
    await expect(heading).toBeInViewport();
    // The link names the section as its heading does ("Page › Section"); the heading's own text, without
    // its zero-width hash link.
    const headingText = (await heading.innerText()).replace(/\u200b/g, '').trim();
    expect(label).toBe(`${await page.locator('h1').innerText()} › ${headingText}`);
  });

  test(`${locale}: doc pages of the current edition label their exam tasks, linked to the map`, async ({page}) => {
    const task = examTasks(examGuide).find((t) => t.sections.length > 0)!;
    const slug = task.sections[0].split('#')[0];
    await page.goto(docUrl(slug, locale));
    const label = page.locator(`article a[href="${localePrefix(locale)}/exam-map#${taskAnchor(task.id)}"]`);
    await expect(label).toBeVisible();
    await label.click();
    await expect(page.locator(`#${taskAnchor(task.id)}`)).toBeInViewport();
    await page.goto(docUrl(slug, locale, 'dva-c01'));
    await expect(page.locator('article a[href*="/exam-map"]')).toHaveCount(0);
  });

  test(`${locale}: a marked term opens its card on hover and on keyboard focus, and Esc closes it`, async ({page}) => {
    await page.goto(docUrl('fundamentals/regions-and-zones', locale));
    await hydrated(page);
    const term = page.locator('article a[aria-describedby^="glossary-card-"]').first();
    const card = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(card).toHaveAttribute('role', 'tooltip');
    await expect(card).toBeHidden();
    await term.hover();
    await expect(card).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
    await term.focus();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(term).not.toBeFocused();
  });
}

test('a marked term opens its card by tap, inside a 360 px screen, without moving the text', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 360, height: 740}, hasTouch: true, isMobile: true});
  const page = await context.newPage();
  await page.goto(docUrl('ec2/purchase-options', 'es'));
  await hydrated(page);
  const terms = page.locator('article a[aria-describedby^="glossary-card-"]');
  for (const index of [0, 3]) {
    const term = terms.nth(index);
    await term.scrollIntoViewIfNeeded();
    const before = await page.locator('article').boundingBox();
    await term.tap();
    const card = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/\/docs\/ec2\/purchase-options$/);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Below the term: the line being read stays uncovered.
    expect(box.y).toBeGreaterThanOrEqual((await term.boundingBox())!.y + 1);
    expect(await page.locator('article').boundingBox()).toEqual(before);
  }
  await context.close();
});

test('current and DVA-C02 pages mark their key terms (5+ per page on average), the notes as written none', () => {
  const pages = builtPages();
  const marked = (url: string) => {
    const page = pages.find((p) => p.url === url);
    return page ? load(page.html)('article a[aria-describedby^="glossary-card-"]').length : 0;
  };
  for (const locale of locales) {
    for (const edition of ['current', 'dva-c02'] as const) {
      const counts = plannedPages().map((p) => marked(docUrl(p.slug, locale, edition)));
      expect(counts.reduce((a, b) => a + b, 0) / counts.length, `${locale} ${edition}`).toBeGreaterThanOrEqual(5);
    }
    expect(plannedPages().map((p) => marked(docUrl(p.slug, locale, 'dva-c01')))).toEqual(plannedPages().map(() => 0));
  }
});

for (const [locale, query, entryId] of [
  ['es', 'sesiones fijas', 'sticky-sessions'],
  ['es', 'cifrado', 'encryption-in-transit'],
  ['en', 'sticky sessions', 'sticky-sessions'],
] as const) {
  test(`search finds the glossary, filtered to the query: "${query}" (${locale})`, async ({page}) => {
    await page.goto(`${localePrefix(locale)}/search?q=${encodeURIComponent(query)}`);
    const glossaryResult = page.locator(`article a[href^="${localePrefix(locale)}/glossary?"]`);
    await glossaryResult.first().click();
    await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/glossary\\?_highlight=`));
    // The filter holds the words the result matched, as the glossary writes them ("sesión sesiones fijas").
    const lastWord = query.split(' ').at(-1)!;
    await expect(
      page.getByRole('searchbox', {name: locale === 'es' ? 'Filtrar términos' : 'Filter terms'}),
    ).toHaveValue(new RegExp(lastWord));
    await expect(page.locator(`[id="${entryId}"]`)).toBeVisible();
    const shown = await page.locator('dl > div[id]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(glossary.length);
  });
}

test('a search term that names no glossary entry keeps the whole glossary list', async ({page}) => {
  await page.goto('/glossary?_highlight=politicasx');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(page.locator('dl > div[id]:visible')).toHaveCount(glossary.length);
});
