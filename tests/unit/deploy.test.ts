// The deployment as data (README, "Deploy"): deploy/headers.json states the headers, and the CloudFormation
// template of the S3 + CloudFront host sends exactly those (policy + object metadata), keeps its buckets private,
// versioned and TLS-only, logs, and maps each locale's 404; the CloudFront Function's clean URLs and redirects;
// the build's CSP check and <meta> policy. (tests/unit/template-checks.test.ts checks the template against
// CloudFormation's schemas and Control Tower's guard rules; tests/build/deploy.test.ts runs the function over
// every route of the build and checks what `npm run serve` sends.)
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {
  headersFor,
  loadHeaders,
  metaContentSecurityPolicy,
  objectMetadata,
  pathPatternRegExp,
  scriptHashes,
} from '../../deploy/headers.mjs';
import {loadLocales} from '../../deploy/locales.mjs';
import {buildTemplate, customDomainTlsPolicy, functionCode, templateFile} from '../../scripts/cloudfront-template.mjs';
import {resolveConditions} from '../../scripts/check-template.mjs';
import {inlineScriptProblems, scriptHashSource, withMetaPolicy} from '../../src/plugins/contentSecurityPolicy';
import {defaultLocale, localePrefix, locales} from '../../src/data/locales';
import {repoRoot} from '../support/plan';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const config = loadHeaders();
const template: Json = JSON.parse(readFileSync(templateFile, 'utf8'));
const resources: Json = template.Resources;
const distribution: Json = resources.Distribution.Properties.DistributionConfig;
const deployedCode: string = resources.UrlRewriteFunction.Properties.FunctionCode;

/** The CloudFront Function as deployed, run as CloudFront would: `handler(event)` on a viewer request. */
function runFunction(uri: string, querystring: Json = {}): Json {
  const handler = runInNewContext(`${deployedCode}\n;handler`);
  return handler({version: '1.0', request: {method: 'GET', uri, querystring, headers: {}, cookies: {}}});
}
const rewrite = (uri: string): string => runFunction(uri).uri;

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
  if (security.ContentSecurityPolicy)
    headers['Content-Security-Policy'] = security.ContentSecurityPolicy.ContentSecurityPolicy;
  if (security.ContentTypeOptions) headers['X-Content-Type-Options'] = 'nosniff';
  if (security.ReferrerPolicy) headers['Referrer-Policy'] = security.ReferrerPolicy.ReferrerPolicy;
  if (security.FrameOptions) headers['X-Frame-Options'] = security.FrameOptions.FrameOption;
  if (security.StrictTransportSecurity) {
    const {AccessControlMaxAgeSec, IncludeSubdomains, Preload} = security.StrictTransportSecurity;
    headers['Strict-Transport-Security'] = [
      `max-age=${AccessControlMaxAgeSec}`,
      IncludeSubdomains && 'includeSubDomains',
      Preload && 'preload',
    ]
      .filter(Boolean)
      .join('; ');
  }
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
  '/pagefind/current/filter/es_0123abc.pf_filter',
  '/pagefind/current/wasm.es.pagefind',
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

  it('states the other security headers on every response: HSTS, COOP and CORP for an A+ set', () => {
    for (const path of samplePaths) {
      expect(headersFor(config, path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': expect.stringContaining('camera=()'),
        // Two years, this host only: includeSubDomains and preload are for a custom apex domain (README).
        'Strict-Transport-Security': 'max-age=63072000',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
      });
    }
  });

  it('keeps Cache-Control out of the headers of every response: it is object metadata, per path', () => {
    expect(Object.keys(config.headers).map((name) => name.toLowerCase())).not.toContain('cache-control');
    for (const rule of config.rules) expect(Object.keys(rule.headers)).toEqual(['Cache-Control']);
  });

  it("stores Pagefind's gzipped binary files as application/octet-stream, and names no other type", () => {
    // pagefind.js fetches them, gunzips them itself and instantiates the WebAssembly from bytes: application/wasm
    // would misname gzip data, and a Content-Encoding would make the browser unzip them first.
    for (const path of [
      '/pagefind/current/wasm.es.pagefind',
      '/en/pagefind/dva-c02/wasm.unknown.pagefind',
      '/pagefind/current/index/es_0123abc.pf_index',
      '/pagefind/current/pagefind.es_0123abc.pf_meta',
    ]) {
      expect([path, objectMetadata(config, path)['Content-Type']]).toEqual([path, 'application/octet-stream']);
    }
    for (const path of [
      '/pagefind/current/pagefind.js',
      '/pagefind/current/pagefind-entry.json',
      '/index.html',
      '/img/logo.svg',
    ]) {
      expect([path, objectMetadata(config, path)['Content-Type']]).toEqual([path, undefined]);
    }
  });

  it('gives the <meta> policy the same sources, less frame-ancestors', () => {
    const meta = metaContentSecurityPolicy(config);
    expect(meta).not.toContain('frame-ancestors');
    const withoutFrameAncestors = config.headers['Content-Security-Policy'].replace(/;\s*frame-ancestors[^;]*/, '');
    expect(meta).toBe(withoutFrameAncestors);
  });

  it('caches hashed assets and search index parts for a year, immutable, and revalidates HTML and the search script', () => {
    const cacheControl = (path: string, notFound = false) => headersFor(config, path, {notFound})['Cache-Control'];
    for (const path of samplePaths) {
      const hashed = /\/assets\/.+\.[0-9a-f]{8}\.(js|css)$/.test(path) || /\/pagefind\/.+\.pf_[a-z]+$/.test(path);
      expect(objectMetadata(config, path)['Cache-Control']).toBe(cacheControl(path));
      expect([path, cacheControl(path)]).toEqual([path, hashed ? 'public, max-age=31536000, immutable' : 'no-cache']);
    }
    // A 404 carries its page's Cache-Control, even under /assets or for a search index part.
    expect(cacheControl('/assets/js/gone.0123abcd.js', true)).toBe('no-cache');
    expect(cacheControl('/pagefind/current/index/es_gone.pf_index', true)).toBe('no-cache');
    expect(objectMetadata(config, '/404.html')['Cache-Control']).toBe('no-cache');
    expect(objectMetadata(config, '/en/404.html')['Cache-Control']).toBe('no-cache');
  });
});

