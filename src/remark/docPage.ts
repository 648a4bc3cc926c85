// Which doc a remark plugin is looking at, from the file's path: its locale, its edition and its id.
import {editions, type EditionId} from '../data/editions';
import {docsContentDir, locales, type Locale} from '../data/locales';

export interface VFileLike {
  path?: string;
  history?: string[];
}

export interface DocPage {
  locale: Locale;
  edition: EditionId;
  /** The doc id, e.g. 'ec2/purchase-options'. */
  docId: string;
}

const folders = locales.flatMap((locale) =>
  editions.map(({id: edition}) => ({locale, edition, folder: `/${docsContentDir(locale, edition)}/`})),
);

/** The doc a file holds, or null for a file outside every locale's and edition's docs folder. */
export function docPage(file: VFileLike): DocPage | null {
  const path = (file.path ?? file.history?.at(-1) ?? '').replace(/\\/g, '/');
  // The longest folder first: `/docs/` is also part of `/versioned_docs/`.
  const match = folders
    .filter(({folder}) => path.includes(folder))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
  if (!match) return null;
  const docId = path.slice(path.lastIndexOf(match.folder) + match.folder.length).replace(/\.mdx?$/, '');
  return {locale: match.locale, edition: match.edition, docId};
}
