import {test, expect, hydrated} from './fixtures';
import type {Page} from '@playwright/test';

import {localePrefix, locales, type Locale} from '../../src/data/locales';

// Each query must find its page among the first five results. Accentless, plural, multi-word and
// code forms on purpose.
const queries: Record<Locale, [string, string][]> = {
  es: [
    ['encriptacion', 's3/encryption-and-security'],
    ['encriptación', 's3/encryption-and-security'],
    ['politicas de bucket', 's3/encryption-and-security'],
    ['politica', 'fundamentals/iam'],
    ['sesion', 'databases/elasticache'],
    ['sesiones de usuario', 'databases/elasticache'],
    ['replica de lectura', 'databases/rds'],
    ['réplicas', 'databases/rds'],
    ['zona disponibilidad', 'fundamentals/regions-and-zones'],
    ['zonas de disponibilidad', 'fundamentals/regions-and-zones'],
    ['instancias spot', 'ec2/purchase-options'],
    ['instancia reservada', 'ec2/purchase-options'],
    ['chmod 400', 'ec2/basics'],
    ['httpd', 'ec2/user-data'],
    ['buildspec', 'cicd/pipeline'],
    ['user data', 'ec2/user-data'],
    ['ip elastica', 'ec2/security-groups'],
    ['security groups', 'ec2/security-groups'],
    ['balanceadores de carga', 'scaling/load-balancers'],
    ['X-Forwarded-For', 'scaling/load-balancers'],
    ['metricas personalizadas', 'scaling/auto-scaling-groups'],
    ['snapshot', 'storage/ebs'],
    ['instance store', 'storage/ebs'],
    ['volumenes', 'storage/ebs'],
    ['CNAME', 'networking/route-53'],
    ['aurora', 'databases/rds'],
    ['lazy loading', 'databases/elasticache'],
    ['versionado', 's3/buckets'],
    ['cors', 's3/buckets'],
    ['SSE-C', 's3/encryption-and-security'],
    ['aws s3 ls', 'development/cli'],
    ['decode-authorization-message', 'development/cli'],
    ['perfiles', 'development/cli'],
    ['ebextensions', 'development/elastic-beanstalk'],
    ['presupuesto', 'development/budgets'],
    ['codecommit', 'cicd/pipeline'],
    ['federacion', 'fundamentals/iam'],
    ['T2 Unlimited', 'ec2/ami-and-instance-types'],
  ],
  en: [
    ['encryption', 's3/encryption-and-security'],
    ['bucket policies', 's3/encryption-and-security'],
    ['policy', 'fundamentals/iam'],
    ['session store', 'databases/elasticache'],
    ['sessions', 'databases/elasticache'],
    ['read replicas', 'databases/rds'],
    ['replica', 'databases/rds'],
    ['availability zone', 'fundamentals/regions-and-zones'],
    ['spot instances', 'ec2/purchase-options'],
    ['reserved instance', 'ec2/purchase-options'],
    ['chmod 400', 'ec2/basics'],
    ['httpd', 'ec2/user-data'],
    ['buildspec', 'cicd/pipeline'],
    ['user data', 'ec2/user-data'],
    ['elastic ip', 'ec2/security-groups'],
    ['security group', 'ec2/security-groups'],
    ['load balancers', 'scaling/load-balancers'],
    ['health checks', 'scaling/load-balancers'],
    ['sticky sessions', 'scaling/load-balancers'],
    ['custom metric', 'scaling/auto-scaling-groups'],
    ['snapshots', 'storage/ebs'],
    ['instance store', 'storage/ebs'],
    ['volume types', 'storage/ebs'],
    ['CNAME', 'networking/route-53'],
    ['aurora', 'databases/rds'],
    ['lazy loading', 'databases/elasticache'],
    ['versioning', 's3/buckets'],
    ['cors', 's3/buckets'],
    ['SSE-KMS', 's3/encryption-and-security'],
    ['aws s3 ls', 'development/cli'],
    ['profiles', 'development/cli'],
    ['ebextensions', 'development/elastic-beanstalk'],
    ['immutable deployment', 'development/elastic-beanstalk'],
    ['budget', 'development/budgets'],
    ['codepipeline', 'cicd/pipeline'],
    ['federation', 'fundamentals/iam'],
    ['T2 Unlimited', 'ec2/ami-and-instance-types'],
  ],
};

