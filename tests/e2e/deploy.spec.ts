// What the browser does with the deployment's headers (README, "Deploy"). The whole suite runs under
// deploy/headers.json (`npm run serve` sends them, COOP and CORP included); this file checks they are really
// sent, and that a host that sends no headers at all (GitHub Pages) still gets a working page under the
// Content-Security-Policy <meta> the build writes into every page.
import {test, expect, hydrated} from './fixtures';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {BrowserContext} from '@playwright/test';
import {repoRoot} from '../support/plan';

// Read as JSON: Playwright's loader cannot import deploy/headers.mjs (tests/unit/deploy.test.ts checks its
// metaContentSecurityPolicy(), and tests/build/deploy.test.ts that every page carries it).
const config: {headers: Record<string, string>} = JSON.parse(
  readFileSync(join(repoRoot, 'deploy', 'headers.json'), 'utf8'),
);
const metaPolicy = config.headers['Content-Security-Policy'].replace(/;\s*frame-ancestors[^;]*/, '');

/** Serves every response as GitHub Pages would for this build: the same files, without the site's CSP header. */
async function withoutPolicyHeader(context: BrowserContext) {
  await context.route('**/*', async (route) => {
    // A request the page abandons (it navigated on) is dropped with it: nothing to fulfil then.
    const response = await route.fetch().catch(() => undefined);
    if (!response) return;
    const headers = Object.fromEntries(
      Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    await route.fulfill({response, headers}).catch(() => undefined);
  });
}

test('every response carries the security headers the whole suite runs under (HSTS, COOP, CORP, CSP)', async ({
  page,
}) => {
  const response = await page.goto('/docs/ec2/basics');
  const headers = response!.headers();
  for (const name of [
    'Strict-Transport-Security',
    'Cross-Origin-Opener-Policy',
    'Cross-Origin-Resource-Policy',
    'Content-Security-Policy',
  ]) {
    expect([name, headers[name.toLowerCase()]]).toEqual([name, config.headers[name]]);
  }
  await hydrated(page);
  // COOP same-origin gives the page its own browsing context group; without COEP it is not cross-origin isolated.
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
});

test.describe('under the <meta> Content-Security-Policy alone (no header, as on GitHub Pages)', () => {
  test('a page hydrates, searches with Pagefind (WebAssembly) and switches language with no violation', async ({
    page,
    context,
  }) => {
    await withoutPolicyHeader(context);
    const response = await page.goto('/docs/fundamentals/iam');
    expect(response!.headers()['content-security-policy']).toBeUndefined();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metaPolicy);
    await hydrated(page);
    const box = page.locator('input.navbar__search-input');
    await box.click();
    await box.pressSequentially('buildspec', {delay: 20});
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.goto('/en/docs/fundamentals/iam');
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The fixture fails the test on any console error: a CSP violation is one.
  });

  test.describe(() => {
    // The one violation this test provokes on purpose: Chromium reports it, and so does the fixture.
    // (A single pattern: an option given as a two-item array would be read as [value, options].)
    test.use({
      allowedConsoleErrors: [
        /Executing inline script violates|Refused to execute inline script|CSP violation: script-src-elem blocked inline/,
      ],
    });

    test('the <meta> policy is enforced: an injected inline script does not run', async ({page, context}) => {
      await withoutPolicyHeader(context);
      await page.goto('/');
      await hydrated(page);
      const directive = await page.evaluate(
        () =>
          new Promise<string | null>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
              once: true,
            });
            const script = document.createElement('script');
            script.textContent = 'window.injected = true';
            document.head.append(script);
            setTimeout(() => resolve(null), 2000);
          }),
      );
      expect(directive).toBe('script-src-elem');
      expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    });
  });
});
