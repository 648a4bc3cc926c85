// @ts-check
// Checks a CloudFormation template offline, as tests/unit/template-checks.test.ts does in `npm test`:
// - against CloudFormation's published resource schemas (the registry schemas, as the npm package
//   @aws-cdk/aws-service-spec ships them): every resource type, every property name at every depth, required
//   properties, value types and allowed values, and every Ref, Fn::GetAtt, Fn::Sub, Fn::If and DependsOn target;
// - with AWS Control Tower's proactive controls for CloudFront and S3, run by cfn-guard from the binary that the
//   npm package @cdklabs/cdk-validator-cfnguard ships (nothing is downloaded).
// `node scripts/check-template.mjs [template.json]` prints both reports.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const require = createRequire(import.meta.url);

/**
 * A value of the template checked: untyped JSON (`any`), since finding out whether it has the shape
 * CloudFormation expects is what this script is for.
 * @typedef {any} Json
 */
/** @typedef {ReturnType<typeof import('@aws-cdk/aws-service-spec').loadAwsServiceSpecSync>} SpecDatabase */
/**
 * A property type of CloudFormation's resource schemas, as far as this script reads one (the package's
 * PropertyType is assignable to it).
 * @typedef {{type: 'string' | 'date-time', allowedValues?: string[]}
 *   | {type: 'number' | 'integer' | 'boolean' | 'json' | 'null' | 'tag'}
 *   | {type: 'array' | 'map', element: SchemaType}
 *   | {type: 'ref', reference: {$ref: string}}
 *   | {type: 'union', types: SchemaType[]}} SchemaType
 * @typedef {{required?: boolean, type: SchemaType}} SchemaProperty
 */
/** @typedef {'PASS' | 'FAIL' | 'SKIP'} GuardStatus */

/** @type {SpecDatabase | undefined} */
let database;
/**
 * CloudFormation's resource schemas (loaded once, about half a second).
 * @returns {SpecDatabase}
 */
export function resourceSchemas() {
  database ??= /** @type {typeof import('@aws-cdk/aws-service-spec')} */ (
    require('@aws-cdk/aws-service-spec')
  ).loadAwsServiceSpecSync();
  return database;
}

const templateSections = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
];
const resourceKeys = [
  'Type',
  'Properties',
  'DependsOn',
  'Metadata',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'CreationPolicy',
  'UpdatePolicy',
];
const pseudoParameters = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
];

/**
 * @param {unknown} value
 * @returns {value is Record<string, Json>}
 */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The intrinsic function (`Ref`, `Fn::…`) that `value` is a call of, if it is one.
 * @param {Json} value
 * @returns {string | undefined}
 */
const intrinsicName = (value) => {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::')) ? keys[0] : undefined;
};

/**
 * Every way `template` breaks CloudFormation's resource schemas or its own references, as messages naming the
 * path (empty when none).
 * @param {Record<string, Json>} template
 * @param {SpecDatabase} [db]
 * @returns {string[]}
 */
