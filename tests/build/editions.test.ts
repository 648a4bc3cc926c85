// Each edition's pages render that edition's data: a frozen edition shows exactly its snapshot
// (src/data/editions/<id>.json) — tables, exam task labels and exam map — whatever the live data says now.
import {describe, expect, it} from 'vitest';
import type {CheerioAPI} from 'cheerio';
import type {ComparisonTable} from '../../src/data/tables/types';
import {tablesOf, examGuideOf} from '../../src/data/editionData';
import {examMapPath} from '../../src/data/editions';
import {examTasks, taskAnchor} from '../../src/data/examGuide';
import {localePrefix, type Locale} from '../../src/data/locales';
import {plainText} from '../../src/components/InlineCode';
import {builtPage} from '../support/build';
import {docUrl, docsVersions, locales} from '../support/docs';
import {plannedTables} from '../support/plan';

const plain = (text: string) => plainText(text).replace(/\s+/g, ' ').trim();

/** A rendered table as text: caption, header row, then each row's id, label and cells. */
function renderedTable($: CheerioAPI, caption: string) {
  const table = $('table').filter((_, element) => plain($(element).find('caption').text()) === plain(caption));
  expect(table, `no table captioned "${caption}"`).toHaveLength(1);
  return {
    columns: table.find('thead th').map((_, th) => plain($(th).text().replace(/[↕↑↓]/g, ''))).get(),
    rows: table.find('tbody tr').map((_, tr) => ({
      id: $(tr).attr('id'),
      // The label, without the row's own link (#) and its sources.
      label: plain($(tr).find('th').clone().find('a, ul').remove().end().text()),
      cells: $(tr).find('td').map((__, td) => plain($(td).text().replace(/^—/, ''))).get(),
    })).get(),
  };
}

function expectedTable(table: ComparisonTable, locale: Locale) {
  const keys = Object.keys(table.columns);
  return {
    columns: [plain(table.rowHeader[locale]), ...keys.map((key) => plain(table.columns[key].label[locale]))],
    rows: table.rows.map((row) => ({
      id: row.id,
      label: plain(row.label[locale]),
      cells: keys.map((key) => plain(row.cells[key][locale])),
    })),
  };
}

describe.each(docsVersions)('the %s edition', (edition) => {
  const tables = tablesOf(edition);

  describe.each(locales)('%s', (locale) => {
    it.each(plannedTables(edition))('renders its own $component in #$sectionId', ({component, slug, sectionId}) => {
      const table = tables[component as keyof typeof tables];
      expect(table, `${edition} has no ${component}`).toBeDefined();
      const $ = builtPage(docUrl(slug, locale, edition))!;
      const caption = plain(table!.caption[locale]);
      expect(renderedTable($, caption)).toEqual(expectedTable(table!, locale));
      // In its planned section: after that heading, before the next heading of the same level.
      const heading = $(`[id="${sectionId}"]`);
      const level = heading.prop('tagName');
      const section = heading.nextUntil(level).filter((_, node) => $(node).find('table').length > 0);
      expect(section.find('caption').map((_, c) => plain($(c).text())).get(), sectionId).toContain(caption);
    });
  });
});

const guides = docsVersions.flatMap((edition) => {
  const guide = examGuideOf(edition);
  return guide ? locales.map((locale) => ({edition, locale, guide})) : [];
});

describe.each(guides)('the $edition edition in $locale', ({edition, locale, guide}) => {
  it('labels each page with the tasks of its own exam map, linked to that map', () => {
    const pages = new Map<string, string[]>();
    for (const task of examTasks(guide)) {
      for (const slug of new Set(task.sections.map((section) => section.split('#')[0]))) {
        pages.set(slug, [...(pages.get(slug) ?? []), task.id]);
      }
    }
    expect(pages.size).toBeGreaterThan(0);
    for (const [slug, taskIds] of pages) {
      const $ = builtPage(docUrl(slug, locale, edition))!;
      const hrefs = $(`article ul[aria-label*="${guide.code}"] a`).map((_, a) => $(a).attr('href')).get();
      const mapUrl = `${localePrefix(locale)}${examMapPath(edition)}`;
      expect(hrefs, slug).toEqual(taskIds.map((id) => `${mapUrl}#${taskAnchor(id)}`));
    }
  });

  it('has its exam map, with its own domains and tasks', () => {
    const $ = builtPage(`${localePrefix(locale)}${examMapPath(edition)}`)!;
    expect($, 'exam map not built').toBeDefined();
    expect($('h1').text()).toContain(guide.code);
    const tasks = examTasks(guide);
    expect($('main article[id^="task-"]').map((_, a) => $(a).attr('id')).get()).toEqual(tasks.map((t) => taskAnchor(t.id)));
    const titles = $('main article[id^="task-"] h3').map((_, h) => plain($(h).text())).get();
    tasks.forEach((task, i) => expect(titles[i]).toContain(`${task.id} ${task.title[locale]}`));
  });
});
