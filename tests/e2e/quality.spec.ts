// Every page of the build, every locale and edition: no serious accessibility finding, and no request
// leaving the site's own origin (no fonts, CDNs or analytics).
import AxeBuilder from '@axe-core/playwright';
import {test, expect} from './fixtures';
import {builtPages} from '../support/build';

const urls = [...builtPages().map((p) => p.url), '/no-existe', '/en/not-there'];

for (const url of urls) {
  test(`${url}: accessible and self-contained`, async ({page, baseURL}) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const {origin, protocol} = new URL(request.url());
      if (origin !== new URL(baseURL!).origin && protocol !== 'data:' && protocol !== 'blob:') outside.push(request.url());
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    const results = await new AxeBuilder({page}).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(outside).toEqual([]);
  });
}
