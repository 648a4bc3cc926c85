import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import ExamCoverageSummary from '@site/src/components/ExamCoverageSummary';
import StudyHub from '@site/src/components/StudyHub';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Apuntes para AWS Developer – Associate'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Apuntes de estudio en español e inglés para el examen AWS Certified Developer – Associate: IAM, EC2, ELB, EBS, RDS, S3, CLI, Beanstalk y CI/CD.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">Apuntes AWS</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead">
              Apuntes de estudio para el examen AWS Certified Developer – Associate, organizados por tema,
              con tablas comparativas y búsqueda sin conexión.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/fundamentals/regions-and-zones">
              <Translate id="home.hero.start">Empezar por los fundamentos</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/exam-map">
              <Translate id="home.hero.examMap">Ver el mapa del examen</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/glossary">
              <Translate id="home.hero.glossary">Abrir el glosario</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <StudyHub />
        <ExamCoverageSummary />
      </main>
    </Layout>
  );
}
