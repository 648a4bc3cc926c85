// What a Docusaurus upgrade can silently break: the theme files this site ejected or replaced were written
// against these exact sources, and build-time highlighting aliases theme-classic's Prism client module out by its path.
// When a hash changes, re-diff the named ejected file against the new upstream file, port the changes, then
// update the hash here.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const themeClassicLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

// upstream file (under @docusaurus/theme-classic/lib) → [its SHA-256 when ejected, the ejected copy]
const ejected: Record<string, [string, string]> = {
  'theme/CodeBlock/index.js': [
    '639f8655d319e123c4efa5223a42078d3e98ea361e206f6f1bfb87b080a28904',
    'src/theme/CodeBlock/index.tsx',
  ],
  'theme/CodeBlock/Content/index.js': [
    '0d361f5894590ea483a8cd846925bf41d85301eed29e0cfb4dc515128ab35556',
    'src/theme/CodeBlock/Content/index.tsx',
  ],
  'theme/CodeBlock/Content/String.js': [
    '81ab153e9e797be7a86bcfe00dfd53ae6eb14bca2b40d30515d075e5b4e95f99',
    'src/theme/CodeBlock/Content/index.tsx',
  ],
  // The ejected Content renders inside the theme's own Layout (title, copy button, line numbers): its props
  // and markup are what the copy relies on.
  'theme/CodeBlock/Layout/index.js': [
    '7cff522ae9e56f76fe00f83bb6a5c1b029a4a86f4dcc409d01d77d1d5c68e1b3',
    'src/theme/CodeBlock/Content/index.tsx',
  ],
  // Replaced whole (not wrapped): a change upstream (new markup, class names, a11y fixes) does not reach them.
  'theme/DocVersionBanner/index.js': [
    '28bd5c678e2c5f5285c0f585cb9de975e1ab6a2aa9ed29d2a5a2a54e3c963f06',
    'src/theme/DocVersionBanner/index.tsx',
  ],
  'theme/NotFound/Content/index.js': [
    '1339cadd0fe0b2a29e2b200f0b10487e33bd49a8fdc7a86a91e9a6c16616e113',
    'src/theme/NotFound/Content/index.tsx',
  ],
};

describe('ejected theme components', () => {
  it.each(Object.entries(ejected))('%s is the version %s was ejected from', (upstream, [hash, copy]) => {
    expect(sha256(path.join(themeClassicLib, upstream)), `theme-classic changed ${upstream}: re-diff ${copy}`).toBe(
      hash,
    );
  });
});

describe('build-time highlighting', () => {
  it('theme-classic still has the Prism client module that src/plugins/codeHighlighting.ts aliases out', () => {
    expect(existsSync(path.join(themeClassicLib, 'prism-include-languages.js'))).toBe(true);
  });
});