describe('deploy/cloudfront.template.json', () => {
  it('is the one scripts/cloudfront-template.mjs generates (npm run deploy:template)', () => {
    expect(template).toEqual(buildTemplate());
  });

  it('keeps every bucket private: public access blocked, readable by this distribution only (OAC), TLS only', () => {
    const buckets = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::S3::Bucket');
    expect(buckets.map(([id]) => id).sort()).toEqual(['EnglishBucket', 'LogBucket', 'SiteBucket']);
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
      const [deny, ...allows] = policies[0].Properties.PolicyDocument.Statement;
      // Any request to the bucket or its objects without TLS is refused, whoever sends it.
      expect(deny).toEqual({
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [{'Fn::GetAtt': [id, 'Arn']}, {'Fn::Join': ['', [{'Fn::GetAtt': [id, 'Arn']}, '/*']]}],
        Condition: {Bool: {'aws:SecureTransport': 'false'}},
      });
      for (const statement of allows) {
        expect(statement.Effect).toBe('Allow');
        expect(statement.Principal).toEqual({Service: 'cloudfront.amazonaws.com'});
        expect(statement.Condition.StringEquals['AWS:SourceArn']['Fn::Sub']).toMatch(
          /:distribution\/\$\{Distribution\}$/,
        );
      }
      expect([id, allows.length > 0]).toEqual([id, id !== 'LogBucket']);
    }
  });

  it('versions the site buckets, so that a bad upload or `sync --delete` can be undone, and expires old versions', () => {
    for (const id of ['SiteBucket', 'EnglishBucket', 'LogBucket']) {
      const {VersioningConfiguration, LifecycleConfiguration} = resources[id].Properties;
      expect(VersioningConfiguration).toEqual({Status: 'Enabled'});
      const [rule] = LifecycleConfiguration.Rules;
      expect(rule.Status).toBe('Enabled');
      expect(rule.NoncurrentVersionExpiration.NoncurrentDays).toBeGreaterThan(0);
    }
    // Current objects of the site are never expired by a rule; old versions are kept a month.
    for (const id of ['SiteBucket', 'EnglishBucket']) {
      const [rule] = resources[id].Properties.LifecycleConfiguration.Rules;
      expect(rule).not.toHaveProperty('ExpirationInDays');
      expect(rule.NoncurrentVersionExpiration.NoncurrentDays).toBe(30);
    }
  });

  it('logs every request (standard logging) to its own bucket, which accepts the log delivery ACL', () => {
    expect(distribution.Logging).toEqual({
      Bucket: {'Fn::GetAtt': ['LogBucket', 'DomainName']},
      Prefix: 'cloudfront/',
      IncludeCookies: false,
    });
    // Legacy standard logging writes through bucket ACLs: the log bucket is the only one that enables them.
    expect(resources.LogBucket.Properties.OwnershipControls.Rules).toEqual([{ObjectOwnership: 'BucketOwnerPreferred'}]);
    expect(resources.SiteBucket.Properties.OwnershipControls.Rules).toEqual([{ObjectOwnership: 'BucketOwnerEnforced'}]);
    expect(resources.LogBucket.Properties.LifecycleConfiguration.Rules[0].ExpirationInDays).toBe(90);
  });

  it('serves / from index.html, and states its viewer certificate and TLS minimum explicitly', () => {
    expect(distribution.DefaultRootObject).toBe('index.html');
    const custom = resolveConditions(distribution, {CustomDomain: true});
    expect(custom.ViewerCertificate).toEqual({
      AcmCertificateArn: {Ref: 'CertificateArn'},
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: customDomainTlsPolicy,
    });
    expect(customDomainTlsPolicy).toBe('TLSv1.2_2021');
    expect(custom.Aliases).toEqual([{Ref: 'DomainName'}]);
    const byDefault = resolveConditions(distribution, {CustomDomain: false});
    expect(byDefault.ViewerCertificate).toEqual({CloudFrontDefaultCertificate: true});
    expect(byDefault).not.toHaveProperty('Aliases');
    // A custom domain cannot be deployed without its certificate.
    expect(template.Rules.CertificateForDomain.Assertions).toHaveLength(1);
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

  it('sends, for every kind of path, exactly the headers of deploy/headers.json: policy plus object metadata', () => {
    for (const path of samplePaths) {
      const sent = {
        ...policyHeaders(behaviorFor(path).ResponseHeadersPolicyId),
        'Cache-Control': objectMetadata(config, path)['Cache-Control'],
      };
      expect([path, sent]).toEqual([path, headersFor(config, path)]);
    }
    // No policy sets Cache-Control: an error response keeps its page's no-cache.
    for (const resource of Object.values(resources).filter(
      (r) => r.Type === 'AWS::CloudFront::ResponseHeadersPolicy',
    )) {
      const items: Json[] = resource.Properties.ResponseHeadersPolicyConfig.CustomHeadersConfig?.Items ?? [];
      expect(items.map((item) => item.Header.toLowerCase())).not.toContain('cache-control');
    }
  });

  it('answers over HTTPS only, and runs the function only on the HTML behaviors', () => {
    const rewrites = [
      {EventType: 'viewer-request', FunctionARN: {'Fn::GetAtt': ['UrlRewriteFunction', 'FunctionARN']}},
    ];
    for (const behavior of [...distribution.CacheBehaviors, distribution.DefaultCacheBehavior]) {
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      const hashedFiles = config.rules.slice(0, -1).some((rule) => rule.paths.includes(behavior.PathPattern));
      expect([behavior.PathPattern, behavior.FunctionAssociations]).toEqual([
        behavior.PathPattern,
        hashedFiles ? undefined : rewrites,
      ]);
    }
    expect(behaviorFor('/docs/ec2/basics').FunctionAssociations).toEqual(rewrites);
    expect(behaviorFor('/en/docs/ec2/basics').FunctionAssociations).toEqual(rewrites);
    expect(behaviorFor('/assets/js/main.0123abcd.js').FunctionAssociations).toBeUndefined();
  });

  it('gives each locale its own 404 page, with status 404', () => {
    // S3 answers a missing key with 404 when the reader may list the bucket, 403 when not: the Spanish
    // bucket lets the distribution list it, the English one does not.
    const actions = (bucket: string) =>
      Object.values(resources)
        .filter((r) => r.Type === 'AWS::S3::BucketPolicy' && r.Properties.Bucket.Ref === bucket)
        .flatMap((r) =>
          r.Properties.PolicyDocument.Statement.filter((s: Json) => s.Effect === 'Allow').map((s: Json) => s.Action),
        );
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

  it('runs deploy/url-rewrite.js as a cloudfront-js-2.0 function, with the locale homes of src/data/locales.ts', () => {
    const {Properties} = resources.UrlRewriteFunction;
    expect(Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(Properties.FunctionCode).toBe(functionCode());
    const source = readFileSync(join(repoRoot, 'deploy', 'url-rewrite.js'), 'utf8');
    // The file itself names no locale: the generator writes them in.
    expect(source).toMatch(/^var LOCALE_HOMES = \[\];/m);
    expect(Properties.FunctionCode.replace(/^var LOCALE_HOMES = .*$/m, '')).toBe(
      source.replace(/^var LOCALE_HOMES = .*$/m, ''),
    );
    // CloudFront Functions' size quota.
    expect(Buffer.byteLength(Properties.FunctionCode)).toBeLessThan(10 * 1024);
  });
});

describe('the CloudFront Function (deploy/url-rewrite.js)', () => {
  it("serves clean URLs from the build's .html files", () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/docs/ec2/basics')).toBe('/docs/ec2/basics.html');
    expect(rewrite('/exam-map/dva-c02')).toBe('/exam-map/dva-c02.html');
    expect(rewrite('/english')).toBe('/english.html');
  });

  it('redirects /docs/x/ to /docs/x with 301, keeping the query string', () => {
    expect(runFunction('/docs/ec2/basics/')).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: {location: {value: '/docs/ec2/basics'}},
    });
    const query = {q: {value: 'ec2'}, tag: {value: 'a', multiValue: [{value: 'a'}, {value: 'b'}]}, flag: {value: ''}};
    expect(runFunction('/en/search/', query).headers.location.value).toBe('/en/search?q=ec2&tag=a&tag=b&flag');
  });

  it('serves each locale home from its index.html', () => {
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      expect(rewrite(`/${locale}`)).toBe(`/${locale}/index.html`);
      expect(rewrite(`/${locale}/`)).toBe(`/${locale}/index.html`);
    }
    const homes = runInNewContext(`${deployedCode}\n;LOCALE_HOMES`);
    expect([...homes]).toEqual(locales.filter((l) => l !== defaultLocale).map(localePrefix));
  });

  it('reads the locales from src/data/locales.ts, their only definition (deploy/locales.mjs)', () => {
    expect(loadLocales()).toEqual({
      locales: [...locales],
      defaultLocale,
      nonDefaultLocales: locales.filter((l) => l !== defaultLocale),
    });
  });

  it('leaves files alone', () => {
    for (const uri of [
      '/assets/js/main.0123abcd.js',
      '/pagefind/current/pagefind.js',
      '/en/img/logo.svg',
      '/404.html',
    ]) {
      expect(rewrite(uri)).toBe(uri);
    }
  });
});

