import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import Glossary from '@site/src/components/Glossary';

export default function GlossaryPage(): ReactNode {
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
            El examen usa los nombres de AWS en inglés. Cada término aparece con su nombre en inglés y en español,
            una definición breve y un enlace a la sección de los apuntes que lo explica.
          </Translate>
        </p>
        <Glossary />
      </main>
    </Layout>
  );
}
