// scripts/deploy-s3.sh over the real build, against a stand-in `aws` that records every call and answers as a
// stack would: it refuses to upload when the stack runs another template, uploads hashed files first with
// immutable metadata and Pagefind's binary files as application/octet-stream, uploads a group again when its
// metadata online is stale (deploy/headers.json changed), deletes only what it may, and invalidates.
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {templateFile} from '../../scripts/cloudfront-template.mjs';
import {sameTemplate, uploadGroups} from '../../scripts/deploy-plan.mjs';
import {repoRoot} from '../support/plan';

const work = mkdtempSync(join(tmpdir(), 'deploy-s3-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

// The stand-in: logs its arguments one call per line (NUL-separated), and answers from files in $FAKE_AWS.
const fakeAws = `#!/usr/bin/env bash
printf '%s\\0' "$@" >> "$FAKE_AWS/calls"; printf '\\n' >> "$FAKE_AWS/calls"
case "$1 $2" in
  "cloudformation get-template") cat "$FAKE_AWS/template.json" ;;
  "cloudformation describe-stacks") case "$*" in *SiteBucketName*) echo site-bucket ;; *EnglishBucketName*) echo english-bucket ;; *) echo E2EXAMPLE ;; esac ;;
  "s3api head-object") if [ -f "$FAKE_AWS/head" ]; then cat "$FAKE_AWS/head"; else exit 254; fi ;;
  "cloudfront create-invalidation") echo I2EXAMPLE ;;
esac
`;

function deploy(
  deployedTemplate: unknown,
  onlineMetadata?: string,
  env: Record<string, string> = {},
): {status: number | null; stderr: string; calls: string[][]} {
  const dir = mkdtempSync(join(work, 'run-'));
  writeFileSync(join(dir, 'aws'), fakeAws);
  chmodSync(join(dir, 'aws'), 0o755);
  writeFileSync(join(dir, 'template.json'), JSON.stringify(deployedTemplate));
  if (onlineMetadata) writeFileSync(join(dir, 'head'), onlineMetadata);
  const result = spawnSync('bash', [join(repoRoot, 'scripts', 'deploy-s3.sh'), 'apuntes-aws'], {
    env: {...process.env, ...env, PATH: `${dir}:${process.env.PATH}`, FAKE_AWS: dir},
    encoding: 'utf8',
  });
  let log = '';
  try {
    log = readFileSync(join(dir, 'calls'), 'utf8');
  } catch {
    // no call at all
  }
  const calls = log
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\0').filter(Boolean));
  return {status: result.status, stderr: result.stderr, calls};
}

const committed = JSON.parse(readFileSync(templateFile, 'utf8'));
const option = (call: string[], name: string) => call[call.indexOf(name) + 1];
const includes = (call: string[]) => call.flatMap((arg, index) => (call[index - 1] === '--include' ? [arg] : []));

describe('scripts/deploy-s3.sh', () => {
  it('compares the deployed template whatever its key order, as an object or a string', () => {
    const reordered = Object.fromEntries(Object.entries(committed).reverse());
    expect(sameTemplate({TemplateBody: reordered}, committed)).toBe(true);
    expect(sameTemplate({TemplateBody: JSON.stringify(committed)}, committed)).toBe(true);
    const changed = structuredClone(committed);
    changed.Resources.Distribution.Properties.DistributionConfig.PriceClass = 'PriceClass_All';
    expect(sameTemplate({TemplateBody: changed}, committed)).toBe(false);
    expect(sameTemplate({TemplateBody: 'Resources: {}'}, committed)).toBe(false);
  });

  it('refuses to upload anything when the stack runs another template', () => {
    const old = structuredClone(committed);
    delete old.Resources.LogBucket;
    const {status, stderr, calls} = deploy({TemplateBody: old});
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/runs another template/);
    expect(calls.map((call) => call.slice(0, 2).join(' '))).toEqual(['cloudformation get-template']);
  });

  it('uploads every file once, hashed files first, with the metadata of deploy/headers.json, then deletes and invalidates', () => {
    const groups = uploadGroups();
    const {status, stderr, calls} = deploy({TemplateBody: committed});
    expect([status, stderr]).toEqual([0, '']);
    const uploads = calls.filter((call) => call[0] === 's3' && call[1] === 'sync' && call.includes('--include'));
    expect(uploads).toHaveLength(groups.length);
    uploads.forEach((call, index) => {
      const group = groups[index];
      expect(call.slice(2, 4)).toEqual([
        group.prefix ? `build/${group.prefix}` : 'build',
        group.prefix ? `s3://english-bucket/${group.prefix}` : 's3://site-bucket',
      ]);
      expect(option(call, '--cache-control')).toBe(group.cacheControl);
      expect(call.includes('--content-type') ? option(call, '--content-type') : undefined).toBe(group.contentType);
      expect(includes(call)).toEqual(group.files);
      expect(call).not.toContain('--delete');
    });
    // Per bucket, immutable groups come before the others.
    for (const bucket of ['s3://site-bucket', 's3://english-bucket/en']) {
      const order = uploads.filter((call) => call[3] === bucket).map((call) => option(call, '--cache-control'));
      expect(order).toEqual([...order].sort((a, b) => Number(b.includes('immutable')) - Number(a.includes('immutable'))));
    }
    // The .pagefind files: octet-stream, revalidated; .pf_* files: octet-stream, immutable.
    const typeOf = (file: string) => uploads.find((call) => includes(call).some((f) => f.endsWith(file)))!;
    expect(option(typeOf('wasm.es.pagefind'), '--content-type')).toBe('application/octet-stream');
    expect(option(typeOf('wasm.es.pagefind'), '--cache-control')).toBe('no-cache');
    const fragment = uploads.find((call) => includes(call).some((f) => f.endsWith('.pf_fragment')))!;
    expect([option(fragment, '--content-type'), option(fragment, '--cache-control')]).toEqual([
      'application/octet-stream',
      'public, max-age=31536000, immutable',
    ]);
    // Deletions keep the hashed files and the other bucket's folder.
    const deletions = calls.filter((call) => call.includes('--delete'));
    expect(deletions.map((call) => call.slice(2, 4))).toEqual([['build', 's3://site-bucket'], ['build/en', 's3://english-bucket/en']]);
    expect(deletions[0].filter((_, i) => deletions[0][i - 1] === '--exclude')).toEqual(['en/*', 'assets/*', 'pagefind/*.pf_*']);
    expect(calls.at(-1)!.slice(0, 2)).toEqual(['cloudfront', 'create-invalidation']);
  });

  it('uploads a group again when its metadata online is not the one deploy/headers.json gives now', () => {
    // Every sample object answers as if stored with an older Cache-Control.
    const {status, calls} = deploy({TemplateBody: committed}, 'max-age=600\ttext/html\n');
    expect(status).toBe(0);
    const copies = calls.filter((call) => call[0] === 's3' && call[1] === 'cp');
    expect(copies).toHaveLength(uploadGroups().length);
    for (const call of copies) expect(call).toContain('--recursive');
  });

  it('uploads every group again with REFRESH_METADATA=1, whatever the metadata online', () => {
    const {status, calls} = deploy({TemplateBody: committed}, undefined, {REFRESH_METADATA: '1'});
    expect(status).toBe(0);
    expect(calls.filter((call) => call[0] === 's3' && call[1] === 'cp')).toHaveLength(uploadGroups().length);
  });
});