describe("the build's CSP check (src/plugins/contentSecurityPolicy.ts)", () => {
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

  it('writes the <meta> policy right after <meta charset>, before any script, once', () => {
    const html =
      '<!doctype html><html><head><meta charset=UTF-8><title>x</title><script>x()</script></head><body></body></html>';
    const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
    const written = withMetaPolicy(html, policy);
    expect(written).toBe(
      `<!doctype html><html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="${policy}"><title>x</title>` +
        '<script>x()</script></head><body></body></html>',
    );
    expect(withMetaPolicy(written, policy)).toBe(written);
    expect(() => withMetaPolicy('<html><head><script>x()</script><meta charset=UTF-8></head></html>', policy)).toThrow(
      /before/,
    );
  });

  it('rejects what no hash can allow: event handler attributes and javascript: URLs', () => {
    const problems = inlineScriptProblems(
      page('<img src=x.png onerror=alert(1)><a href="javascript:void 0">x</a>'),
      [],
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('onerror'),
      expect.stringContaining('javascript:'),
    ]);
    expect(problems.every((p) => p.hash === undefined)).toBe(true);
  });
});

describe('the GitHub Pages workflow (.github/workflows/deploy-pages.yml)', () => {
  const workflow = readFileSync(join(repoRoot, '.github', 'workflows', 'deploy-pages.yml'), 'utf8');

  it('uses the current majors of the actions (read from their repositories on 2026-12-07), on Node 24 with the npm cache', () => {
    expect([...workflow.matchAll(/uses: (\S+)/g)].map((match) => match[1])).toEqual([
      'actions/checkout@v7',
      'actions/setup-node@v7',
      'actions/upload-pages-artifact@v5',
      'actions/deploy-pages@v5',
    ]);
    expect(workflow).toMatch(/actions\/checkout@v7\n\s+with:\n\s+persist-credentials: false\n/);
    expect(workflow).toMatch(/node-version: 24\n\s+cache: npm\n/);
  });

  it('gives every job a timeout, and publishes the build the tests ran on', () => {
    const jobs = workflow
      .slice(workflow.indexOf('\njobs:\n'))
      .split(/\n {2}(?=\w+:\n)/)
      .slice(1);
    expect(jobs.map((job) => job.split(':')[0])).toEqual(['build', 'deploy']);
    for (const job of jobs) expect(job).toMatch(/\n {4}timeout-minutes: \d+\n/);
    // Between the tests and the upload, nothing builds again.
    const afterTests = workflow.slice(workflow.indexOf('run: bash .ci/run'), workflow.indexOf('upload-pages-artifact'));
    expect(afterTests).not.toMatch(/npm run build|docusaurus build/);
    expect(workflow).toMatch(/upload-pages-artifact@v5\n\s+with:\n\s+path: build\n/);
  });
});
