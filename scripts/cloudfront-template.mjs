// Writes deploy/cloudfront.template.json, the CloudFormation template of the Amazon S3 + CloudFront host,
// from deploy/headers.json (one response headers policy per rule, one cache behavior per path pattern) and
// deploy/url-rewrite.js (the CloudFront Function), so the deployed headers cannot drift from the ones
// `npm run serve` sends. `npm run deploy:template` writes it; `-- --check` only fails if it is out of date;
// tests/unit/deploy.test.ts checks the committed file against buildTemplate().
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadHeaders} from '../deploy/headers.mjs';

export const templateFile = fileURLToPath(new URL('../deploy/cloudfront.template.json', import.meta.url));
const functionFile = new URL('../deploy/url-rewrite.js', import.meta.url);

/** The site's non-default locales: each has its own bucket (see the 404 comment below). */
export const englishPrefix = '/en';

// AWS's managed cache policy "CachingOptimized": no query strings, cookies or headers in the cache key,
// gzip and Brotli. (The search index URL's `?_=<hash>` is then ignored: deploy-s3.sh invalidates on upload.)
const cachingOptimized = '658327ea-f89d-4fab-a63d-7e88639e58f6';

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

/** A headers rule as a ResponseHeadersPolicyConfig: CloudFront's security headers, the rest as custom headers. */
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
      case 'x-xss-protection':
        throw new Error(`${header}: add its SecurityHeadersConfig mapping to scripts/cloudfront-template.mjs`);
      default:
        // Cache-Control does not override the origin's: S3 sends the value deploy-s3.sh uploads, the same one,
        // and an error response keeps its error page's (no-cache), so a missing hashed asset's 404 is never
        // cached as immutable.
        custom.push({Header: header, Value: value, Override: header.toLowerCase() !== 'cache-control'});
    }
  }
  return {
    Name: {'Fn::Sub': `\${AWS::StackName}-${name}`},
    Comment: comment.slice(0, 128),
    SecurityHeadersConfig: security,
    ...(custom.length > 0 && {CustomHeadersConfig: {Items: custom}}),
  };
}

const bucket = (comment) => ({
  Type: 'AWS::S3::Bucket',
  Metadata: {Comment: comment},
  Properties: {
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    OwnershipControls: {Rules: [{ObjectOwnership: 'BucketOwnerEnforced'}]},
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: 'AES256'}}],
    },
  },
});

const distributionArn = {'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'};

/** Read access for this distribution only, through Origin Access Control (requests signed by CloudFront). */
const bucketPolicy = (bucketId, actions, comment) => ({
  Type: 'AWS::S3::BucketPolicy',
  Metadata: {Comment: comment},
  Properties: {
    Bucket: {Ref: bucketId},
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: actions.map((action) => ({
        Sid: `CloudFrontOnly${action.replace('s3:', '')}`,
        Effect: 'Allow',
        Principal: {Service: 'cloudfront.amazonaws.com'},
        Action: action,
        Resource:
          action === 's3:ListBucket'
            ? {'Fn::GetAtt': [bucketId, 'Arn']}
            : {'Fn::Sub': `\${${bucketId}.Arn}/*`},
        Condition: {StringEquals: {'AWS:SourceArn': distributionArn}},
      })),
    },
  },
});

