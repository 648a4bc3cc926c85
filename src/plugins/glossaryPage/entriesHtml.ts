// The glossary's entries as static HTML, written into the built page by the plugin (index.ts): the page's
// JavaScript carries no term, so its weight stays that of a doc page however many terms the glossary has.
// Without JavaScript it is a plain, complete list; the browser only filters it (GlossaryPage.tsx).
import {filterNames, localName, otherLanguageName, type GlossaryEntry} from '../../data/glossary';
import {foldForSearch, NAME_SEPARATOR} from '../../utils/textFilter';
import {examMapPath} from '../../data/editions';
import {taskAnchor} from '../../data/examGuide';
import {otherLocale, type Locale, type Localized} from '../../data/locales';

/** The entries' own words: static HTML cannot use the site's `translate()`. */
export const entryLabels = {
  awsSpanish: {es: 'En la documentación de AWS en español:', en: "In AWS's Spanish documentation:"},
  readSection: {es: 'Leer la sección que lo explica', en: 'Read the section that explains it'},
  examTask: {es: 'Ver la tarea {task} del examen (aún sin sección)', en: 'See exam Task {task} (no section yet)'},
} satisfies Record<string, Localized>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `backticks` mark inline code, as in every data file (src/components/InlineCode). */
const inlineCodeHtml = (text: string) =>
  text
    .split('`')
    .map((piece, i) => (i % 2 === 1 ? `<code>${escapeHtml(piece)}</code>` : escapeHtml(piece)))
    .join('');

export const initialOf = (name: string) => foldForSearch(name).charAt(0).toUpperCase();

/** Entries in the locale's alphabetical order, grouped by initial. */
export function groupByInitial(entries: readonly GlossaryEntry[], locale: Locale): [string, GlossaryEntry[]][] {
  const collator = new Intl.Collator(locale, {sensitivity: 'base'});
  const sorted = [...entries].sort((a, b) => collator.compare(localName(a, locale), localName(b, locale)));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of sorted) {
    const initial = initialOf(localName(entry, locale));
    groups.set(initial, [...(groups.get(initial) ?? []), entry]);
  }
  return [...groups.entries()];
}

function entryHtml(entry: GlossaryEntry, locale: Locale, localeBase: string): string {
  const awsName =
    locale === 'es' && entry.awsEs
      ? `<p class="glossary-aws-name"><span data-search-ignore>${escapeHtml(entryLabels.awsSpanish[locale])}</span> <em>${escapeHtml(entry.awsEs)}</em></p>`
      : '';
  const link =
    entry.section !== undefined
      ? `<a href="${localeBase}docs/${entry.section}" data-search-ignore>${escapeHtml(entryLabels.readSection[locale])}</a>`
      : `<a href="${localeBase}${examMapPath('current').slice(1)}#${taskAnchor(entry.task)}" data-search-ignore>${escapeHtml(
          entryLabels.examTask[locale].replace('{task}', entry.task),
        )}</a>`;
  return (
    `<div id="${entry.id}" class="glossary-entry" data-search-section="${escapeHtml(localName(entry, locale))}" data-pagefind-weight="0.5" data-names="${escapeHtml(filterNames(entry).join(NAME_SEPARATOR))}">` +
    `<dt><span class="glossary-term">${escapeHtml(localName(entry, locale))}</span> ` +
    `<span class="glossary-other-name" lang="${otherLocale(locale)}">${escapeHtml(otherLanguageName(entry, locale))}</span></dt>` +
    `<dd>${awsName}<p>${inlineCodeHtml(entry.definition[locale])}</p>${link}</dd></div>`
  );
}

/** Every letter section; `localeBase` is the locale's base URL ('/' or '/en/'). */
export function entriesHtml(entries: readonly GlossaryEntry[], locale: Locale, localeBase: string): string {
  return groupByInitial(entries, locale)
    .map(
      ([initial, group]) =>
        `<section class="glossary-letter-section" aria-labelledby="letter-${initial}">` +
        // A letter says nothing to search (src/plugins/pagefindIndex.mjs): no heading above the entries in results.
        `<h2 id="letter-${initial}" class="glossary-letter" data-search-ignore>${initial}</h2>` +
        `<dl class="glossary-entries">${group.map((entry) => entryHtml(entry, locale, localeBase)).join('')}</dl></section>`,
    )
    .join('');
}
