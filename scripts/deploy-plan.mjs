// @ts-check
// The decisions of scripts/deploy-s3.sh, in one testable place (tests/build/deploy-s3.test.ts):
// - `compare-template FILE`: the stack's deployed template (FILE, the output of `aws cloudformation
//   get-template`) must be the committed deploy/cloudfront.template.json, or nothing is uploaded;
// - `groups`: every file of build/, grouped by the bucket that holds it and the object metadata it is stored with
//   (Cache-Control and Content-Type from deploy/headers.json), hashed files first. One tab-separated line per
//   group: output key of the bucket, local folder, key prefix (- for none), Cache-Control, Content-Type (- for the CLI's
//   guess), immutable (yes/no), a sample key, then the group's files relative to the folder;
// - `deletions`: per bucket, the folder to mirror with `sync --delete` and the patterns that sync leaves alone
//   (hashed files, kept for readers of older pages; the other bucket's folder), tab-separated.
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadHeaders, objectMetadata} from '../deploy/headers.mjs';
import {loadLocales} from '../deploy/locales.mjs';
import {templateFile} from './cloudfront-template.mjs';

/** @typedef {import('../deploy/headers.mjs').HeadersConfig} HeadersConfig */

const buildDir = fileURLToPath(new URL('../build', import.meta.url));
export const immutable = 'public, max-age=31536000, immutable';

/**
 * JSON with object keys in a fixed order, so two equal templates compare equal whatever their key order.
 * @param {unknown} value
 * @returns {unknown}
 */
const canonical = (value) =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical(/** @type {Record<string, unknown>} */ (value)[key])]),
        )
      : value;

/**
 * Whether the template a stack runs is `committed`. `deployed` is what `aws cloudformation get-template
 * --output json` prints: {TemplateBody: …}, whose body the CLI gives as an object for a JSON template and as a
 * string otherwise.
 * @param {{TemplateBody?: unknown} | null | undefined} deployed
 * @param {unknown} committed
 * @returns {boolean}
 */
export function sameTemplate(deployed, committed) {
  let body = deployed?.TemplateBody;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return false;
    }
  }
  return body !== undefined && JSON.stringify(canonical(body)) === JSON.stringify(canonical(committed));
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function files(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * @typedef {{bucketOutput: string, dir: string, prefix: string, cacheControl: string, contentType?: string,
 *   immutable: boolean, files: string[]}} UploadGroup
 * @param {string} [dir]
 * @param {HeadersConfig} [config]
 * @returns {UploadGroup[]} in upload order: per bucket, immutable (hashed) files first, so no page online ever
 * names a file not uploaded yet.
 */
export function uploadGroups(dir = buildDir, config = loadHeaders()) {
  const {nonDefaultLocales} = loadLocales();
  const buckets = [
    {bucketOutput: 'SiteBucketName', dir, prefix: '', skip: nonDefaultLocales.map((locale) => `${locale}/`)},
    ...nonDefaultLocales.map((locale) => ({
      bucketOutput: 'EnglishBucketName',
      dir: join(dir, locale),
      prefix: locale,
      skip: [],
    })),
  ];
  if (buckets.length !== 2) throw new Error('The S3 + CloudFront host holds two locales (README, "Deploy").');
  const groups = [];
  for (const bucket of buckets) {
    /** @type {Map<string, UploadGroup>} */
    const byMetadata = new Map();
    for (const file of files(bucket.dir)) {
      const relativePath = relative(bucket.dir, file).replace(/\\/g, '/');
      if (bucket.skip.some((folder) => relativePath.startsWith(folder))) continue;
      const key = bucket.prefix ? `${bucket.prefix}/${relativePath}` : relativePath;
      const metadata = objectMetadata(config, `/${key}`);
      const id = `${metadata['Cache-Control']}\t${metadata['Content-Type'] ?? ''}`;
      if (!byMetadata.has(id)) {
        byMetadata.set(id, {
          bucketOutput: bucket.bucketOutput,
          dir: bucket.dir,
          prefix: bucket.prefix,
          cacheControl: metadata['Cache-Control'],
          contentType: metadata['Content-Type'],
          immutable: metadata['Cache-Control'] === immutable,
          files: [],
        });
      }
      /** @type {UploadGroup} */ (byMetadata.get(id)).files.push(relativePath);
    }
    const bucketGroups = [...byMetadata.values()];
    bucketGroups.forEach((group) => group.files.sort());
    groups.push(
      ...bucketGroups.filter((group) => group.immutable),
      ...bucketGroups.filter((group) => !group.immutable),
    );
  }
  return groups;
}

/**
 * The patterns, relative to a bucket's folder of the build (`prefix` '' or 'en'), of the hashed files that an
 * upload never deletes (readers may hold pages that name them): the immutable rules of deploy/headers.json.
 * @param {string} prefix
 * @param {HeadersConfig} [config]
 * @returns {string[]}
 */
export function keptPatterns(prefix, config = loadHeaders()) {
  const start = prefix ? `/${prefix}/` : '/';
  const {nonDefaultLocales} = loadLocales();
  return config.rules
    .filter((rule) => rule.headers['Cache-Control'] === immutable)
    .flatMap((rule) => rule.paths)
    .filter(
      (pattern) =>
        pattern.startsWith(start) && (prefix || !nonDefaultLocales.some((l) => pattern.startsWith(`/${l}/`))),
    )
    .map((pattern) => pattern.slice(start.length));
}

/**
 * Per bucket: the folder that `sync --delete` mirrors, and what it must leave alone.
 * @param {string} [dir]
 * @param {HeadersConfig} [config]
 * @returns {{bucketOutput: string, dir: string, prefix: string, excludes: string[]}[]}
 */
export function deletionSyncs(dir = buildDir, config = loadHeaders()) {
  const {nonDefaultLocales} = loadLocales();
  return [
    {
      bucketOutput: 'SiteBucketName',
      dir,
      prefix: '',
      excludes: [...nonDefaultLocales.map((l) => `${l}/*`), ...keptPatterns('', config)],
    },
    ...nonDefaultLocales.map((locale) => ({
      bucketOutput: 'EnglishBucketName',
      dir: join(dir, locale),
      prefix: locale,
      excludes: keptPatterns(locale, config),
    })),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, argument] = process.argv.slice(2);
  if (command === 'compare-template') {
    const committed = JSON.parse(readFileSync(templateFile, 'utf8'));
    if (!sameTemplate(JSON.parse(readFileSync(argument, 'utf8')), committed)) {
      console.error(
        'The stack runs another template than deploy/cloudfront.template.json: deploy the committed one first ' +
          '(aws cloudformation deploy, README "Deploy"), or check out the commit the stack was deployed from.',
      );
      process.exit(1);
    }
  } else if (command === 'groups') {
    for (const group of uploadGroups()) {
      const sample = group.prefix ? `${group.prefix}/${group.files[0]}` : group.files[0];
      console.log(
        [
          group.bucketOutput,
          relative(process.cwd(), group.dir) || '.',
          group.prefix || '-',
          group.cacheControl,
          group.contentType ?? '-',
          group.immutable ? 'yes' : 'no',
          sample,
          ...group.files,
        ].join('\t'),
      );
    }
  } else if (command === 'deletions') {
    for (const {bucketOutput, dir, prefix, excludes} of deletionSyncs()) {
      console.log([bucketOutput, relative(process.cwd(), dir) || '.', prefix || '-', ...excludes].join('\t'));
    }
  } else {
    console.error('usage: node scripts/deploy-plan.mjs compare-template FILE | groups | deletions');
    process.exit(2);
  }
}
