// The page of an edition's exam map, routed by src/plugins/editions.ts: /exam-map for the current exam,
// /exam-map/<edition> for a past one (kept for readers of that edition, out of search engines).
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ExamMap from '@site/src/components/ExamMap';
import {currentEdition, examMapPath, pastEditions} from '@site/src/data/editions';
import {examTasks} from '@site/src/data/examGuide';
import {formatDate} from '@site/src/data/locales';
import type {ExamMapData} from '@site/src/plugins/editions';
import styles from './styles.module.css';
import {useLocale} from '@site/src/utils/useLocale';

export default function ExamMapPage({data}: {data: ExamMapData}): ReactNode {
  const {guide} = data;
  const locale = useLocale();
  const exam = guide.code;
  const counts = {domains: guide.domains.length, tasks: examTasks(guide).length, exam};
  const isCurrent = data.edition === 'current';
  // The exam this one replaced, for the "What changed" section.
  const previous = isCurrent ? pastEditions[0]?.exam : undefined;
  return (
    <Layout
      title={translate({id: 'exam.title', message: 'Mapa del examen {exam}'}, {exam})}
      description={translate(
        {
          id: 'exam.description',
          message:
            'Los {domains} dominios y las {tasks} tareas del examen AWS Certified Developer – Associate ({exam}), con las secciones de los apuntes que cubren cada una y lo que falta.',
        },
        counts,
      )}>
      {!isCurrent && (
        <Head>
          <meta name="robots" content="noindex, follow" />
        </Head>
      )}
      <main className="container margin-vert--lg">
        <Heading as="h1">{translate({id: 'exam.title', message: 'Mapa del examen {exam}'}, {exam})}</Heading>
        {isCurrent ? (
          <p className={styles.intro}>
            {translate(
              {
                id: 'exam.intro',
                message:
                  'Desde el {since}, el examen es {exam}: {domains} dominios y {tasks} tareas. Para cada tarea: las secciones de los apuntes que la cubren, hasta qué punto y qué falta estudiar aparte.',
              },
              {...counts, since: formatDate(currentEdition.examSince, locale)},
            )}{' '}
            {previous && (
              <Link to="#changes">
                {translate({id: 'exam.intro.changes', message: 'Qué cambió desde {previous}'}, {previous})}
              </Link>
            )}
          </p>
        ) : (
          <div className="alert alert--warning margin-bottom--md" role="note">
            {translate(
              {
                id: 'exam.pastIntro',
                message:
                  'Mapa del examen {exam}, ya retirado, con las secciones de su edición de los apuntes ({domains} dominios y {tasks} tareas).',
              },
              counts,
            )}{' '}
            <Link to={examMapPath('current')}>
              <Translate id="exam.pastIntro.current" values={{exam: currentEdition.exam}}>
                {'Ver el mapa del examen actual ({exam})'}
              </Translate>
            </Link>
          </div>
        )}
        <ExamMap data={data} previous={previous} />
      </main>
    </Layout>
  );
}
