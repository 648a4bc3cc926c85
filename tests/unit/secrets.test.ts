// No credential-shaped string anywhere in the repository: the notes themselves teach never to commit keys.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {repoRoot} from '../support/plan';

const credentialPatterns: [string, RegExp][] = [
  ['AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['AWS secret key assignment', /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}\b/i],
  ['private key block', /-----BEGIN ((RSA|EC|OPENSSH|DSA) )?PRIVATE KEY-----/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
];

function findCredentials(text: string): string[] {
  return credentialPatterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe('secrets', () => {
  it('the patterns catch credential-shaped strings', () => {
    // Built at run time, so that no such string is committed.
    const fakeKeyId = ['AK', 'IA', 'X'.repeat(16)].join('');
    const fakeSecret = `aws_secret_access_key = ${'a'.repeat(40)}`;
    const fakeKeyBlock = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');
    expect(findCredentials(fakeKeyId)).toEqual(['AWS access key id']);
    expect(findCredentials(fakeSecret)).toEqual(['AWS secret key assignment']);
    expect(findCredentials(fakeKeyBlock)).toEqual(['private key block']);
  });

  it('no tracked file contains one', () => {
    const files = execFileSync('git', ['ls-files', '-z'], {cwd: repoRoot, encoding: 'utf8'})
      .split('\0')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const hits = files
      .filter((file) => file !== 'package-lock.json')
      .flatMap((file) => findCredentials(readFileSync(join(repoRoot, file), 'utf8')).map((name) => `${file}: ${name}`));
    expect(hits).toEqual([]);
  });
});
