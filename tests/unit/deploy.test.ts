// The deployment as data (README, "Deploy"): deploy/headers.json states the headers, and the CloudFormation
// template of the S3 + CloudFront host sends exactly those, keeps its buckets private and maps each locale's
// 404; the CloudFront Function's clean URLs; the build's CSP check. (tests/build/deploy.test.ts runs the
// function over every route of the build and checks what `npm run serve` sends.)
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {headersFor, loadHeaders, pathPatternRegExp, scriptHashes} from '../../deploy/headers.mjs';
import {buildTemplate, templateFile} from '../../scripts/cloudfront-template.mjs';
import {inlineScriptProblems, scriptHashSource} from '../../src/plugins/contentSecurityPolicy';
import {defaultLocale, localePrefix, locales} from '../../src/data/locales';
import {repoRoot} from '../support/plan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const config = loadHeaders();
const template: Json = JSON.parse(readFileSync(templateFile, 'utf8'));
const resources: Json = template.Resources;
const distribution: Json = resources.Distribution.Properties.DistributionConfig;
const functionCode = readFileSync(join(repoRoot, 'deploy', 'url-rewrite.js'), 'utf8');

/** The CloudFront Function, run as CloudFront would: `handler(event)` on a viewer request. */
function rewrite(uri: string): string {
  const handler = runInNewContext(`${functionCode}\n;handler`);
  return handler({version: '1.0', request: {method: 'GET', uri, querystring: {}, headers: {}, cookies: {}}}).uri;
}

/** The cache behavior CloudFront picks for a path: the first whose pattern matches, else the default. */
function behaviorFor(path: string): Json {
  const behaviors: Json[] = distribution.CacheBehaviors;
  return behaviors.find((b) => pathPatternRegExp(b.PathPattern).test(path)) ?? distribution.DefaultCacheBehavior;
}

/** The headers a response headers policy of the template adds, read back as header → value. */
function policyHeaders(policyRef: Json): Record<string, string> {
  const policy = resources[policyRef.Ref].Properties.ResponseHeadersPolicyConfig;
  const security = policy.SecurityHeadersConfig ?? {};
  const headers: Record<string, string> = {};
  if (security.ContentSecurityPolicy) headers['Content-Security-Policy'] = security.ContentSecurityPolicy.ContentSecurityPolicy;
  if (security.ContentTypeOptions) headers['X-Content-Type-Options'] = 'nosniff';
  if (security.ReferrerPolicy) headers['Referrer-Policy'] = security.ReferrerPolicy.ReferrerPolicy;
  if (security.FrameOptions) headers['X-Frame-Options'] = security.FrameOptions.FrameOption;
  for (const {Header, Value} of policy.CustomHeadersConfig?.Items ?? []) headers[Header] = Value;
  return headers;
}

// Paths of every kind the site serves, in both locales.
const samplePaths = [
  '/',
  '/docs/ec2/basics',
  '/docs/dva-c02/ec2/basics/',
  '/pagefind/current/pagefind.js',
  '/pagefind/dva-c01/fragment/es_0123abc.pf_fragment',
  '/assets/js/main.0123abcd.js',
  '/assets/css/styles.0123abcd.css',
  '/img/logo.svg',
  '/sitemap.xml',
  '/404.html',
  '/en',
  '/en/',
  '/en/glossary',
  '/en/pagefind/current/wasm.en.pagefind',
  '/en/assets/js/main.0123abcd.js',
  '/en/404.html',
];