export function schemaProblems(template, db = resourceSchemas()) {
  /** @type {string[]} */
  const problems = [];
  const resources = template.Resources ?? {};
  const parameters = template.Parameters ?? {};
  const conditions = template.Conditions ?? {};
  /**
   * @param {string} path
   * @param {string} message
   */
  const report = (path, message) => problems.push(`${path}: ${message}`);

  for (const key of Object.keys(template)) {
    if (!templateSections.includes(key)) report(key, 'not a template section');
  }

  /** @param {string} type */
  const resourceSpec = (type) => db.lookup('resource', 'cloudFormationType', 'equals', type);

  /**
   * A Ref, Fn::GetAtt, Fn::Sub… : its targets exist; Fn::If checks both branches against `type`.
   * @param {string} path
   * @param {string} name
   * @param {Json} argument
   * @param {SchemaType} [type]
   */
  function checkIntrinsic(path, name, argument, type) {
    switch (name) {
      case 'Ref':
        if (!(argument in resources) && !(argument in parameters) && !pseudoParameters.includes(argument)) {
          report(path, `Ref to unknown "${argument}"`);
        }
        return;
      case 'Fn::GetAtt': {
        const [id, attribute] = Array.isArray(argument) ? argument : String(argument).split(/\.(.*)/s);
        checkGetAtt(path, id, attribute);
        return;
      }
      case 'Fn::Sub': {
        const [text, variables = {}] = Array.isArray(argument) ? argument : [argument];
        for (const [, reference] of String(text).matchAll(/\$\{(?!!)([^}]+)\}/g)) {
          if (reference in variables) continue;
          const [id, attribute] = reference.split(/\.(.*)/s);
          if (attribute === undefined) checkIntrinsic(path, 'Ref', id);
          else checkGetAtt(path, id, attribute);
        }
        for (const [variable, value] of Object.entries(variables))
          checkValue(`${path}.${variable}`, value, {type: 'string'});
        return;
      }
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = argument;
        if (!(condition in conditions)) report(path, `Fn::If on unknown condition "${condition}"`);
        /**
         * @param {Json} value
         * @param {string} which
         */
        const branch = (value, which) => {
          if (intrinsicName(value) === 'Ref' && value.Ref === 'AWS::NoValue') return;
          if (type) checkValue(`${path}[${which}]`, value, type);
          else checkReferences(`${path}[${which}]`, value);
        };
        branch(whenTrue, 'true');
        branch(whenFalse, 'false');
        return;
      }
      default:
        checkReferences(path, argument);
    }
  }

  /**
   * @param {string} path
   * @param {string} id
   * @param {string} attribute
   */
  function checkGetAtt(path, id, attribute) {
    const target = resources[id];
    if (!target) return report(path, `Fn::GetAtt on unknown resource "${id}"`);
    const spec = resourceSpec(target.Type)[0];
    if (spec && !(attribute in spec.attributes)) {
      report(
        path,
        `${target.Type} has no attribute "${attribute}" (it has ${Object.keys(spec.attributes).join(', ')})`,
      );
    }
  }

  /**
   * Walks a value without a schema (Outputs, Metadata-free parts), checking only its intrinsic functions.
   * @param {string} path
   * @param {Json} value
   */
  function checkReferences(path, value) {
    const name = intrinsicName(value);
    if (name) return checkIntrinsic(path, name, value[name]);
    if (Array.isArray(value)) value.forEach((item, index) => checkReferences(`${path}[${index}]`, item));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) checkReferences(`${path}.${key}`, item);
  }

  /**
   * @param {string} path
   * @param {Json} value
   * @param {Record<string, SchemaProperty>} properties
   */
  function checkProperties(path, value, properties) {
    if (!isObject(value)) return report(path, `expected an object, got ${JSON.stringify(value)}`);
    for (const [key, item] of Object.entries(value)) {
      const property = properties[key];
      if (!property) report(`${path}.${key}`, `unknown property (known: ${Object.keys(properties).sort().join(', ')})`);
      else checkValue(`${path}.${key}`, item, property.type);
    }
    for (const [key, property] of Object.entries(properties)) {
      if (property.required && !(key in value)) report(path, `required property ${key} is missing`);
    }
  }

  /**
   * A value against a schema type: primitives, lists, maps, nested types (by reference) and unions.
   * @param {string} path
   * @param {Json} value
   * @param {SchemaType} type
   */
  function checkValue(path, value, type) {
    const name = intrinsicName(value);
    if (name) return checkIntrinsic(path, name, value[name], type);
    switch (type.type) {
      case 'string':
      case 'date-time':
        if (typeof value !== 'string') return report(path, `expected a string, got ${JSON.stringify(value)}`);
        if (type.allowedValues && !type.allowedValues.includes(value)) {
          report(path, `"${value}" is not one of ${type.allowedValues.join(', ')}`);
        }
        return;
      case 'number':
      case 'integer':
        if (typeof value !== 'number' || (type.type === 'integer' && !Number.isInteger(value))) {
          report(path, `expected ${type.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`);
        }
        return;
      case 'boolean':
        if (typeof value !== 'boolean') report(path, `expected a boolean, got ${JSON.stringify(value)}`);
        return;
      case 'json':
        return checkReferences(path, value);
      case 'null':
        return;
      case 'tag':
        return checkProperties(path, value, {
          Key: {required: true, type: {type: 'string'}},
          Value: {required: true, type: {type: 'string'}},
        });
      case 'array':
        if (!Array.isArray(value)) return report(path, `expected a list, got ${JSON.stringify(value)}`);
        value.forEach((item, index) => checkValue(`${path}[${index}]`, item, type.element));
        return;
      case 'map':
        if (!isObject(value)) return report(path, `expected a map, got ${JSON.stringify(value)}`);
        for (const [key, item] of Object.entries(value)) checkValue(`${path}.${key}`, item, type.element);
        return;
      case 'ref':
        return checkProperties(path, value, db.get('typeDefinition', type.reference.$ref).properties);
      case 'union': {
        const before = problems.length;
        const attempts = type.types.map((option) => {
          checkValue(path, value, option);
          return problems.splice(before);
        });
        const best = attempts.reduce((a, b) => (b.length < a.length ? b : a));
        if (best.length > 0) problems.push(...best);
        return;
      }
      default:
        // A type this script does not know (a newer schema): outside SchemaType.
        report(path, `unknown schema type ${/** @type {{type: string}} */ (type).type}`);
    }
  }

  for (const [id, resource] of Object.entries(resources)) {
    const path = `Resources.${id}`;
    for (const key of Object.keys(resource))
      if (!resourceKeys.includes(key)) report(path, `unknown resource attribute ${key}`);
    const specs = resourceSpec(resource.Type);
    if (specs.length !== 1) {
      report(path, `unknown resource type "${resource.Type}"`);
      continue;
    }
    checkProperties(`${path}.Properties`, resource.Properties ?? {}, specs[0].properties);
    for (const dependency of [resource.DependsOn ?? []].flat()) {
      if (!(dependency in resources)) report(`${path}.DependsOn`, `unknown resource "${dependency}"`);
    }
    if (resource.Condition && !(resource.Condition in conditions))
      report(`${path}.Condition`, `unknown condition "${resource.Condition}"`);
  }
  for (const [id, output] of Object.entries(template.Outputs ?? {})) checkReferences(`Outputs.${id}`, output);
  for (const [id, condition] of Object.entries(conditions)) checkReferences(`Conditions.${id}`, condition);
  return problems;
}

