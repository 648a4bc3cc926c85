import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import ExamCoverageSummary from '@site/src/components/ExamCoverageSummary';
import StudyHub from '@site/src/components/StudyHub';
import {currentEdition, pastEditions} from '@site/src/data/editions';
import {formatDate} from '@site/src/data/locales';
import {useLocale} from '@site/src/utils/useLocale';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const locale = useLocale();
  const exam = {
    exam: currentEdition.exam,
    previous: pastEditions[0].exam,
    since: formatDate(currentEdition.examSince, locale),
  };
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Apuntes para AWS Certified Developer – Associate'})}
      description={translate(
        {
          id: 'home.meta.description',
          message:
            'Apuntes de estudio en español e inglés para el examen AWS Certified Developer – Associate ({exam}): IAM, EC2, ELB, EBS, RDS, S3, CLI, Beanstalk y CI/CD.',
        },
        exam,
      )}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">Apuntes AWS</Translate>
          </Heading>
          <p className={styles.lead}>
            {translate(
              {
                id: 'home.hero.lead',
                message:
                  'Apuntes de estudio para el examen AWS Certified Developer – Associate ({exam}), organizados por tema, con tablas comparativas y búsqueda sin conexión.',
              },
              exam,
            )}
          </p>
          <p className={styles.examNews}>
            {translate(
              {
                id: 'home.hero.examChange',
                message:
                  'Desde el {since}, el examen es {exam}, que sustituye a {previous}: cambian los pesos de los dominios y entran la seguridad de los servicios de IA, los contenedores y las URL prefirmadas.',
              },
              exam,
            )}{' '}
            <Link to="/exam-map#changes">
              {translate({id: 'home.hero.examChangeLink', message: 'Qué cambió desde {previous}'}, exam)}
            </Link>
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
