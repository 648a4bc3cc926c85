// A doc page of each edition in each language, in the browser: a shared link to a section lands on it, once
// loaded and once hydrated. What can be read from the build (every page, title, section id, banner,
// language) is checked in tests/build/pages.test.ts.
import {test, expect, hydrated, isInViewport} from './fixtures';
import {docUrl, docsVersions, locales} from '../support/docs';
import {plannedPages} from '../support/plan';

// The longest page, so that its last sections sit far below the fold.
const planned = plannedPages().find((page) => page.slug === 'development/elastic-beanstalk')!;
const sections = [planned.sectionIds[3], planned.sectionIds.at(-1)!];

for (const version of docsVersions) {
  for (const locale of locales) {
    const url = docUrl(planned.slug, locale, version);
    test(`${url}: a shared section link lands on its section`, async ({page}) => {
      for (const id of sections) {
        // A fresh document load for each link, as when someone opens a shared URL.
        await page.goto('about:blank');
        await page.goto(`${url}#${id}`);
        await hydrated(page);
        await expect.poll(() => isInViewport(page, `[id="${id}"]`), {message: `#${id} in view`}).toBe(true);
      }
    });
  }
}
