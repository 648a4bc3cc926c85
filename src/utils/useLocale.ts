// The page's locale as the site's Locale type (src/data/locales.ts), for components.
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {isLocale, type Locale} from '../data/locales';

export function useLocale(): Locale {
  const {currentLocale} = useDocusaurusContext().i18n;
  if (!isLocale(currentLocale)) throw new Error(`The site has no text for the locale "${currentLocale}".`);
  return currentLocale;
}
