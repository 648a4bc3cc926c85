// The glossary page: intro, letter index and filter. The entries themselves are static HTML that the plugin
// (index.ts) writes into the empty `data-glossary-entries` element after the build. Hydration adopts that
// HTML as it is in the document (so it matches and is kept); after client-side navigation the element starts
// empty and gets the same HTML from a JSON file. Filtering hides entries in place.
import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {currentEdition, pastEditions} from '@site/src/data/editions';
import {formatDate} from '@site/src/data/locales';
import {NAME_SEPARATOR, namesMatch} from '@site/src/utils/textFilter';
import {useLocale} from '@site/src/utils/useLocale';
import type {GlossaryPageData} from '.';
import './glossary.css';
import styles from './styles.module.css';

/** Shows the entries that match, hides the rest and the letters left empty; returns how many are shown. */
function applyFilter(container: HTMLElement, filter: string): number {
  let shown = 0;
  for (const section of container.querySelectorAll<HTMLElement>('section')) {
    let shownInSection = 0;
    for (const entry of section.querySelectorAll<HTMLElement>('[data-names]')) {
      const match = namesMatch(entry.dataset.names!.split(NAME_SEPARATOR), filter);
      entry.hidden = !match;
      if (match) shownInSection += 1;
    }
    section.hidden = shownInSection === 0;
    shown += shownInSection;
  }
  return shown;
}

const ENTRIES_SELECTOR = '[data-glossary-entries]';

/** The entries the served page holds, read before hydration; none on the server or after client navigation. */
const entriesInDocument = () =>
  ExecutionEnvironment.canUseDOM ? (document.querySelector(ENTRIES_SELECTOR)?.innerHTML ?? '') : '';

const searchWords = (search: string) => new URLSearchParams(search).getAll('_highlight');

export default function GlossaryPage({data}: {data: GlossaryPageData}): ReactNode {
  const locale = useLocale();
  const entriesUrl = useBaseUrl('/glossary-entries.json');
  const {search} = useLocation();
  const container = useRef<HTMLDivElement>(null);
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(data.ids.length);
  const [entries, setEntries] = useState(entriesInDocument);
  const ready = entries !== '';
  // One object per HTML string: React re-applies `dangerouslySetInnerHTML` whenever the object changes, which
  // would undo the filter's hidden entries on every render.
  const entriesHtml = useMemo(() => ({__html: entries}), [entries]);

  const brokenLinks = useBrokenLinks();
  for (const initial of data.letters) brokenLinks.collectAnchor(`letter-${initial}`);
  for (const id of data.ids) brokenLinks.collectAnchor(id);

  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    fetch(entriesUrl)
      .then((response) => response.json() as Promise<{html: string}>)
      .then(({html}) => !cancelled && setEntries(html))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [ready, entriesUrl]);

  // After client-side navigation to /glossary#term, scroll once the entries are there.
  useEffect(() => {
    const {hash} = window.location;
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready]);

  // Arriving from a search result (`?_highlight=sticky&_highlight=sessions`), show the entries the query
  // names. The words are the page's spellings of what matched, so they may be variants of one word ("cifrado",
  // "cifrados"): all of them together first, else the first one that names an entry; none keeps the list whole.
  useEffect(() => {
    if (!ready) return;
    const words = searchWords(search);
    const filter = [words.join(' '), ...words].find(
      (candidate) => candidate && applyFilter(container.current!, candidate) > 0,
    );
    if (filter) setFilter(filter);
    else applyFilter(container.current!, '');
  }, [ready, search]);

  useEffect(() => {
    if (ready) setShown(applyFilter(container.current!, filter));
  }, [ready, filter]);

  return (
    <Layout
      title={translate({id: 'glossary.title', message: 'Glosario'})}
      description={translate({
        id: 'glossary.description',
        message:
          'Glosario bilingüe de AWS: cada término con su nombre en inglés y en español, una definición breve y la sección de los apuntes que lo explica.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="glossary.title">Glosario</Translate>
        </Heading>
        <p>
          <Translate id="glossary.intro">
            El examen usa los nombres de AWS en inglés. Cada término aparece con su nombre en inglés y en español, una
            definición breve y un enlace a la sección de los apuntes que lo explica.
          </Translate>
        </p>
        <p className={styles.exam}>
          {translate(
            {
              id: 'glossary.exam',
              message:
                'Sigue el examen {exam}, vigente desde el {since}: incluye sus términos nuevos (URL prefirmadas, Amazon ECR, Amazon Bedrock Guardrails, inyección de peticiones…), aunque los apuntes aún no los expliquen todos.',
            },
            {exam: currentEdition.exam, since: formatDate(currentEdition.examSince, locale)},
          )}{' '}
          <Link to="/exam-map#changes">
            {translate(
              {id: 'glossary.examChanges', message: 'Qué cambió desde {previous}'},
              {previous: pastEditions[0].exam},
            )}
          </Link>
        </p>
        <nav
          aria-label={translate({id: 'glossary.letters', message: 'Índice alfabético'})}
          className="glossary-letters">
          {data.letters.map((initial) => (
            <Link key={initial} to={`#letter-${initial}`}>
              {initial}
            </Link>
          ))}
        </nav>
        <div className="glossary-filter">
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
          <p role="status" className="glossary-count">
            {translate(
              {id: 'glossary.filter.count', message: '{count} de {total} términos'},
              {count: shown, total: data.ids.length},
            )}
          </p>
        </div>
        <div ref={container} data-glossary-entries="" dangerouslySetInnerHTML={entriesHtml} />
        {ready && shown === 0 && (
          <p>
            <Translate id="glossary.filter.none">Ningún término coincide con el filtro.</Translate>
          </p>
        )}
      </main>
    </Layout>
  );
}
