/** The site's languages; every text the site shows itself is given in each of them. */
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Localized = Readonly<Record<Locale, string>>;
