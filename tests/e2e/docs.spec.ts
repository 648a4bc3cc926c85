// Every planned page and section, in both languages and both editions (4 × 130 checks).
import {test, expect, isInViewport} from './fixtures';
import {plannedPages} from '../support/plan';
import {docUrl, docsVersions, locales} from '../support/docs';

// Words that only Spanish uses; an English page should have next to none outside code.
const spanishOnlyWords = new Set(
  'de la que el los las del se por para con una es su al lo como más pero sus le ya este esta porque entre cuando muy sin sobre también hay puede pueden donde desde todo todos nos cada hasta otros otra están está'.split(
    ' ',
  ),
);
const MAX_SPANISH_SHARE = 0.01;

const banner: Record<'es' | 'en', RegExp> = {
  es: /edición original de los apuntes \(DVA-C01 \(2020\)\), escrita para el examen DVA-C01, ya retirado/,
  en: /original edition of the notes \(DVA-C01 \(2020\)\), written for the retired DVA-C01 exam/,
};

for (const version of docsVersions) {
  for (const locale of locales) {
    for (const planned of plannedPages()) {
      const url = docUrl(planned.slug, locale, version);

      test(`${url} renders and every section link lands on its section`, async ({page, consoleErrors}) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1')).toHaveText(planned.title[locale]);

        const robots = page.locator('head meta[name="robots"]');
        if (version === 'current') {
          await expect(page.locator('.theme-doc-version-banner')).toHaveCount(0);
          await expect(robots).toHaveCount(0);
        } else {
          const versionBanner = page.locator('.theme-doc-version-banner');
          await expect(versionBanner).toContainText(banner[locale]);
          await expect(versionBanner.locator('a')).toHaveAttribute('href', docUrl(planned.slug, locale));
          await expect(robots).toHaveAttribute('content', 'noindex, follow');
        }

        if (locale === 'en') {
          const prose = await page.locator('article .markdown').evaluate((article) => {
            const copy = article.cloneNode(true) as HTMLElement;
            // Code, and text marked as Spanish on purpose (the glossary card's AWS Spanish name), do not count.
            copy.querySelectorAll('pre, code, [lang="es"]').forEach((node) => node.remove());
            return copy.textContent ?? '';
          });
          const tokens = prose.toLowerCase().split(/[^a-záéíóúñü]+/).filter(Boolean);
          const spanish = tokens.filter((w) => spanishOnlyWords.has(w));
          expect(tokens.length).toBeGreaterThan(30);
          expect(spanish.length / tokens.length, `Spanish words: ${spanish.join(', ')}`).toBeLessThan(MAX_SPANISH_SHARE);
        }

        for (const id of planned.sectionIds) {
          // A fresh document load for each link, as when someone opens a shared URL.
          await page.goto('about:blank');
          await page.goto(`${url}#${id}`);
          await expect.poll(() => isInViewport(page, `[id="${id}"]`), {message: `#${id} in view`}).toBe(true);
        }
        expect(consoleErrors).toEqual([]);
      });
    }
  }
}
