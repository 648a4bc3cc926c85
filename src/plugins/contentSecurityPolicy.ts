// The build's half of the Content-Security-Policy (README, "Deploy"): deploy/headers.json allows scripts from
// the site's origin and, by SHA-256, the inline scripts the build writes, never 'unsafe-inline'. After each
// locale is built, this plugin hashes every inline script of its HTML files and fails the build on one that
// the policy does not list (naming the file and the hash to add), and on what no hash can allow: inline event
// handlers (`onclick="…"`) and `javascript:` URLs. Then it writes the same policy into every page as
// `<meta http-equiv="Content-Security-Policy">` before any script, so that a host that sends no headers (GitHub
// Pages) still enforces it; a <meta> cannot carry frame-ancestors, which stays header-only.
import {createHash} from 'node:crypto';
import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {load} from 'cheerio';
import {loadHeaders, metaContentSecurityPolicy, scriptHashes} from '../../deploy/headers.mjs';

/** The CSP source that allows an inline script: `'sha256-<base64>'` of its text, as the browser hashes it. */
export const scriptHashSource = (script: string): string =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

// JSON data blocks (`application/ld+json`) never execute, so CSP does not apply to them.
const isDataBlock = (type: string | undefined) => /json$/i.test(type?.trim() ?? '');

export interface InlineScriptProblem {
  /** What is wrong, for the build's message. */
  message: string;
  /** The source to add to script-src, when a hash can allow it. */
  hash?: string;
}

/** Everything in one HTML page that the policy's script-src (`'self'` plus `allowed` hashes) would block. */
export function inlineScriptProblems(html: string, allowed: readonly string[]): InlineScriptProblem[] {
  const $ = load(html);
  const problems: InlineScriptProblem[] = [];
  $('script:not([src])').each((_, element) => {
    if (isDataBlock($(element).attr('type'))) return;
    const hash = scriptHashSource($(element).text());
    if (!allowed.includes(hash)) {
      problems.push({message: `inline script "${$(element).text().slice(0, 60)}…" is not allowed`, hash});
    }
  });
  $('*').each((_, node) => {
    const element = $(node);
    const tag = String(element.prop('tagName')).toLowerCase();
    for (const [name, value] of Object.entries(element.attr() ?? {})) {
      if (/^on/i.test(name)) {
        problems.push({message: `inline event handler <${tag} ${name}>: move it to a script file`});
      } else if (/^\s*javascript:/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(name)) {
        problems.push({message: `javascript: URL in <${tag} ${name}>: use a script file`});
      }
    }
  });
  return problems;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page with the policy as its head's first element after `<meta charset>` (which must stay within the first
 * 1024 bytes), so before any script. A page that already has one is returned unchanged.
 */
export function withMetaPolicy(html: string, policy: string): string {
  if (/<meta http-equiv="?Content-Security-Policy/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  const anchor = /<meta charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('A page without <head>: cannot write its Content-Security-Policy <meta>.');
  const at = anchor.index + anchor[0].length;
  const result = html.slice(0, at) + meta + html.slice(at);
  if (/<script/i.test(result.slice(0, at)))
    throw new Error('A script comes before the Content-Security-Policy <meta>.');
  return result;
}

async function htmlFiles(dir: string, skip: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(file) ? [] : htmlFiles(file, skip);
      return entry.name.endsWith('.html') ? [file] : [];
    }),
  );
  return nested.flat();
}

export default function contentSecurityPolicyPlugin(context: LoadContext): Plugin {
  return {
    name: 'content-security-policy',
    async postBuild({outDir}) {
      const config = loadHeaders();
      const scriptSrc = config.headers['Content-Security-Policy']
        ?.split(';')
        .find((directive) => directive.trim().startsWith('script-src'));
      if (!scriptSrc || /'unsafe-inline'/.test(scriptSrc)) {
        throw new Error("deploy/headers.json: the Content-Security-Policy needs a script-src without 'unsafe-inline'.");
      }
      const allowed = scriptHashes(config);
      // The default locale is built into build/ itself: the other locales' folders are not its pages.
      const {currentLocale, locales} = context.i18n;
      const otherLocales = locales
        .filter((locale) => locale !== currentLocale)
        .map((locale) => path.join(outDir, locale));
      const files = await htmlFiles(outDir, otherLocales);
      const missing = new Map<string, string[]>();
      const blocked: string[] = [];
      for (const file of files) {
        const where = path.relative(context.siteDir, file);
        for (const problem of inlineScriptProblems(await readFile(file, 'utf8'), allowed)) {
          if (problem.hash) missing.set(problem.hash, [...(missing.get(problem.hash) ?? []), where]);
          else blocked.push(`${where}: ${problem.message}`);
        }
      }
      if (missing.size === 0 && blocked.length === 0) {
        const policy = metaContentSecurityPolicy(config);
        // Written through a temporary file and a rename: the search indexing reads these pages meanwhile.
        await Promise.all(
          files.map(async (file) => {
            await writeFile(`${file}.csp`, withMetaPolicy(await readFile(file, 'utf8'), policy));
            await rename(`${file}.csp`, file);
          }),
        );
        return;
      }
      const lines = [
        ...[...missing].map(
          ([hash, where]) =>
            `${where[0]}${where.length > 1 ? ` (and ${where.length - 1} more pages)` : ''}: an inline script ` +
            `not in the policy. If it is the build's own, add ${hash} to script-src in deploy/headers.json, ` +
            'then run `npm run deploy:template`.',
        ),
        ...blocked,
      ];
      throw new Error(
        `Content-Security-Policy (locale ${currentLocale}): the browser would block ${lines.length} ` +
          `inline script(s):\n${lines.join('\n')}`,
      );
    },
  };
}