describe('deploy/headers.json', () => {
  const csp = config.headers['Content-Security-Policy'];
  const directives = new Map(
    csp.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

  it('states a strict Content-Security-Policy: inline scripts only by hash, WebAssembly for the search', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scriptSrc = directives.get('script-src') ?? [];
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no eval() of JavaScript.
    expect(scriptSrc.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scriptSrc.slice(2)).toEqual(scriptHashes(config));
    for (const source of scriptSrc.slice(2)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(csp).not.toMatch(/'unsafe-eval'|'strict-dynamic'/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    // CloudFront's quota for the Content-Security-Policy value of a response headers policy.
    expect(csp.length).toBeLessThanOrEqual(1783);
  });

  it('states the other security headers on every response', () => {
    for (const path of samplePaths) {
      expect(headersFor(config, path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': expect.stringContaining('camera=()'),
      });
    }
  });

  it('caches hashed assets and search index parts for a year, immutable, and revalidates HTML and the search script', () => {
    const cacheControl = (path: string, notFound = false) => headersFor(config, path, {notFound})['Cache-Control'];
    for (const path of samplePaths) {
      const hashed = /\/assets\/.+\.[0-9a-f]{8}\.(js|css)$/.test(path) || /\/pagefind\/.+\.pf_(fragment|index|meta)$/.test(path);
      expect([path, cacheControl(path)]).toEqual([path, hashed ? 'public, max-age=31536000, immutable' : 'no-cache']);
    }
    // A 404 takes the HTML headers, even under /assets.
    expect(cacheControl('/assets/js/gone.0123abcd.js', true)).toBe('no-cache');
  });
});

describe('deploy/cloudfront.template.json', () => {
  it('is the one scripts/cloudfront-template.mjs generates (npm run deploy:template)', () => {
    expect(template).toEqual(buildTemplate());
  });

  it('keeps both buckets private: public access blocked, readable by this distribution only (OAC)', () => {
    const buckets = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::S3::Bucket');
    expect(buckets.map(([id]) => id).sort()).toEqual(['EnglishBucket', 'SiteBucket']);
    for (const [id, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties).not.toHaveProperty('WebsiteConfiguration');
      expect(bucket.Properties).not.toHaveProperty('AccessControl');
      const policies = Object.values(resources).filter(
        (r) => r.Type === 'AWS::S3::BucketPolicy' && r.Properties.Bucket.Ref === id,
      );
      expect(policies).toHaveLength(1);
      for (const statement of policies[0].Properties.PolicyDocument.Statement) {
        expect(statement.Effect).toBe('Allow');
        expect(statement.Principal).toEqual({Service: 'cloudfront.amazonaws.com'});
        expect(statement.Condition.StringEquals['AWS:SourceArn']['Fn::Sub']).toMatch(/:distribution\/\$\{Distribution\}$/);
      }
    }
  });

  it('reaches S3 through Origin Access Control only', () => {
    expect(resources.OriginAccessControl.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    for (const origin of distribution.Origins) {
      expect(origin.OriginAccessControlId).toEqual({'Fn::GetAtt': ['OriginAccessControl', 'Id']});
      expect(origin.S3OriginConfig).toEqual({OriginAccessIdentity: ''});
    }
  });

  it('sends, for every kind of path, exactly the headers of deploy/headers.json', () => {
    for (const path of samplePaths) {
      expect([path, policyHeaders(behaviorFor(path).ResponseHeadersPolicyId)]).toEqual([path, headersFor(config, path)]);
    }
    // Every behavior answers over HTTPS only and rewrites clean URLs.
    for (const behavior of [...distribution.CacheBehaviors, distribution.DefaultCacheBehavior]) {
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behavior.FunctionAssociations).toEqual([
        {EventType: 'viewer-request', FunctionARN: {'Fn::GetAtt': ['UrlRewriteFunction', 'FunctionARN']}},
      ]);
    }
  });

  it("gives each locale its own 404 page, with status 404", () => {
    // S3 answers a missing key with 404 when the reader may list the bucket, 403 when not: the Spanish
    // bucket lets the distribution list it, the English one does not.
    const actions = (bucket: string) =>
      Object.values(resources)
        .filter((r) => r.Type === 'AWS::S3::BucketPolicy' && r.Properties.Bucket.Ref === bucket)
        .flatMap((r) => r.Properties.PolicyDocument.Statement.map((s: Json) => s.Action));
    expect(actions('SiteBucket').sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
    expect(actions('EnglishBucket')).toEqual(['s3:GetObject']);
    const bucketOf = (path: string) =>
      distribution.Origins.find((o: Json) => o.Id === behaviorFor(path).TargetOriginId).DomainName['Fn::GetAtt'][0];
    const errorPage = (code: number) => distribution.CustomErrorResponses.find((e: Json) => e.ErrorCode === code);

    for (const locale of locales) {
      const prefix = localePrefix(locale);
      const bucket = locale === defaultLocale ? 'SiteBucket' : 'EnglishBucket';
      // Every path of the locale, and its 404 page, come from the locale's bucket…
      for (const path of [`${prefix}/docs/does-not-exist`, `${prefix}/assets/js/gone.js`, `${prefix}/404.html`]) {
        expect([path, bucketOf(path)]).toEqual([path, bucket]);
      }
      // …whose missing-key status maps to that page, returned as 404.
      const missingKeyStatus = bucket === 'SiteBucket' ? 404 : 403;
      expect(errorPage(missingKeyStatus)).toMatchObject({ResponsePagePath: `${prefix}/404.html`, ResponseCode: 404});
    }
  });

  it('runs deploy/url-rewrite.js as a cloudfront-js-2.0 function', () => {
    const {Properties} = resources.UrlRewriteFunction;
    expect(Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(Properties.FunctionCode).toBe(functionCode);
    // CloudFront Functions' size quota.
    expect(Buffer.byteLength(functionCode)).toBeLessThan(10 * 1024);
  });
});

describe('the CloudFront Function (deploy/url-rewrite.js)', () => {
  it('serves clean URLs from the build\'s .html files', () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/docs/ec2/basics')).toBe('/docs/ec2/basics.html');
    expect(rewrite('/docs/ec2/basics/')).toBe('/docs/ec2/basics.html');
    expect(rewrite('/exam-map/dva-c02')).toBe('/exam-map/dva-c02.html');
    expect(rewrite('/english')).toBe('/english.html');
  });

  it('serves each locale home from its index.html', () => {
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      expect(rewrite(`/${locale}`)).toBe(`/${locale}/index.html`);
      expect(rewrite(`/${locale}/`)).toBe(`/${locale}/index.html`);
    }
    const homes = runInNewContext(`${functionCode}\n;LOCALE_HOMES`);
    expect([...homes]).toEqual(locales.filter((l) => l !== defaultLocale).map(localePrefix));
  });

  it('leaves files alone', () => {
    for (const uri of ['/assets/js/main.0123abcd.js', '/search-index.json', '/en/img/logo.svg', '/404.html']) {
      expect(rewrite(uri)).toBe(uri);
    }
  });
});

describe('the build\'s CSP check (src/plugins/contentSecurityPolicy.ts)', () => {
  const script = 'document.documentElement.dataset.ok="1"';
  const page = (body: string) => `<!doctype html><html><head>${body}</head><body></body></html>`;

  it('names the hash of an inline script the policy lacks', () => {
    const hash = scriptHashSource(script);
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(inlineScriptProblems(page(`<script>${script}</script>`), [])).toEqual([
      {message: expect.stringContaining('inline script'), hash},
    ]);
    expect(inlineScriptProblems(page(`<script>${script}</script>`), [hash])).toEqual([]);
  });

  it('ignores scripts from files and JSON data blocks', () => {
    const html = page('<script src=/assets/js/main.js></script><script type=application/ld+json>{"a":1}</script>');
    expect(inlineScriptProblems(html, [])).toEqual([]);
  });

  it('rejects what no hash can allow: event handler attributes and javascript: URLs', () => {
    const problems = inlineScriptProblems(page('<img src=x.png onerror=alert(1)><a href="javascript:void 0">x</a>'), []);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('onerror'),
      expect.stringContaining('javascript:'),
    ]);
    expect(problems.every((p) => p.hash === undefined)).toBe(true);
  });
});
