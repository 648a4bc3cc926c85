// The site's languages, and where each one's pages and URLs live. The only definition of them: config,
// components, plugins and tests all read this module.
import type {EditionId} from './editions';

/** Every text the site shows itself is given in each of these. The first is the default, served at `/`. */
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Localized = Readonly<Record<Locale, string>>;

export const defaultLocale: Locale = 'es';

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/** The language a reader switches to: the only other one. */
export const otherLocale = (locale: Locale): Locale => locales.find((other) => other !== locale)!;

/** The URL prefix of a locale: '' for the default one, '/en' for English. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? '' : `/${locale}`);

/** Where a locale's pages of an edition are kept, relative to the site folder. */
export function docsContentDir(locale: Locale, edition: EditionId): string {
  const version = edition === 'current' ? 'current' : `version-${edition}`;
  if (locale !== defaultLocale) return `i18n/${locale}/docusaurus-plugin-content-docs/${version}`;
  return edition === 'current' ? 'docs' : `versioned_docs/${version}`;
}

// English dates follow AWS's style, month first ("December 1, 2026"); Spanish ones, "1 de diciembre de 2026".
const dateLocales: Record<Locale, string> = {es: 'es-ES', en: 'en-US'};

/** An ISO date ('2026-12-01') as the locale writes it: "1 de diciembre de 2026", "December 1, 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(dateLocales[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
