// @ts-check
// Writes deploy/cloudfront.template.json, the CloudFormation template of the Amazon S3 + CloudFront host,
// from deploy/headers.json (the response headers policy; one cache behavior per path pattern), deploy/url-rewrite.js
// (the CloudFront Function) and src/data/locales.ts (the locale homes the function serves), so the deployed
// headers cannot drift from the ones `npm run serve` sends. `npm run deploy:template` writes it; `-- --check`
// only fails if it is out of date; tests/unit/deploy.test.ts checks the committed file against buildTemplate(),
// and tests/unit/template-checks.test.ts against CloudFormation's resource schemas and Control Tower's guard rules.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadHeaders} from '../deploy/headers.mjs';
import {loadLocales} from '../deploy/locales.mjs';

export const templateFile = fileURLToPath(new URL('../deploy/cloudfront.template.json', import.meta.url));
const functionFile = new URL('../deploy/url-rewrite.js', import.meta.url);

/** The site's non-default locale: its own bucket (see the 404 comment below), so exactly one. */
const {nonDefaultLocales} = loadLocales();
if (nonDefaultLocales.length !== 1) {
  throw new Error('The localized 404 of the CloudFront template works for two locales only (README, "Deploy").');
}
export const englishPrefix = `/${nonDefaultLocales[0]}`;

// AWS's managed cache policy "CachingOptimized": no query strings, cookies or headers in the cache key,
// gzip and Brotli. (The search index URL's `?_=<hash>` is then ignored: deploy-s3.sh invalidates on upload.)
const cachingOptimized = '658327ea-f89d-4fab-a63d-7e88639e58f6';

// The strictest viewer security policy CloudFront offers for a custom domain's certificate (SNI): TLS 1.2 and
// 1.3 only, with ciphers from 2021. The default *.cloudfront.net certificate takes none: README, "Deploy".
export const customDomainTlsPolicy = 'TLSv1.2_2021';

// Old object versions (a bad `sync --delete`, an overwritten page) are kept this long, then expire.
export const noncurrentVersionDays = 30;
export const logRetentionDays = 90;

const referrerPolicies = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
];

/** The CloudFront Function's code: deploy/url-rewrite.js with the locale homes of src/data/locales.ts. */
export function functionCode() {
  const source = readFileSync(functionFile, 'utf8');
  const placeholder = /^var LOCALE_HOMES = \[\];.*$/m;
  if (!placeholder.test(source))
    throw new Error('deploy/url-rewrite.js: the `var LOCALE_HOMES = [];` line is missing.');
  const homes = nonDefaultLocales.map((locale) => `'/${locale}'`).join(', ');
  return source.replace(placeholder, `var LOCALE_HOMES = [${homes}]; // from src/data/locales.ts`);
}

/**
 * Strict-Transport-Security as CloudFront's StrictTransportSecurity config.
 * @param {string} value
 */
function strictTransportSecurity(value) {
  const parts = value
    .split(';')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const maxAge = /^max-age=(\d+)$/.exec(parts[0] ?? '');
  const known = ['includesubdomains', 'preload'];
  if (!maxAge || parts.slice(1).some((part) => !known.includes(part))) {
    throw new Error(
      `Strict-Transport-Security "${value}": CloudFront takes max-age, includeSubDomains and preload only`,
    );
  }
  return {
    AccessControlMaxAgeSec: Number(maxAge[1]),
    IncludeSubdomains: parts.includes('includesubdomains'),
    Preload: parts.includes('preload'),
    Override: true,
  };
}

/**
 * The headers of every response as a ResponseHeadersPolicyConfig: CloudFront's security headers, the rest custom.
 * @param {string} name
 * @param {string} comment
 * @param {Record<string, string>} headers
 */
export function responseHeadersPolicyConfig(name, comment, headers) {
  const security = {};
  const custom = [];
  for (const [header, value] of Object.entries(headers)) {
    switch (header.toLowerCase()) {
      case 'content-security-policy':
        security.ContentSecurityPolicy = {ContentSecurityPolicy: value, Override: true};
        break;
      case 'x-content-type-options':
        if (value !== 'nosniff') throw new Error(`CloudFront only sends X-Content-Type-Options: nosniff, not ${value}`);
        security.ContentTypeOptions = {Override: true};
        break;
      case 'referrer-policy':
        if (!referrerPolicies.includes(value)) throw new Error(`CloudFront has no Referrer-Policy "${value}"`);
        security.ReferrerPolicy = {ReferrerPolicy: value, Override: true};
        break;
      case 'x-frame-options':
        security.FrameOptions = {FrameOption: value, Override: true};
        break;
      case 'strict-transport-security':
        security.StrictTransportSecurity = strictTransportSecurity(value);
        break;
      case 'x-xss-protection':
        throw new Error(`${header}: add its SecurityHeadersConfig mapping to scripts/cloudfront-template.mjs`);
      case 'cache-control':
        // Object metadata (scripts/deploy-s3.sh), never a policy's: an error response keeps its page's.
        throw new Error('Cache-Control is object metadata, not a response headers policy header');
      default:
        custom.push({Header: header, Value: value, Override: true});
    }
  }
  return {
    Name: {'Fn::Sub': `\${AWS::StackName}-${name}`},
    Comment: comment.slice(0, 128),
    SecurityHeadersConfig: security,
    ...(custom.length > 0 && {CustomHeadersConfig: {Items: custom}}),
  };
}

