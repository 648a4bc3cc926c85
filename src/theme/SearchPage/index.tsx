// The search page, `/search?q=…` (`&edition=dva-c02` for a past edition): shareable, and where the search
// box's "see all results" leads. The route is added by src/plugins/pagefindSearch.ts.
import {useEffect, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluralForm} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import {searchSite, type SearchHit} from '@site/src/theme/SearchBar/pagefind';
import SearchExcerpt from '@site/src/theme/SearchBar/SearchExcerpt';
import {editionParam, useSiteIndex} from '@site/src/theme/SearchBar/useSiteSearch';
import styles from './styles.module.css';

// Results the page lists: each costs one small download (a section's text). The first ones show as soon as
// theirs are in (a browser fetches only a few files at a time from one server), the rest follow.
const hitsFirst = 5;
const hitsOnPage = 20;

export default function SearchPage(): ReactNode {
  const {search} = useLocation();
  const history = useHistory();
  // The query is in the URL, which the static HTML cannot know: read it once hydrated, so both renders match.
  const params = new URLSearchParams(useIsBrowser() ? search : '');
  const query = params.get('q') ?? '';
  const edition = editionParam(params.get('edition'));
  const loadIndex = useSiteIndex(edition);
  const [hits, setHits] = useState<SearchHit[]>();
  const [complete, setComplete] = useState(false);
  const {selectMessage} = usePluralForm();

  useEffect(() => {
    let current = true;
    setHits(undefined);
    setComplete(false);
    if (query.trim()) {
      loadIndex()
        .then(async (index) => {
          const first = await searchSite(index, query, hitsFirst);
          if (!current) return;
          setHits(first);
          const all = first.length < hitsFirst ? first : await searchSite(index, query, hitsOnPage);
          if (current) setHits(all);
        })
        .catch(() => current && setHits([]))
        .finally(() => current && setComplete(true));
    }
    return () => {
      current = false;
    };
  }, [query, loadIndex]);

  const title = query
    ? translate({id: 'search.resultsTitle', message: 'Resultados de búsqueda para "{query}"'}, {query})
    : translate({id: 'search.emptyTitle', message: 'Buscar en los apuntes'});

  return (
    <Layout
      title={title}
      description={translate({
        id: 'search.description',
        message: 'Busca en los apuntes de AWS Certified Developer – Associate, el glosario y el mapa del examen.',
      })}>
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
        <form
          role="search"
          action=""
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get('q')?.toString() ?? '';
            const next = new URLSearchParams({q: value, ...(edition === 'current' ? {} : {edition})});
            history.replace(`?${next}`);
          }}>
          <input
            key={query}
            type="search"
            name="q"
            className={styles.input}
            defaultValue={query}
            aria-label={translate({id: 'search.label', message: 'Buscar'})}
          />
        </form>
        <p role="status" className={styles.count}>
          {hits === undefined || !complete
            ? ''
            : hits.length === 0
              ? translate({id: 'search.noResults', message: 'Sin resultados'})
              : selectMessage(
                  hits.length,
                  translate(
                    {id: 'search.resultCount', message: '1 resultado|{count} resultados'},
                    {count: hits.length},
                  ),
                )}
        </p>
        {hits?.map((hit) => (
          <article key={hit.url} className={styles.result}>
            <h2 className={styles.resultTitle}>
              <Link to={hit.url}>
                {hit.page}
                {hit.section && ` › ${hit.section}`}
              </Link>
            </h2>
            <p className={styles.excerpt}>
              <SearchExcerpt excerpt={hit.excerpt} />
            </p>
          </article>
        ))}
      </main>
    </Layout>
  );
}
