// The navbar search box (README, "Search"): results as you type, from the index of the edition being read,
// loaded on the first hover or focus. A combobox: arrows move through the results, Enter opens one (or the
// search page), Esc closes; Ctrl/Cmd+K focuses it from anywhere.
import {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {searchSite, type SearchHit} from './pagefind';
import SearchExcerpt from './SearchExcerpt';
import {useEditionBeingRead, useSiteIndex} from './useSiteSearch';
import styles from './styles.module.css';

// Results in the box: each costs one small download (a section's text) on the reader's first search.
const hitsInBox = 5;
// Waits for a pause in typing, so that a word typed letter by letter fetches the index parts of the word only.
const typingPauseMs = 120;

export default function SearchBar(): ReactNode {
  const edition = useEditionBeingRead();
  const loadIndex = useSiteIndex(edition);
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const label = translate({id: 'search.label', message: 'Buscar'});

  useEffect(() => {
    const focusOnShortcut = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', focusOnShortcut);
    return () => document.removeEventListener('keydown', focusOnShortcut);
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      setHits(undefined);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      loadIndex()
        .then((index) => searchSite(index, query, hitsInBox))
        .catch(() => [])
        .then((found) => {
          if (!current) return;
          setHits(found);
          setActive(0);
        });
    }, typingPauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, loadIndex]);

  const allResultsUrl = `${searchPage}?${new URLSearchParams({q: query.trim(), ...(edition === 'current' ? {} : {edition})})}`;
  const optionUrls = [...(hits ?? []).map((hit) => hit.url), allResultsUrl];
  const expanded = open && hits !== undefined;

  const openOption = (index: number) => {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    history.push(optionUrls[index]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + optionUrls.length) % optionUrls.length);
    } else if (event.key === 'Enter' && query.trim()) {
      event.preventDefault();
      openOption(expanded ? active : optionUrls.length - 1);
    }
  };

  return (
    <div className={styles.search} role="search">
      <input
        ref={input}
        type="search"
        className={clsx('navbar__search-input', styles.input)}
        role="combobox"
        aria-label={label}
        placeholder={label}
        aria-keyshortcuts="Control+K Meta+K"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onPointerEnter={() => void loadIndex().catch(() => undefined)}
        onFocus={() => {
          void loadIndex().catch(() => undefined);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        Ctrl K
      </kbd>
      <div role="status" className={styles.status}>
        {expanded && hits.length === 0 ? translate({id: 'search.noResults', message: 'Sin resultados'}) : ''}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className={styles.results} hidden={!expanded}>
        {expanded &&
          optionUrls.map((url, index) => {
            const hit = hits[index];
            return (
              <li
                key={url}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={clsx(styles.option, index === active && styles.active, !hit && styles.allResults)}
                // Keeps the focus in the box, so that the click lands before the list closes.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => openOption(index)}>
                {hit ? (
                  <>
                    <span className={styles.title}>
                      {hit.page}
                      {hit.section && <span className={styles.section}> › {hit.section}</span>}
                    </span>
                    <span className={styles.excerpt}>
                      <SearchExcerpt excerpt={hit.excerpt} />
                    </span>
                  </>
                ) : (
                  translate({id: 'search.allResults', message: 'Ver todos los resultados'})
                )}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