export function buildTemplate() {
  const config = loadHeaders();
  const functionCode = readFileSync(functionFile, 'utf8');
  const policyIds = config.rules.map((_, index) => `HeadersPolicyRule${index + 1}`);
  const policies = Object.fromEntries(
    config.rules.map((rule, index) => [
      policyIds[index],
      {
        Type: 'AWS::CloudFront::ResponseHeadersPolicy',
        Properties: {
          ResponseHeadersPolicyConfig: responseHeadersPolicyConfig(
            `headers-rule-${index + 1}`,
            `deploy/headers.json, rule ${index + 1}: ${rule.paths.join(' ')}`,
            {...config.headers, ...rule.headers},
          ),
        },
      },
    ]),
  );

  const behavior = (originId, policyId) => ({
    TargetOriginId: originId,
    ViewerProtocolPolicy: 'redirect-to-https',
    AllowedMethods: ['GET', 'HEAD'],
    CachedMethods: ['GET', 'HEAD'],
    Compress: true,
    CachePolicyId: cachingOptimized,
    ResponseHeadersPolicyId: {Ref: policyId},
    FunctionAssociations: [{EventType: 'viewer-request', FunctionARN: {'Fn::GetAtt': ['UrlRewriteFunction', 'FunctionARN']}}],
  });
  const originOf = (pattern) =>
    pattern === englishPrefix || pattern.startsWith(`${englishPrefix}/`) ? 'english' : 'site';
  // CloudFront tries cache behaviors in order, the default last, as serve.mjs tries the rules: each rule's
  // patterns first, then the English pages (their own bucket), then everything else.
  const ruleBehaviors = config.rules.slice(0, -1).flatMap((rule, index) =>
    rule.paths.map((pattern) => {
      if (!pattern.startsWith('/') || pattern.startsWith('/*')) {
        throw new Error(`${pattern}: a rule's pattern must start with a path segment, to pick its bucket`);
      }
      return {PathPattern: pattern, ...behavior(originOf(pattern), policyIds[index])};
    }),
  );
  const htmlPolicy = policyIds.at(-1);
  const englishBehaviors = [`${englishPrefix}/*`, englishPrefix].map((pattern) => ({
    PathPattern: pattern,
    ...behavior('english', htmlPolicy),
  }));
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
      'the headers of deploy/headers.json, and each locale\'s 404 page with status 404. Generated by ' +
      'scripts/cloudfront-template.mjs (npm run deploy:template): do not edit by hand.',
    Metadata: {
      Comments: [
        'Localized 404 with status 404. CloudFront custom error responses are per distribution and per status code, not per path, and a CloudFront Function runs on the viewer request only: it cannot see that S3 has no such key, nor serve the 404 page body. So the status code itself carries the locale.',
        'SiteBucket holds every file but en/ and lets the distribution list it (s3:ListBucket): a missing key is 404, mapped to /404.html. EnglishBucket holds en/ (same keys, en/ prefix included) and allows s3:GetObject only: a missing key is 403, mapped to /en/404.html. Both are returned with status 404; each error page is fetched through the cache behavior of its own path, so from its own bucket.',
        'Limits: two locales, two status codes; a third locale would need another design (Lambda@Edge on origin response, or a route list in a KeyValueStore). A real 403 from EnglishBucket (a broken bucket policy) also shows the English 404 page. Listing SiteBucket is never reachable from a viewer: the function maps / to /index.html and the cache policy forwards no query string.',
        'Cache-Control: deploy-s3.sh uploads hashed assets as immutable and everything else as no-cache; the policies send the same value only when S3 has none (Override false), so error pages keep their own no-cache.',
      ],
    },
    Resources: {
      SiteBucket: bucket('Every file of the build but en/: Spanish pages, shared assets, search indexes.'),
      EnglishBucket: bucket('The build\'s en/ folder, under the same en/ keys.'),
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
          FunctionConfig: {Comment: 'Clean URLs: /docs/x and /docs/x/ serve docs/x.html', Runtime: 'cloudfront-js-2.0'},
          FunctionCode: functionCode,
        },
      },
      ...policies,
      Distribution: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: {
            Enabled: true,
            Comment: 'Apuntes AWS',
            HttpVersion: 'http2and3',
            IPV6Enabled: true,
            PriceClass: 'PriceClass_100',
            Origins: [origin('site', 'SiteBucket'), origin('english', 'EnglishBucket')],
            CacheBehaviors: [...ruleBehaviors, ...englishBehaviors],
            DefaultCacheBehavior: behavior('site', htmlPolicy),
            CustomErrorResponses: [
              {ErrorCode: 404, ResponseCode: 404, ResponsePagePath: '/404.html', ErrorCachingMinTTL: 60},
              {ErrorCode: 403, ResponseCode: 404, ResponsePagePath: `${englishPrefix}/404.html`, ErrorCachingMinTTL: 60},
            ],
          },
        },
      },
    },
    Outputs: {
      SiteBucketName: {Value: {Ref: 'SiteBucket'}},
      EnglishBucketName: {Value: {Ref: 'EnglishBucket'}},
      DistributionId: {Value: {Ref: 'Distribution'}},
      SiteUrl: {Value: {'Fn::Sub': 'https://${Distribution.DomainName}'}},
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