const resultsText: Record<Locale, RegExp> = {
  es: /No se encontraron documentos|documentos? encontrados?/,
  en: /No documents were found|documents? found/,
};

async function topResultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('article a').evaluateAll((links) =>
    links.slice(0, 5).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  return hrefs;
}

for (const locale of locales) {
  const prefix = localePrefix(locale);

  test(`${locale}: every query of the table finds its page in the top 5`, async ({page}) => {
    test.setTimeout(180_000);
    const misses: string[] = [];
    for (const [query, slug] of queries[locale]) {
      await page.goto(`${prefix}/search?q=${encodeURIComponent(query)}`);
      const expected = `${prefix}/docs/${slug}`;
      try {
        await expect.poll(() => topResultPaths(page), {timeout: 5_000}).toContain(expected);
      } catch {
        misses.push(`${query} → ${slug} (got ${(await topResultPaths(page)).join(', ')})`);
      }
    }
    expect(misses).toEqual([]);
  });

  test(`${locale}: hostile input shows results or a translated "no results", never an error`, async ({page}) => {
    const inputs = ['foo:', '~', '*', '+-', '^', '"', "'", '%', 'ñ', '<img src=x onerror=alert(1)>', 'x'.repeat(500), 'a:b~1^2 +"c'];
    for (const input of inputs) {
      await page.goto(`${prefix}/search?q=${encodeURIComponent(input)}`);
      await expect(page.locator('body')).toContainText(resultsText[locale]);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });

  test(`${locale}: the search page is shareable and translated`, async ({page}) => {
    const query = locale === 'es' ? 'encriptacion' : 'encryption';
    await page.goto(`${prefix}/search?q=${query}`);
    await expect(page.locator('h1')).toHaveText(
      locale === 'es' ? `Resultados de búsqueda para "${query}"` : `Search results for "${query}"`,
    );
    await expect(page.locator('input[type="search"][name="q"]')).toHaveAttribute('aria-label', locale === 'es' ? 'Buscar' : 'Search');
    await expect(page.locator('article').first()).toBeVisible();
  });
}

test('keyboard: Ctrl+K focuses the box, arrows move, Enter opens the section with the terms highlighted', async ({
  page,
}) => {
  await page.goto('/docs/fundamentals/iam');
  await hydrated(page);
  const box = page.locator('input.navbar__search-input');
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.pressSequentially('buildspec', {delay: 20});
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  // The first suggestion opens its page at its section, with the terms highlighted.
  await expect(page).toHaveURL(/\?_highlight=buildspec#[\w-]+$/);
  await expect(page.locator('mark:visible').first()).toBeVisible();
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
});

test('keyboard: Esc closes the suggestions', async ({page}) => {
  await page.goto('/en/docs/fundamentals/iam');
  await hydrated(page);
  const box = page.locator('input.navbar__search-input');
  await page.keyboard.press('Control+k');
  await box.pressSequentially('snapshots', {delay: 20});
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});

for (const {from, prefix} of [
  {from: '/docs/storage/ebs', prefix: '/docs/'},
  {from: '/docs/dva-c02/storage/ebs', prefix: '/docs/dva-c02/'},
  {from: '/en/docs/dva-c02/storage/ebs', prefix: '/en/docs/dva-c02/'},
  {from: '/docs/dva-c01/storage/ebs', prefix: '/docs/dva-c01/'},
  {from: '/en/docs/dva-c01/storage/ebs', prefix: '/en/docs/dva-c01/'},
]) {
  test(`results come from the edition being read: ${from}`, async ({page}) => {
    await page.goto(from);
    await hydrated(page);
    await page.keyboard.press('Control+k');
    await page.locator('input.navbar__search-input').pressSequentially('snapshots', {delay: 20});
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`^[^?]*${prefix.replace(/\//g, '\\/')}storage/ebs\\?_highlight=`));
    if (prefix === '/docs/') expect(new URL(page.url()).pathname).not.toMatch(/dva-c0/);
  });
}
