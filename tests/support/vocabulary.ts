// Finds the forms src/data/vocabulary.ts rejects in the Spanish text the site writes, and says where that
// text is: the pages beyond the notes (all of their prose), the site's own notes on the notes' pages
// (admonitions the notes as written do not have), the `es` strings of src/data/**/*.ts and the messages of
// i18n/es/**/*.json. Code, URLs and MDX comments are never text; glossary `forms` are not either (they are
// how the glossary finds a term in a page, and must follow the page, even the notes' own wording).
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';
import type {VocabularyRule} from '../../src/data/vocabulary';
import {seedLines} from './coverage';
import {plannedPages, repoRoot} from './plan';

/**
 * The text without accents (ñ kept), one UTF-16 unit for one, so that an offset in it points into the text:
 * "Encriptación" → "Encriptacion". Case is left to the patterns' `i` flag.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00c0-\u024f]/g, (char) => (char === 'ñ' || char === 'Ñ' ? char : char.normalize('NFD')[0]));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface RejectedMatch {
  /** Offset in the text. */
  readonly index: number;
  /** The words as the text writes them. */
  readonly found: string;
  /** The rejected form of the list that they are. */
  readonly form: string;
  readonly rule: VocabularyRule;
}

/** A matcher for a list of rules: whole words or phrases, case- and accent-blind, any white space in a phrase. */
export function rejectedFormMatcher(rules: readonly VocabularyRule[]) {
  const forms = rules
    .flatMap((rule) => rule.rejected.map((form) => ({form, rule})))
    // Longest first, so that "tiempo de visibilidad" is reported as itself and not as a shorter form.
    .sort((a, b) => b.form.length - a.form.length);
  const patterns = forms.map(({form, rule}) => ({
    form,
    rule,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_])${fold(form).split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}_])`,
      'giu',
    ),
  }));
  return (text: string): RejectedMatch[] => {
    const folded = fold(text);
    const taken: [number, number][] = [];
    const matches: RejectedMatch[] = [];
    for (const {form, rule, pattern} of patterns) {
      for (const match of folded.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([from, to]) => start < to && end > from)) continue;
        taken.push([start, end]);
        matches.push({index: start, found: text.normalize('NFC').slice(start, end), form, rule});
      }
    }
    return matches.sort((a, b) => a.index - b.index);
  };
}

/** A piece of Spanish text the site writes, and where it starts. */
export interface SiteText {
  /** Path from the repository root. */
  readonly file: string;
  /** Line of the file where `text` starts (1-based). */
  readonly line: number;
  readonly text: string;
}

/** Blanks out what is not prose (code, URLs, comments, imports, JSX tags), keeping every line in its place. */
export function maskNonProse(source: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return source
    .replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/\]\([^)\s]*\)/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/https?:\/\/[^\s)>\]]+/g, blank)
    .replace(/^(import|export) [^\n]*$/gm, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank);
}

const admonitionStart = /^(\s*)(:{3,})(\w+)(?:\[([^\]\n]*)\])?[ \t]*$/;

interface Admonition {
  /** `type[title]`, the way the notes' own admonitions are recognized. */
  readonly key: string;
  /** 0-based line of its opening. */
  readonly first: number;
  /** 0-based line of its closing `:::`. */
  readonly last: number;
}

export function admonitions(source: string): Admonition[] {
  const lines = source.split('\n');
  const found: Admonition[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(admonitionStart);
    if (!open) continue;
    const fence = open[2];
    const close = lines.findIndex((line, j) => j > i && line.trim() === fence);
    const last = close === -1 ? lines.length - 1 : close;
    found.push({key: `${open[3]}[${open[4] ?? ''}]`, first: i, last});
    i = last;
  }
  return found;
}

function filesUnder(folder: string, extension: string): string[] {
  const root = join(repoRoot, folder);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return filesUnder(join(folder, name), extension);
    return name.endsWith(extension) ? [join(folder, name)] : [];
  });
}

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** The notes as written: the DVA-C01 edition, frozen (its slugs are the notes' pages). */
export const notesAsWrittenDir = join('versioned_docs', 'version-dva-c01');

/** Every admonition of the notes as written: on the notes' pages, those stay the author's. */
export function notesAdmonitionKeys(): Set<string> {
  return new Set(filesUnder(notesAsWrittenDir, '.mdx').flatMap((file) => admonitions(read(file)).map((a) => a.key)));
}

/** The pages beyond the notes, in a locale's docs folder: all their prose is the site's. */
export function beyondPagesText(docsDir = 'docs'): SiteText[] {
  return filesUnder(join(docsDir, 'beyond'), '.mdx').map((file) => ({file, line: 1, text: maskNonProse(read(file))}));
}

/** A page of the notes in the current edition, split into the site's own notes and the rest. */
export interface NotesPage {
  /** Path from the repository root ('docs/s3/buckets.mdx'). */
  readonly file: string;
  /** The page's slug ('s3/buckets'). */
  readonly slug: string;
  /** Admonitions that the notes as written do not have (Actualización, Corrección, Para el examen…). */
  readonly siteNotes: SiteText[];
  /** Everything else: the notes' text as corrected in place, where the site's words mix with the author's. */
  readonly rest: SiteText;
}

export function notesPages(docsDir = 'docs'): NotesPage[] {
  const authors = notesAdmonitionKeys();
  return filesUnder(docsDir, '.mdx')
    .filter((file) => !file.startsWith(join(docsDir, 'beyond')))
    .map((file) => {
      const source = read(file);
      const lines = source.split('\n');
      const siteNotes = admonitions(source).filter((admonition) => !authors.has(admonition.key));
      const restLines = lines.map((line, i) =>
        siteNotes.some(({first, last}) => i >= first && i <= last) ? '' : line,
      );
      return {
        file,
        slug: relative(docsDir, file)
          .replace(/\.mdx$/, '')
          .split('\\')
          .join('/'),
        siteNotes: siteNotes.map(({first, last}) => ({
          file,
          line: first + 1,
          text: maskNonProse(lines.slice(first, last + 1).join('\n')),
        })),
        rest: {file, line: 1, text: maskNonProse(restLines.join('\n'))},
      };
    });
}

/** On the notes' pages, the site's own notes: admonitions that the notes as written do not have. */
export function siteNotesText(docsDir = 'docs'): SiteText[] {
  return notesPages(docsDir).flatMap((page) => page.siteNotes);
}

const propertyName = (node: ts.PropertyAssignment) =>
  ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;

/** The strings of a TypeScript data file written in one language (`es` or `en`; `awsEs` is Spanish too), outside glossary `forms`. */
export function localizedStrings(file: string, locale: 'es' | 'en', source = read(file)): SiteText[] {
  const keys = locale === 'es' ? ['es', 'awsEs'] : ['en'];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: SiteText[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node);
      if (name === 'forms') return;
      if (name !== undefined && keys.includes(name)) {
        const strings = ts.isArrayLiteralExpression(node.initializer) ? node.initializer.elements : [node.initializer];
        for (const value of strings) {
          if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
            const {line} = sourceFile.getLineAndCharacterOfPosition(value.getStart(sourceFile));
            found.push({file, line: line + 1, text: maskNonProse(value.text)});
          }
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function dataFilesText(locale: 'es' | 'en'): SiteText[] {
  return filesUnder(join('src', 'data'), '.ts').flatMap((file) => localizedStrings(file, locale));
}

/** The `message` of every entry of a locale's UI strings (i18n/<locale>/**\/*.json). */
export function uiStringsText(locale: 'es' | 'en'): SiteText[] {
  return filesUnder(join('i18n', locale), '.json').flatMap((file) => {
    const raw = read(file);
    const lines = raw.split('\n');
    const entries = Object.entries(JSON.parse(raw) as Record<string, {message?: unknown}>);
    return entries.flatMap(([key, entry]) => {
      if (typeof entry?.message !== 'string') return [];
      const line =
        Math.max(
          0,
          lines.findIndex((l) => l.includes(JSON.stringify(key))),
        ) + 1;
      return [{file, line, text: maskNonProse(entry.message)}];
    });
  });
}

/** Every piece of Spanish text that only the site writes, in the current edition (the notes' pages aside from their site notes). */
export function siteSpanishText(): SiteText[] {
  return [...beyondPagesText(), ...siteNotesText(), ...dataFilesText('es'), ...uiStringsText('es')];
}

/** English: every page of the current edition is the site's text (the notes were written in Spanish). */
export const englishDocsDir = join('i18n', 'en', 'docusaurus-plugin-content-docs', 'current');
export function siteEnglishText(): SiteText[] {
  const pages = filesUnder(englishDocsDir, '.mdx').map((file) => ({file, line: 1, text: maskNonProse(read(file))}));
  return [...pages, ...dataFilesText('en'), ...uiStringsText('en')];
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly found: string;
  readonly form: string;
  readonly use: string;
  /** The words around it, for the report. */
  readonly context: string;
  /** Why it counts, where that is not obvious. */
  readonly note?: string;
}

export function findRejected(texts: readonly SiteText[], rules: readonly VocabularyRule[]): Finding[] {
  const match = rejectedFormMatcher(rules);
  return texts.flatMap(({file, line, text}) => {
    const chars = text.normalize('NFC');
    return match(text).map((m) => {
      const before = chars.slice(0, m.index);
      return {
        file: relative(repoRoot, join(repoRoot, file)),
        line: line + (before.match(/\n/g)?.length ?? 0),
        found: m.found,
        form: m.form,
        use: m.rule.use,
        context: chars
          .slice(Math.max(0, m.index - 40), m.index + m.found.length + 40)
          .replace(/\s+/g, ' ')
          .trim(),
      };
    });
  });
}

/** The author's own lines for a page of the notes (notes/apuntes-originales.txt, as src/data/studyPlan.ts assigns them). */
export function authorsText(slug: string): string {
  const seed = seedLines();
  const page = plannedPages().find((planned) => planned.slug === slug);
  return (page?.seedLines ?? []).map((line) => seed[line - 1] ?? '').join('\n');
}

/**
 * On a page of the notes, outside the site's own notes, the text mixes the author's words with the site's
 * (front matter, headings, corrections in place). Where it holds more rejected words for a concept than the
 * author's own lines for the page do ("encriptados" and "encriptación" count together), the site added some:
 * every occurrence for that concept is reported, with both counts.
 */
export function addedToNotes(page: NotesPage, rules: readonly VocabularyRule[]): Finding[] {
  const match = rejectedFormMatcher(rules);
  const before = new Map<string, number>();
  for (const m of match(authorsText(page.slug))) before.set(m.rule.concept, (before.get(m.rule.concept) ?? 0) + 1);
  const conceptOf = new Map(rules.flatMap((rule) => rule.rejected.map((form) => [form, rule.concept] as const)));
  const now = findRejected([page.rest], rules);
  return now.flatMap((finding) => {
    const concept = conceptOf.get(finding.form)!;
    const here = now.filter((other) => conceptOf.get(other.form) === concept).length;
    const original = before.get(concept) ?? 0;
    if (here <= original) return [];
    return [
      {
        ...finding,
        note: `"${concept}": ${here} on the page outside the site's notes, ${original} in the author's lines`,
      },
    ];
  });
}

/** Every typographic quotation mark that the site's style rejects. */
export function findQuoteMarks(texts: readonly SiteText[], marks: readonly {mark: string; use: string}[]): Finding[] {
  return texts.flatMap(({file, line, text}) =>
    [...text.matchAll(new RegExp(`[${marks.map((m) => m.mark).join('')}]`, 'g'))].map((m) => ({
      file,
      line: line + (text.slice(0, m.index).match(/\n/g)?.length ?? 0),
      found: m[0],
      form: m[0],
      use: marks.find((mark) => mark.mark === m[0])!.use,
      context: text
        .slice(Math.max(0, m.index - 40), m.index + 41)
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}
