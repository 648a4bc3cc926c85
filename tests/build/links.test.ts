// A crawl of the whole build, every locale and edition: every internal link and #anchor resolves.
import {load} from 'cheerio';
import {expect, test} from 'vitest';
import {builtPages} from '../support/build';

test('every internal link and anchor of the built site resolves', () => {
  const pages = builtPages();
  const idsByUrl = new Map(
    pages.map(({url, html}) => {
      const $ = load(html);
      return [url === '/' ? '/' : url.replace(/\/$/, ''), new Set($('[id]').map((_, el) => $(el).attr('id')).get())];
    }),
  );
  expect(idsByUrl.size).toBeGreaterThanOrEqual(120);

  const broken: string[] = [];
  let checked = 0;
  for (const {url, html} of pages) {
    const $ = load(html);
    $('a[href]').each((_, link) => {
      const href = $(link).attr('href')!;
      if (/^(mailto:|tel:|javascript:)/.test(href)) return;
      const target = new URL(href, `http://site.test${url}`);
      if (target.host !== 'site.test') return;
      const path = target.pathname === '/' ? '/' : target.pathname.replace(/\/$/, '');
      // Static files (search index, images) are checked by the pages that load them.
      if (/\.\w+$/.test(path) && !path.endsWith('.html')) return;
      checked++;
      const ids = idsByUrl.get(path);
      if (!ids) broken.push(`${url}: ${href} (no such page)`);
      else if (target.hash && !ids.has(decodeURIComponent(target.hash.slice(1))))
        broken.push(`${url}: ${href} (no such anchor)`);
    });
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
}, 30_000); // Reads every built page of every locale and edition: seconds on a loaded 2-core machine.
