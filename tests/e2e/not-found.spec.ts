import {test, expect} from './fixtures';

const cases = [
  {path: '/docs/no-existe', lang: 'es', heading: 'Página no encontrada'},
  {path: '/en/docs/does-not-exist', lang: 'en', heading: 'Page not found'},
];

// The browser logs the page's own 404 response.
test.use({allowedConsoleErrors: [/404 \(Not Found\)/]});

for (const {path, lang, heading} of cases) {
  test(`${path} shows the ${lang} 404 page with status 404`, async ({page}) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(heading);
  });
}
