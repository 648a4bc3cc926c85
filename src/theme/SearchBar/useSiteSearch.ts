// Which index the reader searches, and loading it: the edition being read, in the page's language.
import {useCallback} from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {docsPath, examMapPath, pastEdition, pastEditions, type EditionId} from '@site/src/data/editions';
import {loadSiteIndex, type SiteIndex} from './pagefind';

/** The edition of the page being read: a past edition's pages and exam map search that edition. */
export function useEditionBeingRead(): EditionId {
  const {pathname} = useLocation();
  // The locale's base URL ('/' or '/en/') off, the path as editions.ts writes them: '/docs/dva-c02/…'.
  const path = pathname.slice(useBaseUrl('/').length - 1);
  const past = pastEditions.find(({id}) => path.startsWith(`${docsPath(id)}/`) || path === examMapPath(id));
  return past?.id ?? 'current';
}

/** The edition a search page URL names (`&edition=dva-c02`), the current one otherwise. */
export const editionParam = (value: string | null): EditionId => pastEdition(value ?? '')?.id ?? 'current';

const loaded = new Map<string, Promise<SiteIndex>>();

/** Loads the edition's index once per page view; the first call is the first byte of search fetched. */
export function useSiteIndex(edition: EditionId): () => Promise<SiteIndex> {
  // src/plugins/pagefindIndex.mjs writes each edition's index there.
  const indexUrl = useBaseUrl(`/pagefind/${edition}/`);
  return useCallback(() => {
    let index = loaded.get(indexUrl);
    if (!index) {
      index = loadSiteIndex(indexUrl);
      // A failed load (offline) is tried again on the next search.
      index.catch(() => loaded.delete(indexUrl));
      loaded.set(indexUrl, index);
    }
    return index;
  }, [indexUrl]);
}