/** @param {string} bucketId */
const arn = (bucketId) => ({'Fn::GetAtt': [bucketId, 'Arn']});
/**
 * Written as Fn::Join, the form Control Tower's guard rule CT.S3.PR.8 recognises as "this bucket's objects".
 * @param {string} bucketId
 */
const objectsArn = (bucketId) => ({'Fn::Join': ['', [{'Fn::GetAtt': [bucketId, 'Arn']}, '/*']]});

/**
 * A bucket's lifecycle rule, as AWS::S3::Bucket's LifecycleConfiguration takes it.
 * @typedef {{
 *   Id: string,
 *   Status: string,
 *   ExpirationInDays?: number,
 *   NoncurrentVersionExpiration: {NoncurrentDays: number},
 *   ExpiredObjectDeleteMarker?: boolean,
 *   AbortIncompleteMultipartUpload: {DaysAfterInitiation: number},
 * }} LifecycleRule
 */

/**
 * @param {string} comment
 * @param {{ownership?: string, lifecycle: LifecycleRule}} options
 */
const bucket = (comment, {ownership = 'BucketOwnerEnforced', lifecycle}) => ({
  Type: 'AWS::S3::Bucket',
  Metadata: {Comment: comment},
  Properties: {
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    OwnershipControls: {Rules: [{ObjectOwnership: ownership}]},
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: 'AES256'}}],
    },
    VersioningConfiguration: {Status: 'Enabled'},
    LifecycleConfiguration: {Rules: [lifecycle]},
  },
});

const keepOldVersions = {
  Id: 'ExpireOldVersions',
  Status: 'Enabled',
  NoncurrentVersionExpiration: {NoncurrentDays: noncurrentVersionDays},
  ExpiredObjectDeleteMarker: true,
  AbortIncompleteMultipartUpload: {DaysAfterInitiation: 1},
};

const distributionArn = {'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'};

/**
 * Refuses every request to the bucket that does not come over TLS (aws:SecureTransport false).
 * @param {string} bucketId
 */
const denyInsecureTransport = (bucketId) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [arn(bucketId), objectsArn(bucketId)],
  Condition: {Bool: {'aws:SecureTransport': 'false'}},
});

/**
 * Read access for this distribution only, through Origin Access Control (requests signed by CloudFront).
 * @param {string} bucketId
 * @param {string[]} actions
 * @param {string} comment
 */
const bucketPolicy = (bucketId, actions, comment) => ({
  Type: 'AWS::S3::BucketPolicy',
  Metadata: {Comment: comment},
  Properties: {
    Bucket: {Ref: bucketId},
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        denyInsecureTransport(bucketId),
        ...actions.map((action) => ({
          Sid: `CloudFrontOnly${action.replace('s3:', '')}`,
          Effect: 'Allow',
          Principal: {Service: 'cloudfront.amazonaws.com'},
          Action: action,
          Resource: action === 's3:ListBucket' ? arn(bucketId) : {'Fn::Sub': `\${${bucketId}.Arn}/*`},
          Condition: {StringEquals: {'AWS:SourceArn': distributionArn}},
        })),
      ],
    },
  },
});

