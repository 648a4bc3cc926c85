// The CloudFormation template, checked rather than only generated (README, "Deploy"): against CloudFormation's
// published resource schemas (@aws-cdk/aws-service-spec) and AWS Control Tower's guard rules for CloudFront and
// S3 (cfn-guard, the binary shipped in @cdklabs/cdk-validator-cfnguard). Both run offline.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildTemplate, templateFile} from '../../scripts/cloudfront-template.mjs';
import {guardResults, resolveConditions, schemaProblems} from '../../scripts/check-template.mjs';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const template: Json = JSON.parse(readFileSync(templateFile, 'utf8'));
const copy = (): Json => structuredClone(template);
const distributionConfig = (t: Json): Json => t.Resources.Distribution.Properties.DistributionConfig;

describe("the template against CloudFormation's resource schemas", () => {
  it('uses only known resource types, properties, required fields, attributes and references', () => {
    expect(schemaProblems(template)).toEqual([]);
  });

  it('fails on a wrong property name, at any depth', () => {
    const t = copy();
    const config = distributionConfig(t);
    config.DefaultRootObjekt = config.DefaultRootObject;
    delete config.DefaultRootObject;
    t.Resources.SiteBucket.Properties.VersioningConfiguration = {State: 'Enabled'};
    expect(schemaProblems(t)).toEqual([
      expect.stringMatching(/^Resources\.SiteBucket\.Properties\.VersioningConfiguration\.State: unknown property/),
      expect.stringMatching(
        /^Resources\.SiteBucket\.Properties\.VersioningConfiguration: required property Status is missing/,
      ),
      expect.stringMatching(
        /^Resources\.Distribution\.Properties\.DistributionConfig\.DefaultRootObjekt: unknown property/,
      ),
    ]);
  });

  it('fails on a missing required property, a wrong type, a wrong enum value or an unknown resource type', () => {
    const t = copy();
    delete distributionConfig(t).Enabled;
    distributionConfig(t).IPV6Enabled = 'yes';
    t.Resources.SiteBucket.Properties.OwnershipControls.Rules[0].ObjectOwnership = 'Nobody';
    t.Resources.LogBucketPolicy.Type = 'AWS::S3::BucketPolicies';
    const problems = schemaProblems(t);
    expect(problems).toContainEqual(expect.stringMatching(/DistributionConfig: required property Enabled is missing/));
    expect(problems).toContainEqual(expect.stringMatching(/IPV6Enabled: expected a boolean/));
    expect(problems).toContainEqual(expect.stringMatching(/ObjectOwnership: "Nobody" is not one of/));
    expect(problems).toContainEqual('Resources.LogBucketPolicy: unknown resource type "AWS::S3::BucketPolicies"');
  });

  it('fails on a GetAtt of an attribute the resource does not have, and on references to nothing', () => {
    const t = copy();
    distributionConfig(t).Logging.Bucket = {'Fn::GetAtt': ['LogBucket', 'Domain']};
    distributionConfig(t).Origins[0].OriginAccessControlId = {'Fn::GetAtt': ['OriginAccessKontrol', 'Id']};
    t.Outputs.SiteUrl.Value = {'Fn::Sub': 'https://${Distribution.Name}'};
    distributionConfig(t).ViewerCertificate['Fn::If'][0] = 'Custom';
    t.Resources.SiteBucketPolicy.Properties.Bucket = {Ref: 'SiteBuckett'};
    expect(schemaProblems(t)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Logging\.Bucket: AWS::S3::Bucket has no attribute "Domain"/),
        expect.stringMatching(/OriginAccessControlId: Fn::GetAtt on unknown resource "OriginAccessKontrol"/),
        expect.stringMatching(/Outputs\.SiteUrl.*AWS::CloudFront::Distribution has no attribute "Name"/),
        expect.stringMatching(/ViewerCertificate: Fn::If on unknown condition "Custom"/),
        expect.stringMatching(/SiteBucketPolicy\.Properties\.Bucket: Ref to unknown "SiteBuckett"/),
      ]),
    );
  });

  it('checks both branches of an Fn::If against the schema', () => {
    const t = copy();
    distributionConfig(t).ViewerCertificate['Fn::If'][1].SslSupport = 'sni-only';
    expect(schemaProblems(t)).toEqual([
      expect.stringMatching(/ViewerCertificate\[true\]\.SslSupport: unknown property/),
    ]);
  });

  it('generates a template that stays valid (the committed one is the generated one)', () => {
    expect(schemaProblems(buildTemplate())).toEqual([]);
  });
});

describe("the template against AWS Control Tower's guard rules for CloudFront and S3 (cfn-guard)", () => {
  const failing = (results: Record<string, {status: string}>) =>
    Object.entries(results)
      .filter(([, {status}]) => status === 'FAIL')
      .map(([rule]) => rule)
      .sort();
  // The rules the template deliberately does not meet; README, "Deploy", says why for each.
  const deliberate = ['ct-cloudfront-pr-4', 'ct-s3-pr-10', 'ct-s3-pr-2', 'ct-s3-pr-4', 'ct-s3-pr-9'];
  // The default *.cloudfront.net certificate cannot take a custom certificate, SNI or a TLS minimum.
  const defaultCertificate = ['ct-cloudfront-pr-6', 'ct-cloudfront-pr-7', 'ct-cloudfront-pr-9'];

  it('meets every rule but the deliberate ones, with the default certificate', () => {
    const results = guardResults(template);
    expect(Object.keys(results)).toHaveLength(21);
    expect(failing(results)).toEqual([...deliberate, ...defaultCertificate].sort());
    for (const rule of [
      'ct-cloudfront-pr-1',
      'ct-cloudfront-pr-3',
      'ct-cloudfront-pr-5',
      'ct-cloudfront-pr-10',
      'ct-s3-pr-1',
      'ct-s3-pr-3',
      'ct-s3-pr-5',
      'ct-s3-pr-6',
      'ct-s3-pr-8',
      'ct-s3-pr-11',
    ]) {
      expect([rule, results[rule].status]).toEqual([rule, 'PASS']);
    }
  });

  it('meets the certificate and TLS rules too with a custom domain', () => {
    const withDomain = resolveConditions(
      template,
      {CustomDomain: true},
      {
        DomainName: 'www.example.org',
        CertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/00000000-0000-0000-0000-000000000000',
      },
    );
    expect(failing(guardResults(withDomain))).toEqual(deliberate.sort());
  });

  it('fails a template that drops a control the template meets', () => {
    const t = copy();
    delete distributionConfig(t).DefaultRootObject;
    t.Resources.SiteBucketPolicy.Properties.PolicyDocument.Statement.shift();
    t.Resources.EnglishBucketPolicy.Properties.PolicyDocument.Statement.shift();
    t.Resources.LogBucketPolicy.Properties.PolicyDocument.Statement.shift();
    const results = guardResults(t);
    expect(results['ct-cloudfront-pr-1'].status).toBe('FAIL');
    expect(results['ct-s3-pr-8'].status).toBe('FAIL');
  });
});
