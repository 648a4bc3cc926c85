// The glossary: every term in the locale's alphabetical order, with a letter index and an accent-blind
// filter. Rendered in full on the server, so without JavaScript it is a plain, complete list.
import {useEffect, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import {foldForSearch, glossary, localName, matchesFilter, otherLanguageName, type GlossaryEntry} from '@site/src/data/glossary';
import InlineCode from '@site/src/components/InlineCode';
import {examMapPath} from '@site/src/data/editions';
import {taskAnchor} from '@site/src/data/examGuide';
import styles from './styles.module.css';
import {otherLocale, type Locale} from '@site/src/data/locales';
import {useLocale} from '@site/src/utils/useLocale';

const initialOf = (name: string) => foldForSearch(name).charAt(0).toUpperCase();

function groupByInitial(entries: readonly GlossaryEntry[], locale: Locale) {
  const collator = new Intl.Collator(locale, {sensitivity: 'base'});
  const sorted = [...entries].sort((a, b) => collator.compare(localName(a, locale), localName(b, locale)));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of sorted) {
    const initial = initialOf(localName(entry, locale));
    groups.set(initial, [...(groups.get(initial) ?? []), entry]);
  }
  return [...groups.entries()];
}

export default function Glossary(): ReactNode {
  const locale = useLocale();
  const [filter, setFilter] = useState('');
  const {search} = useLocation();
  // Arriving from a search result (`?_highlight=sticky&_highlight=sessions`), show the entries the query
  // names; a query whose words matched only through stemming ("políticas") keeps the whole list.
  useEffect(() => {
    const query = new URLSearchParams(search).getAll('_highlight').join(' ');
    if (query && glossary.some((entry) => matchesFilter(entry, query))) setFilter(query);
  }, [search]);
  const groups = useMemo(() => groupByInitial(glossary, locale), [locale]);
  const visibleGroups = groups
    .map(([initial, entries]) => [initial, entries.filter((entry) => matchesFilter(entry, filter))] as const)
    .filter(([, entries]) => entries.length > 0);
  const visibleCount = visibleGroups.reduce((count, [, entries]) => count + entries.length, 0);

  const brokenLinks = useBrokenLinks();
  for (const [initial, entries] of groups) {
    brokenLinks.collectAnchor(`letter-${initial}`);
    for (const entry of entries) brokenLinks.collectAnchor(entry.id);
  }

  return (
    <>
      <nav aria-label={translate({id: 'glossary.letters', message: 'Índice alfabético'})} className={styles.letters}>
        {groups.map(([initial]) => (
          <Link key={initial} to={`#letter-${initial}`}>
            {initial}
          </Link>
        ))}
      </nav>
      <div className={styles.filter}>
        <label htmlFor="glossary-filter">
          <Translate id="glossary.filter.label">Filtrar términos</Translate>
        </label>
        <input
          id="glossary-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder={translate({id: 'glossary.filter.placeholder', message: 'p. ej. zona de disponibilidad'})}
          autoComplete="off"
        />
        <p role="status" className={styles.count}>
          {translate(
            {id: 'glossary.filter.count', message: '{count} de {total} términos'},
            {count: visibleCount, total: glossary.length},
          )}
        </p>
      </div>
      {visibleGroups.map(([initial, entries]) => (
        <section key={initial} aria-labelledby={`letter-${initial}`}>
          <Heading as="h2" id={`letter-${initial}`} className={styles.letter}>
            {initial}
          </Heading>
          <dl className={styles.entries}>
            {entries.map((entry) => (
              <div key={entry.id} id={entry.id} className={styles.entry}>
                <dt>
                  <span className={styles.term}>{localName(entry, locale)}</span>{' '}
                  <span className={styles.otherName} lang={otherLocale(locale)}>
                    {otherLanguageName(entry, locale)}
                  </span>
                </dt>
                <dd>
                  {locale === 'es' && entry.awsEs && (
                    <p className={styles.awsName}>
                      <Translate id="glossary.awsSpanish" values={{name: <em>{entry.awsEs}</em>}}>
                        {'En la documentación de AWS en español: {name}'}
                      </Translate>
                    </p>
                  )}
                  {/* Search finds an entry by its names; its definition restates the notes, which are indexed. */}
                  <div data-search-ignore="">
                    <p>
                      <InlineCode text={entry.definition[locale]} />
                    </p>
                    {entry.section !== undefined ? (
                      <Link to={`/docs/${entry.section}`}>
                        <Translate id="glossary.readSection">Leer la sección en los apuntes</Translate>
                      </Link>
                    ) : (
                      <Link to={`${examMapPath('current')}#${taskAnchor(entry.task)}`}>
                        {translate(
                          {id: 'glossary.examTask', message: 'Ver la tarea {task} del examen (aún no está en los apuntes)'},
                          {task: entry.task},
                        )}
                      </Link>
                    )}
                  </div>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {visibleCount === 0 && (
        <p>
          <Translate id="glossary.filter.none">Ningún término coincide con el filtro.</Translate>
        </p>
      )}
    </>
  );
}
