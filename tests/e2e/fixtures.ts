// The e2e test: every test fails on any console error or uncaught page error, checked after the test by an
// automatic fixture, unless the message is allowed below (globally) or by the test (`allowedConsoleErrors`).
import {test as base, expect, type Page} from '@playwright/test';

// Console errors that are not the site's fault. None today: add an entry only with a comment saying why.
const siteWideAllowedErrors: readonly RegExp[] = [];

export const test = base.extend<{
  /** Messages a test expects, e.g. a 404 page's own failed request: `test.use({allowedConsoleErrors: [/404/]})`. */
  allowedConsoleErrors: readonly RegExp[];
  consoleErrors: string[];
  failOnConsoleErrors: void;
}>({
  allowedConsoleErrors: [[], {option: true}],
  consoleErrors: async ({context}, use) => {
    const errors: string[] = [];
    const listen = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    };
    context.pages().forEach(listen);
    context.on('page', listen);
    // The server sends deploy/headers.json's Content-Security-Policy: whatever it blocks is a console error.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
        console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}${where}`);
      });
    });
    await use(errors);
  },
  failOnConsoleErrors: [
    async ({consoleErrors, allowedConsoleErrors}, use) => {
      await use();
      const allowed = [...siteWideAllowedErrors, ...allowedConsoleErrors];
      expect(consoleErrors.filter((error) => !allowed.some((pattern) => pattern.test(error)))).toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Waits until React has hydrated the page, when its scripts handle clicks and keys. */
export const hydrated = (page: Page) => page.locator('html[data-has-hydrated="true"]').waitFor();

/** True when the element's top edge sits inside the viewport. */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.top < window.innerHeight;
  }, selector);
}
