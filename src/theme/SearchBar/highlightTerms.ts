// Marks, on the page a search result opens, the words that matched (`?_highlight=word&_highlight=…`, written by
// src/theme/SearchBar/pagefind.ts from the page's own text, so plurals and accents are the page's). A client
// module: tiny, and it loads nothing of the search.
import type {ClientModule} from '@docusaurus/types';

const attribute = 'data-search-highlight';

function unmark(): void {
  for (const mark of document.querySelectorAll(`mark[${attribute}]`)) {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  }
}

function mark(words: string[]): void {
  const root = document.querySelector('.theme-doc-markdown') ?? document.querySelector('main');
  if (!root || words.length === 0) return;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, [data-search-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const value = text.data;
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      fragment.append(value.slice(last, match.index));
      const highlighted = document.createElement('mark');
      highlighted.setAttribute(attribute, '');
      highlighted.textContent = match[0];
      fragment.append(highlighted);
      last = match.index + match[0].length;
    }
    fragment.append(value.slice(last));
    text.replaceWith(fragment);
  }
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    unmark();
    mark(new URLSearchParams(location.search).getAll('_highlight').filter(Boolean));
  },
};

export default clientModule;
