// Wraps the search plugin's page to give it the meta description every other page has.
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWithDescription(): ReactNode {
  return (
    <>
      <Head>
        <meta
          name="description"
          content={translate({
            id: 'search.description',
            message: 'Busca en los apuntes de AWS Certified Developer – Associate, el glosario y el mapa del examen.',
          })}
        />
      </Head>
      <SearchPage />
    </>
  );
}
