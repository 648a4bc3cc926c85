// The search ranking of the built site, per locale, with the plugin's own query pipeline in Node
// (tests/support/search.ts); the browser tests keep the search UI (keyboard, highlight, hostile input,
// shareable URL, the edition being read).
import {describe, expect, it} from 'vitest';
import {localePrefix, type Locale} from '../../src/data/locales';
import {search} from '../support/search';

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

describe.each(Object.keys(queries) as Locale[])('search in %s', (locale) => {
  it.each(queries[locale])('"%s" finds %s in the top 5', (query, slug) => {
    expect(search(locale, query).slice(0, 5)).toContain(`${localePrefix(locale)}/docs/${slug}`);
  });

  it('finds nothing for a word the site never uses', () => {
    expect(search(locale, 'zzyzxqq')).toEqual([]);
  });

  // What a reader may type: lunr's query syntax, markup, stray symbols, a very long input. The query code
  // must answer each with results or none, never throw (the search page then says "no results").
  it.each(['foo:', '~', '*', '+-', '^', '"', "'", '%', 'ñ', '<img src=x onerror=alert(1)>', 'x'.repeat(500), 'a:b~1^2 +"c'])(
    'answers %j without an error',
    (input) => {
      expect(Array.isArray(search(locale, input))).toBe(true);
    },
  );
});

describe('search in a past edition', () => {
  it('searches that edition’s own pages', () => {
    const results = search('es', 'snapshots', '/docs/dva-c02');
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((url) => url.includes('/docs/')).every((url) => url.startsWith('/docs/dva-c02/'))).toBe(true);
  });
});
