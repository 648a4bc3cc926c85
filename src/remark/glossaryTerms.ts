// Marks the first occurrence of each glossary term on a page, with the glossary of the page's edition (the
// live one for the current edition, the frozen one of a past edition's snapshot; none for the notes as
// written):
// "zona de disponibilidad" becomes
// <GlossaryTerm id="availability-zone" name="Availability Zone" definition="…">zona de disponibilidad</GlossaryTerm>.
// Done at build time from the glossary's own forms, so pages stay plain Markdown, and the card's text is
// written into the page: the glossary itself never ships in the JavaScript of every page.
import type {Parent, PhrasingContent, Root, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {SKIP, visit} from 'unist-util-visit';
import {glossaryOf, type FrozenGlossaryTerm} from '../data/editionData';
import type {EditionId} from '../data/editions';
import {otherLanguageName} from '../data/glossary';
import type {Locale} from '../data/locales';
import {docPage, type VFileLike} from './docPage';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function formMatcher(glossary: readonly FrozenGlossaryTerm[], locale: Locale) {
  const forms = glossary.flatMap((entry) => entry.forms[locale].map((form) => ({form, id: entry.id})));
  // Longest first, so "instancias reservadas convertibles" wins over "instancias reservadas".
  forms.sort((a, b) => b.form.length - a.form.length);
  const idByForm = new Map(forms.map(({form, id}) => [form.toLocaleLowerCase(locale), id]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(${forms.map(({form}) => escapeRegExp(form)).join('|')})(?![\\p{L}\\p{N}_-])`,
    'giu',
  );
  const entriesById = new Map(glossary.map((entry) => [entry.id, entry]));
  return {
    pattern,
    idOf: (match: string) => idByForm.get(match.toLocaleLowerCase(locale)),
    /** The entry with this id; an unknown id is a broken reference, so it throws (and fails the build). */
    entry: (id: string) => {
      const entry = entriesById.get(id);
      if (!entry) throw new Error(`Unknown glossary term: "${id}"`);
      return entry;
    },
  };
}

const matchers = new Map<string, ReturnType<typeof formMatcher>>();
function matcherFor(edition: EditionId, locale: Locale) {
  const key = `${edition}/${locale}`;
  if (!matchers.has(key)) matchers.set(key, formMatcher(glossaryOf(edition), locale));
  return matchers.get(key)!;
}
// Text under these is never marked: headings and links already lead somewhere, code is literal.
const skippedParents = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxFlowElement']);

export default function remarkGlossaryTerms() {
  return (tree: Root, file: VFileLike) => {
    const page = docPage(file);
    if (!page || glossaryOf(page.edition).length === 0) return;
    const {locale} = page;
    const {pattern, idOf, entry: glossaryEntry} = matcherFor(page.edition, locale);
    const marked = new Set<string>();

    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxTextElement' && node.name === 'GlossaryTerm') {
        // A hand-written term: an unknown id throws here and fails the build.
        const idAttribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        const entry = glossaryEntry(String(idAttribute?.value ?? ''));
        marked.add(entry.id);
        node.attributes.push(
          {type: 'mdxJsxAttribute', name: 'name', value: otherLanguageName(entry, locale)},
          {type: 'mdxJsxAttribute', name: 'definition', value: entry.definition[locale]},
        );
        return SKIP;
      }
      if (skippedParents.has(node.type) || (node as {data?: {directiveLabel?: boolean}}).data?.directiveLabel) {
        return SKIP;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const pieces: PhrasingContent[] = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        const id = idOf(match[0]);
        if (!id || marked.has(id)) continue;
        const onlyOn = glossaryEntry(id).onlyOn;
        if (onlyOn && !onlyOn.includes(page.docId)) continue;
        marked.add(id);
        if (match.index > last) pieces.push({type: 'text', value: text.slice(last, match.index)});
        const entry = glossaryEntry(id);
        const term: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'GlossaryTerm',
          attributes: [
            {type: 'mdxJsxAttribute', name: 'id', value: id},
            {type: 'mdxJsxAttribute', name: 'name', value: otherLanguageName(entry, locale)},
            {type: 'mdxJsxAttribute', name: 'definition', value: entry.definition[locale]},
          ],
          children: [{type: 'text', value: match[0]}],
        };
        pieces.push(term);
        last = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (last < text.length) pieces.push({type: 'text', value: text.slice(last)});
      (parent as Parent).children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
