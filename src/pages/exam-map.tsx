import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import ExamMap from '@site/src/components/ExamMap';

export default function ExamMapPage(): ReactNode {
  return (
    <Layout
      title={translate({id: 'exam.title', message: 'Mapa del examen'})}
      description={translate({
        id: 'exam.description',
        message:
          'Los 4 dominios y las 13 tareas del examen AWS Certified Developer – Associate (DVA-C02), con las secciones de los apuntes que cubren cada una y lo que falta.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="exam.title">Mapa del examen</Translate>
        </Heading>
        <p>
          <Translate id="exam.intro">
            El examen DVA-C02 tiene 4 dominios y 13 tareas. Para cada tarea: las secciones de los apuntes que la
            cubren, hasta qué punto y qué falta estudiar aparte.
          </Translate>
        </p>
        <ExamMap />
      </main>
    </Layout>
  );
}
