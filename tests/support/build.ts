// The built site, read from build/: its pages, and the URL each file answers.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {repoRoot} from './plan';

export const buildDir = join(repoRoot, 'build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** `build/docs/ec2/basics/index.html` → `/docs/ec2/basics`; `build/en/search.html` → `/en/search`. */
export function urlOf(file: string): string {
  const path = '/' + relative(buildDir, file).replace(/\\/g, '/');
  return path.replace(/\/index\.html$/, '').replace(/\.html$/, '') || '/';
}

export interface BuiltPage {
  url: string;
  html: string;
}

export function builtPages(): BuiltPage[] {
  return htmlFiles(buildDir)
    .filter((file) => !file.endsWith('404.html'))
    .map((file) => ({url: urlOf(file), html: readFileSync(file, 'utf8')}));
}

/** The built page at a URL ('/en/docs/ec2/basics'), parsed; undefined if the build has no such page. */
export function builtPage(url: string): CheerioAPI | undefined {
  const file = [join(buildDir, url, 'index.html'), join(buildDir, `${url}.html`)].find(existsSync);
  return file ? load(readFileSync(file, 'utf8')) : undefined;
}