export function buildTemplate() {
  const config = loadHeaders();
  const policyId = 'SecurityHeadersPolicy';

  /**
   * `rewrite`: the HTML behaviors, whose paths may be clean URLs. Hashed files need no function.
   * @param {string} originId
   * @param {boolean} rewrite
   */
  const behavior = (originId, rewrite) => ({
    TargetOriginId: originId,
    ViewerProtocolPolicy: 'redirect-to-https',
    AllowedMethods: ['GET', 'HEAD'],
    CachedMethods: ['GET', 'HEAD'],
    Compress: true,
    CachePolicyId: cachingOptimized,
    ResponseHeadersPolicyId: {Ref: policyId},
    ...(rewrite && {
      FunctionAssociations: [
        {EventType: 'viewer-request', FunctionARN: {'Fn::GetAtt': ['UrlRewriteFunction', 'FunctionARN']}},
      ],
    }),
  });
  /** @param {string} pattern */
  const originOf = (pattern) =>
    pattern === englishPrefix || pattern.startsWith(`${englishPrefix}/`) ? 'english' : 'site';
  // CloudFront tries cache behaviors in order, the default last, as serve.mjs tries the rules: each rule's
  // patterns first (hashed files), then the English pages (their own bucket), then everything else.
  const ruleBehaviors = config.rules.slice(0, -1).flatMap((rule) =>
    rule.paths.map((pattern) => {
      if (!pattern.startsWith('/') || pattern.startsWith('/*')) {
        throw new Error(`${pattern}: a rule's pattern must start with a path segment, to pick its bucket`);
      }
      return {PathPattern: pattern, ...behavior(originOf(pattern), false)};
    }),
  );
  const englishBehaviors = [`${englishPrefix}/*`, englishPrefix].map((pattern) => ({
    PathPattern: pattern,
    ...behavior('english', true),
  }));
  /**
   * @param {string} id
   * @param {string} bucketId
   */
  const origin = (id, bucketId) => ({
    Id: id,
    DomainName: {'Fn::GetAtt': [bucketId, 'RegionalDomainName']},
    S3OriginConfig: {OriginAccessIdentity: ''},
    OriginAccessControlId: {'Fn::GetAtt': ['OriginAccessControl', 'Id']},
  });

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'Apuntes AWS: private S3 buckets behind CloudFront (Origin Access Control), clean URLs (CloudFront Function), ' +
      "the headers of deploy/headers.json, and each locale's 404 page with status 404. Generated by " +
      'scripts/cloudfront-template.mjs (npm run deploy:template): do not edit by hand.',
    Metadata: {
      Comments: [
        'Localized 404 with status 404. CloudFront custom error responses are per distribution and per status code, not per path, and a CloudFront Function runs on the viewer request only: it cannot see that S3 has no such key, nor serve the 404 page body. So the status code itself carries the locale.',
        'SiteBucket holds every file but en/ and lets the distribution list it (s3:ListBucket): a missing key is 404, mapped to /404.html. EnglishBucket holds en/ (same keys, en/ prefix included) and allows s3:GetObject only: a missing key is 403, mapped to /en/404.html. Both are returned with status 404; each error page is fetched through the cache behavior of its own path, so from its own bucket.',
        'Limits: two locales, two status codes; a third locale would need another design (Lambda@Edge on origin response, or a route list in a KeyValueStore). A real 403 from EnglishBucket (a broken bucket policy) also shows the English 404 page. Listing SiteBucket is never reachable from a viewer: the function maps / to /index.html and the cache policy forwards no query string.',
        "Cache-Control is object metadata only (deploy-s3.sh: hashed assets immutable, everything else no-cache); the response headers policy never sets it, so an error response carries its error page's no-cache and a missing hashed asset's 404 is never cached as immutable.",
        'Buckets are versioned: a bad upload or `sync --delete` can be undone from the old versions, which expire after ' +
          noncurrentVersionDays +
          ' days. LogBucket receives CloudFront standard logging (legacy), which needs bucket ACLs (BucketOwnerPreferred).',
      ],
    },
    Parameters: {
      DomainName: {
        Type: 'String',
        Default: '',
        Description: "Optional custom domain (www.example.org). Empty: the distribution's *.cloudfront.net name.",
      },
      CertificateArn: {
        Type: 'String',
        Default: '',
        Description: 'ACM certificate in us-east-1 for DomainName; required with DomainName.',
      },
    },
    Rules: {
      CertificateForDomain: {
        RuleCondition: {'Fn::Not': [{'Fn::Equals': [{Ref: 'DomainName'}, '']}]},
        Assertions: [
          {
            Assert: {'Fn::Not': [{'Fn::Equals': [{Ref: 'CertificateArn'}, '']}]},
            AssertDescription: 'A custom DomainName needs the CertificateArn of an ACM certificate in us-east-1.',
          },
        ],
      },
    },
    Conditions: {
      CustomDomain: {'Fn::Not': [{'Fn::Equals': [{Ref: 'DomainName'}, '']}]},
    },
    Resources: {
      SiteBucket: bucket('Every file of the build but en/: Spanish pages, shared assets, search indexes.', {
        lifecycle: keepOldVersions,
      }),
      EnglishBucket: bucket("The build's en/ folder, under the same en/ keys.", {lifecycle: keepOldVersions}),
      LogBucket: bucket(
        'CloudFront standard logs (cloudfront/ prefix). ACLs enabled: legacy standard logging writes through them.',
        {
          ownership: 'BucketOwnerPreferred',
          lifecycle: {
            Id: 'ExpireLogs',
            Status: 'Enabled',
            ExpirationInDays: logRetentionDays,
            NoncurrentVersionExpiration: {NoncurrentDays: 1},
            AbortIncompleteMultipartUpload: {DaysAfterInitiation: 1},
          },
        },
      ),
      SiteBucketPolicy: bucketPolicy(
        'SiteBucket',
        ['s3:GetObject', 's3:ListBucket'],
        'ListBucket makes S3 answer 404 (not 403) for a missing key: the Spanish 404.',
      ),
      EnglishBucketPolicy: bucketPolicy(
        'EnglishBucket',
        ['s3:GetObject'],
        'No ListBucket: S3 answers 403 for a missing key, the English 404.',
      ),
      LogBucketPolicy: bucketPolicy('LogBucket', [], 'TLS only. CloudFront writes the logs through the bucket ACL.'),
      OriginAccessControl: {
        Type: 'AWS::CloudFront::OriginAccessControl',
        Properties: {
          OriginAccessControlConfig: {
            Name: {'Fn::Sub': '${AWS::StackName}-oac'},
            OriginAccessControlOriginType: 's3',
            SigningBehavior: 'always',
            SigningProtocol: 'sigv4',
          },
        },
      },
      UrlRewriteFunction: {
        Type: 'AWS::CloudFront::Function',
        Properties: {
          Name: {'Fn::Sub': '${AWS::StackName}-url-rewrite'},
          AutoPublish: true,
          FunctionConfig: {
            Comment: 'Clean URLs: /docs/x serves docs/x.html, /docs/x/ redirects to /docs/x',
            Runtime: 'cloudfront-js-2.0',
          },
          FunctionCode: functionCode(),
        },
      },
      [policyId]: {
        Type: 'AWS::CloudFront::ResponseHeadersPolicy',
        Properties: {
          ResponseHeadersPolicyConfig: responseHeadersPolicyConfig(
            'security-headers',
            'deploy/headers.json: the headers of every response (Cache-Control is object metadata)',
            config.headers,
          ),
        },
      },
      Distribution: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: {
            Enabled: true,
            Comment: 'Apuntes AWS',
            Aliases: {'Fn::If': ['CustomDomain', [{Ref: 'DomainName'}], {Ref: 'AWS::NoValue'}]},
            ViewerCertificate: {
              'Fn::If': [
                'CustomDomain',
                {
                  AcmCertificateArn: {Ref: 'CertificateArn'},
                  SslSupportMethod: 'sni-only',
                  MinimumProtocolVersion: customDomainTlsPolicy,
                },
                {CloudFrontDefaultCertificate: true},
              ],
            },
            DefaultRootObject: 'index.html',
            HttpVersion: 'http2and3',
            IPV6Enabled: true,
            PriceClass: 'PriceClass_100',
            Logging: {
              Bucket: {'Fn::GetAtt': ['LogBucket', 'DomainName']},
              Prefix: 'cloudfront/',
              IncludeCookies: false,
            },
            Origins: [origin('site', 'SiteBucket'), origin('english', 'EnglishBucket')],
            CacheBehaviors: [...ruleBehaviors, ...englishBehaviors],
            DefaultCacheBehavior: behavior('site', true),
            CustomErrorResponses: [
              {ErrorCode: 404, ResponseCode: 404, ResponsePagePath: '/404.html', ErrorCachingMinTTL: 60},
              {
                ErrorCode: 403,
                ResponseCode: 404,
                ResponsePagePath: `${englishPrefix}/404.html`,
                ErrorCachingMinTTL: 60,
              },
            ],
          },
        },
      },
    },
    Outputs: {
      SiteBucketName: {Value: {Ref: 'SiteBucket'}},
      EnglishBucketName: {Value: {Ref: 'EnglishBucket'}},
      LogBucketName: {Value: {Ref: 'LogBucket'}},
      DistributionId: {Value: {Ref: 'Distribution'}},
      SiteUrl: {
        Value: {
          'Fn::If': [
            'CustomDomain',
            {'Fn::Sub': 'https://${DomainName}'},
            {'Fn::Sub': 'https://${Distribution.DomainName}'},
          ],
        },
      },
    },
  };
}

export const templateText = () => `${JSON.stringify(buildTemplate(), null, 2)}\n`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = templateText();
  if (process.argv.includes('--check')) {
    if (readFileSync(templateFile, 'utf8') !== text) {
      console.error('deploy/cloudfront.template.json is out of date: run `npm run deploy:template`.');
      process.exit(1);
    }
  } else {
    writeFileSync(templateFile, text);
    console.log('Wrote deploy/cloudfront.template.json');
  }
}
