// One Spanish word per AWS concept (src/data/vocabulary.ts): a rejected form ("despliegue", "cabecera",
// "eventualmente coherente"…) fails here when it comes back in text the site writes. The notes' own wording
// stays as the author wrote it: on the notes' pages, the site's notes (admonitions the notes as written do not
// have) are checked in full, and the rest of the page (headings, front matter and corrections in place mixed
// with the author's text) may not hold a rejected form more often than the author's own lines for that page
// (notes/apuntes-originales.txt). Frozen editions (versioned_docs) are never checked.
// Also checked, in both languages: straight quotation marks only.
import {describe, expect, it} from 'vitest';
import {glossary} from '../../src/data/glossary';
import {rejectedQuoteMarks, vocabulary} from '../../src/data/vocabulary';
import {
  addedToNotes,
  beyondPagesText,
  dataFilesText,
  findQuoteMarks,
  findRejected,
  fold,
  notesPages,
  rejectedFormMatcher,
  siteEnglishText,
  siteSpanishText,
  uiStringsText,
  type Finding,
} from '../support/vocabulary';

/**
 * Rejected forms that stay, each for its reason (for example, a site note that quotes the notes' own wording in
 * order to correct it, where no other wording will do). `context` is a piece of the words around the form, as
 * the report prints them. None is needed today: every correction names the notes' word in the site's.
 */
const allowed: readonly {file: string; form: string; context: string; reason: string}[] = [];

const matcher = rejectedFormMatcher(vocabulary);
const rejectedForms = vocabulary.flatMap((rule) => rule.rejected.map((form) => [form, rule.use] as const));

const isAllowed = (finding: Finding) =>
  allowed.some(
    (entry) =>
      entry.file === finding.file &&
      fold(entry.form).toLowerCase() === fold(finding.form).toLowerCase() &&
      finding.context.includes(entry.context),
  );

const describeFinding = (f: Finding) =>
  `${f.file}:${f.line} "${f.found}" → ${f.use}${f.note ? ` (${f.note})` : ''} | ${f.context}`;

/** Findings per file, over every file the check reads (a file with none is a passing test). */
function byFile(files: readonly string[], findings: readonly Finding[]): [string, string[]][] {
  return [...new Set(files)]
    .sort()
    .map((file) => [file, findings.filter((f) => f.file === file && !isAllowed(f)).map(describeFinding)]);
}

