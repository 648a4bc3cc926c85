// Comparison tables in the browser: a row link lands on its highlighted row in every edition, sortable
// columns sort by keyboard, a desktop column holds every table and a phone shows each row as a card. Their
// content and place on every page of every edition are checked on the build (tests/build/editions.test.ts).
import {test, expect, hydrated} from './fixtures';
import {plannedTables} from '../support/plan';
import {docUrl, docsVersions, locales} from '../support/docs';
import {tablesOf} from '../../src/data/editionData';

const purchaseOptions = plannedTables().find((t) => t.component === 'Ec2PurchaseOptions')!;

for (const locale of locales) {
  for (const edition of docsVersions) {
    const url = docUrl(purchaseOptions.slug, locale, edition);
    test(`${url}: a row link lands on its row, highlighted`, async ({page}) => {
      const target = tablesOf(edition).Ec2PurchaseOptions!.rows.at(-1)!;
      await page.goto(`${url}#${target.id}`);
      await hydrated(page);
      const targeted = page.locator(`tr[id="${target.id}"]`);
      await expect(targeted).toBeInViewport();
      expect(await targeted.evaluate((row) => row.matches(':target'))).toBe(true);
      expect(await targeted.evaluate((row) => getComputedStyle(row).outlineStyle)).toBe('solid');
    });
  }

  test(`${locale}: sortable columns sort by keyboard, with aria-sort`, async ({page}) => {
    const table = tablesOf('current').Ec2PurchaseOptions!;
    await page.goto(docUrl(purchaseOptions.slug, locale));
    await hydrated(page);
    const header = page.locator('thead th', {has: page.getByRole('button')}).first();
    const key = Object.keys(table.columns).find((k) => table.columns[k].sortable)!;
    const byValue = (direction: 1 | -1) =>
      table.rows
        .filter((row) => typeof row.cells[key].sortValue === 'number')
        .sort((a, b) => direction * ((a.cells[key].sortValue as number) - (b.cells[key].sortValue as number)))
        .map((row) => row.id);
    const renderedOrder = async () => {
      const ids = await page.locator('table tbody tr').evaluateAll((rows) => rows.map((row) => row.id));
      return ids.filter((id) => byValue(1).includes(id));
    };

    await expect(header).toHaveAttribute('aria-sort', 'none');
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(await renderedOrder()).toEqual(byValue(1));
    await page.keyboard.press('Space');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await renderedOrder()).toEqual(byValue(-1));
  });

  test(`${locale}: at 360 px every table reads as cards, and nothing scrolls sideways`, async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    for (const slug of new Set(plannedTables().map((t) => t.slug))) {
      await page.goto(docUrl(slug, locale));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, slug).toBeLessThanOrEqual(0);
      const tables = await page
        .getByRole('region')
        .filter({has: page.locator('table')})
        .evaluateAll((regions) =>
          regions.map((box) => {
            const cell = box.querySelector('tbody td')!;
            return {
              fits: box.scrollWidth <= box.clientWidth && box.getBoundingClientRect().right <= 360,
              rowDisplay: getComputedStyle(box.querySelector('tbody tr')!).display,
              // Each cell is introduced by its column's name.
              cellLabel: getComputedStyle(cell, '::before').content,
              columnName: cell.getAttribute('data-label'),
            };
          }),
        );
      expect(tables.length, slug).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table, slug).toMatchObject({fits: true, rowDisplay: 'block'});
        expect(table.cellLabel, slug).toBe(JSON.stringify(table.columnName));
      }
    }
  });

  test(`${locale}: at 1280 px every table fits its column, without scrolling`, async ({page}) => {
    await page.setViewportSize({width: 1280, height: 900});
    for (const slug of new Set(plannedTables().map((t) => t.slug))) {
      await page.goto(docUrl(slug, locale));
      const boxes = await page
        .getByRole('region')
        .filter({has: page.locator('table')})
        .evaluateAll((regions) => regions.map((box) => ({scrollWidth: box.scrollWidth, clientWidth: box.clientWidth})));
      expect(boxes.length, slug).toBeGreaterThan(0);
      for (const box of boxes) expect(box.scrollWidth, slug).toBeLessThanOrEqual(box.clientWidth);
      // The page keeps its table of contents beside the content.
      await expect(page.locator('.theme-doc-toc-desktop'), slug).toBeVisible();
    }
  });
}
