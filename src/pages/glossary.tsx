import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Glossary from '@site/src/components/Glossary';
import {currentEdition, pastEditions} from '@site/src/data/editions';
import {formatDate} from '@site/src/data/locales';
import {useLocale} from '@site/src/utils/useLocale';
import styles from './glossary.module.css';

export default function GlossaryPage(): ReactNode {
  const locale = useLocale();
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
            {translate({id: 'glossary.examChanges', message: 'Qué cambió desde {previous}'}, {previous: pastEditions[0].exam})}
          </Link>
        </p>
        <Glossary />
      </main>
    </Layout>
  );
}
