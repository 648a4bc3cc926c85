// The accent- and case-blind matching of the glossary filter, kept apart from the glossary's data so the
// glossary page filters its static entries without shipping them as JavaScript.

/** Lower case without accents, so a query typed without accents finds "Política". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether every word of the filter is in one of the (already folded) names, so "zona disponibilidad" finds
 * "zona de disponibilidad". An empty filter matches all.
 */
export function namesMatch(foldedNames: readonly string[], filter: string): boolean {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  return foldedNames.some((name) => words.every((word) => name.includes(word)));
}

/** Joins an entry's folded names in the static glossary's `data-names` attribute. */
export const NAME_SEPARATOR = '|';