describe('the vocabulary list', () => {
  it('names each rejected form once, with the form to use instead', () => {
    const folded = rejectedForms.map(([form]) => fold(form).toLowerCase());
    expect(folded.filter((form, i) => folded.indexOf(form) !== i)).toEqual([]);
    for (const rule of vocabulary) {
      expect(rule.use.trim(), rule.concept).not.toBe('');
      expect(rule.rejected.length, rule.concept).toBeGreaterThan(0);
    }
  });

  it.each(rejectedForms)(
    'catches "%s" (→ %s) in a sentence, in capitals, without accents and across a line break',
    (form) => {
      const samples = [
        `En esta sección, ${form} aparece en medio de la frase.`,
        `${form.toLocaleUpperCase('es')}: al principio y en mayúsculas.`,
        `Sin tildes: ${form.normalize('NFD').replace(/\p{M}/gu, '')}.`,
        `Partido en dos líneas: ${form.replace(/ /g, '\n  ')}, como en un párrafo de MDX.`,
      ];
      for (const sample of samples)
        expect(
          matcher(sample).map((m) => m.form),
          sample,
        ).toEqual([form]);
    },
  );

  it.each(rejectedForms)('does not catch "%s" inside a longer word', (form) => {
    expect(matcher(`x${form}x y ${form}ísimo`)).toEqual([]);
  });

  it('rejects none of the forms it asks for instead', () => {
    for (const rule of vocabulary) expect(matcher(rule.use), rule.use).toEqual([]);
    // Words that only look like rejected ones.
    expect(
      matcher('un menú desplegable, el costo, un costo, la coherencia final, coherente, la instancia de EC2'),
    ).toEqual([]);
  });

  it.each(rejectedQuoteMarks.map((m) => [m.mark, m.use] as const))('catches the quotation mark %s (→ %s)', (mark) => {
    const findings = findQuoteMarks(
      [{file: 'sample', line: 1, text: `Las notas decían ${mark}así${mark}.`}],
      rejectedQuoteMarks,
    );
    expect(findings.map((f) => f.found)).toEqual([mark, mark]);
  });

  it('reads every place the site writes Spanish', () => {
    const files = new Set(siteSpanishText().map((t) => t.file));
    for (const expected of [
      'docs/beyond/lambda.mdx',
      'src/data/exam.ts',
      'src/data/glossary.ts',
      'src/data/studyPlan.ts',
      'i18n/es/code.json',
    ]) {
      expect(files).toContain(expected);
    }
    expect(notesPages().length).toBeGreaterThanOrEqual(19);
    expect(notesPages().every((page) => page.siteNotes.length > 0 || page.rest.text.length > 0)).toBe(true);
    expect(uiStringsText('es').length).toBeGreaterThan(50);
    expect(beyondPagesText().length).toBeGreaterThan(0);
    expect(dataFilesText('es').some((t) => t.file === 'src/data/glossary.ts')).toBe(true);
  });

  it('lists each allowed exception once, with its reason, and every exception is still needed', () => {
    const findings = [
      ...findRejected(siteSpanishText(), vocabulary),
      ...notesPages().flatMap((page) => addedToNotes(page, vocabulary)),
    ];
    for (const entry of allowed) {
      expect(entry.reason.length, `${entry.file} ${entry.form}`).toBeGreaterThan(20);
      const used = findings.some(
        (f) =>
          f.file === entry.file &&
          fold(f.form).toLowerCase() === fold(entry.form).toLowerCase() &&
          f.context.includes(entry.context),
      );
      expect(used, `${entry.file}: "${entry.context}" is no longer there`).toBe(true);
    }
  });
});

describe('Spanish the site writes uses one word per concept', () => {
  const texts = siteSpanishText();
  const pages = notesPages();
  const findings = [...findRejected(texts, vocabulary), ...pages.flatMap((page) => addedToNotes(page, vocabulary))];
  const files = [...texts.map((t) => t.file), ...pages.map((page) => page.file)];

  it.each(byFile(files, findings))('%s', (_file, problems) => {
    expect(problems).toEqual([]);
  });
});

describe("glossary forms that are rejected words follow the notes' own wording", () => {
  // A form is how the glossary finds a term on a page. A rejected word may be a form only while the notes'
  // text (outside the site's notes) still uses it; once no page writes it, the form must go.
  const notesText = notesPages()
    .map((page) => fold(page.rest.text).toLowerCase())
    .join('\n');
  const rejectedGlossaryForms = glossary.flatMap((entry) =>
    entry.forms.es.filter((form) => matcher(form).length > 0).map((form) => [entry.id, form] as const),
  );

  it.each(rejectedGlossaryForms.length > 0 ? rejectedGlossaryForms : [['none', '']])('%s: "%s"', (_id, form) => {
    if (form === '') return;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_])${fold(form)
        .toLowerCase()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_])`,
      'u',
    );
    expect(pattern.test(notesText), `no page of the notes writes "${form}" any more`).toBe(true);
  });
});

describe('straight quotation marks only, in both languages', () => {
  const pages = notesPages();
  const spanish = [...siteSpanishText(), ...pages.map((page) => page.rest)];
  const texts = [...spanish, ...siteEnglishText()];
  const findings = findQuoteMarks(texts, rejectedQuoteMarks);

  it.each(
    byFile(
      texts.map((t) => t.file),
      findings,
    ),
  )('%s', (_file, problems) => {
    expect(problems).toEqual([]);
  });
});
