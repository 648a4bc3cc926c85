import {test, expect, isInViewport} from './fixtures';
import {plannedPages} from '../support/plan';

// Words that only Spanish uses; an English page should have next to none outside code.
const spanishOnlyWords = new Set(
  'de la que el los las del se por para con una es su al lo como más pero sus le ya este esta porque entre cuando muy sin sobre también hay puede pueden donde desde todo todos nos cada hasta otros otra están está'.split(
    ' ',
  ),
);
const MAX_SPANISH_SHARE = 0.01;

for (const planned of plannedPages()) {
  test(`/en/docs/${planned.slug} is English, with every section`, async ({page, consoleErrors}) => {
    const response = await page.goto(`/en/docs/${planned.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(planned.title.en);

    const prose = await page.locator('article .markdown').evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('pre, code').forEach((node) => node.remove());
      return copy.textContent ?? '';
    });
    const tokens = prose.toLowerCase().split(/[^a-záéíóúñü]+/).filter(Boolean);
    const spanish = tokens.filter((w) => spanishOnlyWords.has(w));
    expect(tokens.length).toBeGreaterThan(30);
    expect(spanish.length / tokens.length, `Spanish words: ${spanish.join(', ')}`).toBeLessThan(MAX_SPANISH_SHARE);

    for (const id of planned.sectionIds) {
      await page.goto('about:blank');
      await page.goto(`/en/docs/${planned.slug}#${id}`);
      await expect.poll(() => isInViewport(page, `[id="${id}"]`), {message: `#${id} in view`}).toBe(true);
    }
    expect(consoleErrors).toEqual([]);
  });
}

test('English home, navbar, sidebar and footer are translated', async ({page}) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 2, name: 'Exam topics'})).toBeVisible();
  for (const planned of plannedPages()) {
    await expect(page.locator(`main a[href="/en/docs/${planned.slug}"]`)).toHaveText(planned.title.en);
  }
  await expect(page.locator('.navbar').getByRole('link', {name: 'Notes', exact: true})).toBeVisible();
  await expect(page.locator('footer')).toContainText('Unofficial study notes');
});
