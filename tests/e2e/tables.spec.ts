// Comparison tables in the browser: a row link lands on its highlighted row in every edition, sortable
// columns sort by keyboard, and a phone never scrolls the page sideways. Their content and place on every
// page of every edition are checked on the build (tests/build/editions.test.ts).
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

  test(`${locale}: at 360 px the page never scrolls sideways, the tables do`, async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    for (const slug of new Set(plannedTables().map((t) => t.slug))) {
      await page.goto(docUrl(slug, locale));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, slug).toBeLessThanOrEqual(0);
      // Every table box fits the screen; a table wider than its box scrolls inside it.
      const boxes = await page
        .getByRole('region')
        .filter({has: page.locator('table')})
        .evaluateAll((regions) => regions.map((box) => box.getBoundingClientRect().right));
      expect(boxes.length, slug).toBeGreaterThan(0);
      for (const right of boxes) expect(right, slug).toBeLessThanOrEqual(360);
    }
  });
}