const guardPackage = dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json'));
/** Control Tower's guard rules that apply to this template's services. */
export const guardRuleDirs = ['cloudfront', 's3'].map((service) =>
  join(guardPackage, 'rules/control-tower/cfn-guard', service),
);

/**
 * The cfn-guard binary shipped in the npm package, for this machine.
 * @returns {string}
 */
export function guardBinary() {
  const os = /** @type {Record<string, string | undefined>} */ ({linux: 'ubuntu', darwin: 'macos'})[process.platform];
  const cpu = /** @type {Record<string, string | undefined>} */ ({x64: 'x86_64', arm64: 'aarch64'})[process.arch];
  if (!os || !cpu)
    throw new Error(`cfn-guard: no binary in @cdklabs/cdk-validator-cfnguard for ${process.platform}/${process.arch}`);
  return join(guardPackage, 'bin', os, cpu, 'cfn-guard');
}

/**
 * Runs every guard rule file on `template`: {'ct-s3-pr-8': 'PASS' | 'FAIL' | 'SKIP', …}, and for each failure
 * the guard's messages.
 * @param {unknown} template written as JSON for cfn-guard
 * @returns {Record<string, {status: GuardStatus, messages: string[]}>}
 */
export function guardResults(template) {
  const dir = mkdtempSync(join(tmpdir(), 'cfn-guard-'));
  const data = join(dir, 'template.json');
  writeFileSync(data, JSON.stringify(template));
  /** @type {Record<string, {status: GuardStatus, messages: string[]}>} */
  const results = {};
  try {
    for (const rulesDir of guardRuleDirs) {
      for (const file of readdirSync(rulesDir)
        .filter((name) => name.endsWith('.guard'))
        .sort()) {
        /** @type {string} */
        let output;
        try {
          output = execFileSync(
            guardBinary(),
            [
              'validate',
              '--rules',
              join(rulesDir, file),
              '--data',
              data,
              '--output-format',
              'json',
              '--show-summary',
              'none',
            ],
            {encoding: 'utf8'},
          );
        } catch (error) {
          // cfn-guard exits 19 when a rule fails; its report is still on stdout.
          const failed = /** @type {import('node:child_process').SpawnSyncReturns<string>} */ (error);
          if (failed.status !== 19) throw error;
          output = failed.stdout;
        }
        /** @type {{status: GuardStatus, not_compliant: unknown}} the parts of cfn-guard's JSON report read here */
        const report = JSON.parse(output);
        const messages = JSON.stringify(report.not_compliant).match(/\[CT\.[A-Z0-9.]+\]: [^"\\]+/g) ?? [];
        results[file.replace(/\.guard$/, '')] = {status: report.status, messages: [...new Set(messages)]};
      }
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  return results;
}

/**
 * The template as CloudFormation would see it with these condition and parameter values: Fn::If resolved,
 * AWS::NoValue removed, Refs to the given parameters replaced by their values.
 * @param {Json} value
 * @param {Record<string, boolean>} conditionValues
 * @param {Record<string, Json>} [parameterValues]
 * @returns {Json}
 */
export function resolveConditions(value, conditionValues, parameterValues = {}) {
  const name = intrinsicName(value);
  if (name === 'Ref' && value.Ref in parameterValues) return parameterValues[value.Ref];
  if (name === 'Fn::If') {
    const [condition, whenTrue, whenFalse] = value[name];
    if (condition in conditionValues)
      return resolveConditions(conditionValues[condition] ? whenTrue : whenFalse, conditionValues, parameterValues);
  }
  /** @param {Json} item */
  const isNoValue = (item) => intrinsicName(item) === 'Ref' && item.Ref === 'AWS::NoValue';
  if (Array.isArray(value)) {
    return value
      .map((item) => resolveConditions(item, conditionValues, parameterValues))
      .filter((item) => !isNoValue(item));
  }
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, resolveConditions(item, conditionValues, parameterValues)])
        .filter(([, item]) => !isNoValue(item)),
    );
  }
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? fileURLToPath(new URL('../deploy/cloudfront.template.json', import.meta.url));
  const template = JSON.parse(readFileSync(file, 'utf8'));
  const problems = schemaProblems(template);
  console.log(problems.length === 0 ? 'Resource schemas: no problem.' : `Resource schemas:\n${problems.join('\n')}`);
  for (const [rule, {status, messages}] of Object.entries(guardResults(template))) {
    console.log(`${status.padEnd(4)} ${rule}${messages.length ? `  ${messages.join(' | ')}` : ''}`);
  }
  process.exitCode = problems.length === 0 ? 0 : 1;
}
