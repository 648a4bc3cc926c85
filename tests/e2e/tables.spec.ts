import AxeBuilder from '@axe-core/playwright';
import {test, expect} from './fixtures';
import {plannedTables} from '../support/plan';
import {comparisonTables} from '../../src/data/comparisonTables';
import type {Locale} from '../../src/data/locales';

const prefixes: Record<Locale, string> = {es: '', en: '/en'};
// Each edition's pages show that edition's tables.
const editions = [
  {docsPath: '/docs', edition: 'dva-c02'},
  {docsPath: '/docs/dva-c01', edition: 'dva-c01'},
] as const;
// The sorting and layout checks run on the current edition.
const edition = 'dva-c02';

test('the plan places all eight tables', () => {
  expect(plannedTables().map((t) => t.component).sort()).toEqual(Object.keys(comparisonTables).sort());
});

for (const locale of ['es', 'en'] as const) {
  const tablesOnPages = editions.flatMap(({docsPath, edition: pageEdition}) =>
    plannedTables().map((planned) => ({...planned, docsPath, pageEdition})),
  );
  for (const {component, slug, sectionId, docsPath, pageEdition} of tablesOnPages) {
    const table = comparisonTables[component as keyof typeof comparisonTables][pageEdition];
    const url = `${prefixes[locale]}${docsPath}/${slug}`;

    test(`${url}: ${component} (${pageEdition}) stands in #${sectionId}, rows link and highlight`, async ({
      page,
      consoleErrors,
    }) => {
      await page.goto(url);
      const rendered = page.locator('table', {has: page.locator('caption', {hasText: table.caption[locale]})});
      await expect(rendered).toHaveCount(1);
      // The table sits in its planned section: after that heading, before the next one of the same level.
      const inSection = await rendered.evaluate((tableElement, id) => {
        const heading = document.getElementById(id)!;
        let node: Element | null = heading.nextElementSibling;
        while (node && node.tagName !== heading.tagName) {
          if (node.contains(tableElement)) return true;
          node = node.nextElementSibling;
        }
        return false;
      }, sectionId);
      expect(inSection).toBe(true);
      await expect(rendered.locator('tbody tr')).toHaveCount(table.rows.length);
      await expect(rendered.locator('thead th[scope="col"]')).toHaveCount(Object.keys(table.columns).length + 1);
      for (const row of table.rows) {
        await expect(rendered.locator(`tr[id="${row.id}"] th[scope="row"]`)).toContainText(
          row.label[locale].replace(/`/g, ''),
        );
      }

      const target = table.rows.at(-1)!;
      await page.goto('about:blank');
      await page.goto(`${url}#${target.id}`);
      const targeted = page.locator(`tr[id="${target.id}"]`);
      await expect(targeted).toBeInViewport();
      expect(await targeted.evaluate((row) => row.matches(':target'))).toBe(true);
      expect(await targeted.evaluate((row) => getComputedStyle(row).outlineStyle)).toBe('solid');
      expect(consoleErrors).toEqual([]);
    });
  }

  test(`${locale}: sortable columns sort by keyboard, with aria-sort`, async ({page}) => {
    const {slug} = plannedTables().find((t) => t.component === 'Ec2PurchaseOptions')!;
    const table = comparisonTables.Ec2PurchaseOptions[edition];
    await page.goto(`${prefixes[locale]}/docs/${slug}`);
    const header = page.locator('thead th', {has: page.getByRole('button')}).first();
    const key = Object.keys(table.columns).find((k) => table.columns[k as keyof typeof table.columns].sortable)!;
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
      await page.goto(`${prefixes[locale]}/docs/${slug}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, slug).toBeLessThanOrEqual(0);
      // Every table box fits the screen; a table wider than its box scrolls inside it.
      const boxes = await page
        .getByRole('region')
        .filter({has: page.locator('table')})
        .evaluateAll((regions) =>
          regions.map((box) => ({right: box.getBoundingClientRect().right, scrolls: box.scrollWidth > box.clientWidth})),
        );
      expect(boxes.length, slug).toBeGreaterThan(0);
      for (const box of boxes) expect(box.right, slug).toBeLessThanOrEqual(360);
      if (slug === 'ec2/purchase-options') expect(boxes[0].scrolls, 'the EC2 table scrolls in its box').toBe(true);
    }
  });

  test(`${locale}: axe finds no serious issue on the table pages`, async ({page}) => {
    test.setTimeout(180_000);
    for (const slug of new Set(plannedTables().map((t) => t.slug))) {
      await page.goto(`${prefixes[locale]}/docs/${slug}`);
      const results = await new AxeBuilder({page}).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), slug).toEqual([]);
    }
  });
}
