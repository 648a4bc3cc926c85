// The banner of a past edition: which exam it served, when that exam retired, and the same page (and
// section) in the current edition. The docs plugin's own banner can say none of that, so the versions are
// configured with `banner: 'none'` and this component replaces the theme's banner whole (pinned in
// tests/unit/upgrade-guards.test.ts). Its `noindex` comes from the
// versions' `noIndex` option.
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useDocsVersion, useDocVersionSuggestions} from '@docusaurus/plugin-content-docs/client';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type {WrapperProps} from '@docusaurus/types';
import {currentEdition, pastEdition, type PastEdition} from '@site/src/data/editions';
import {formatDate} from '@site/src/data/locales';
import {useLocale} from '@site/src/utils/useLocale';

type Props = WrapperProps<typeof DocVersionBannerType>;

function bannerText(edition: PastEdition, locale: ReturnType<typeof useLocale>): string {
  if (edition.notesAsWritten) {
    return translate(
      {
        id: 'edition.banner.original',
        message:
          'Estás leyendo la edición original de los apuntes ({label}), escrita para el examen {exam}, ya retirado.',
      },
      {label: edition.label, exam: edition.exam},
    );
  }
  return translate(
    {
      id: 'edition.banner.past',
      message:
        'Estás leyendo una edición anterior de los apuntes ({label}), escrita para el examen {exam}, retirado el {date}.',
    },
    {label: edition.label, exam: edition.exam, date: formatDate(edition.examRetiredOn, locale)},
  );
}

export default function DocVersionBannerWrapper({className}: Props): ReactNode {
  const version = useDocsVersion();
  const {latestDocSuggestion, latestVersionSuggestion} = useDocVersionSuggestions(version.pluginId);
  const {search, hash} = useLocation();
  // The server renders the link without the reader's query and section; the browser adds them once hydrated.
  const keep = useIsBrowser() ? `${search}${hash}` : '';
  const locale = useLocale();
  const edition = pastEdition(version.version);
  if (!edition) return null;
  const target = latestDocSuggestion?.path ?? latestVersionSuggestion.path;
  return (
    <div
      className={clsx(className, ThemeClassNames.docs.docVersionBanner, 'alert alert--warning margin-bottom--md')}
      role="alert">
      <p className="margin-bottom--sm">{bannerText(edition, locale)}</p>
      <Link to={`${target}${keep}`}>
        {translate(
          {id: 'edition.banner.link', message: 'Ver esta página en la edición actual ({exam})'},
          {exam: currentEdition.exam},
        )}
      </Link>
    </div>
  );
}
