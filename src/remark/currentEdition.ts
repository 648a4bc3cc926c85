// Which page a remark plugin is looking at: only the current edition's docs get build-time extras.
import type {Locale} from '../data/locales';

export interface VFileLike {
  path?: string;
  history?: string[];
}

export interface CurrentEditionPage {
  locale: Locale;
  /** The doc id, e.g. 'ec2/purchase-options'. */
  docId: string;
}

/** docs/<id>.mdx (Spanish) or i18n/en/docusaurus-plugin-content-docs/current/<id>.mdx; null otherwise. */
export function currentEditionPage(file: VFileLike): CurrentEditionPage | null {
  const path = (file.path ?? file.history?.at(-1) ?? '').replace(/\\/g, '/');
  const english = path.match(/\/i18n\/en\/docusaurus-plugin-content-docs\/current\/(.+)\.mdx?$/);
  if (english) return {locale: 'en', docId: english[1]};
  if (/\/(versioned_docs|i18n)\//.test(path)) return null;
  const spanish = path.match(/\/docs\/(.+)\.mdx?$/);
  return spanish ? {locale: 'es', docId: spanish[1]} : null;
}
