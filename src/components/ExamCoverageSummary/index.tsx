// The home hub's view of the exam map: how many task statements the notes cover, per domain.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {Coverage} from '@site/src/data/examGuide';
// Written by src/plugins/editions.ts in the page's language: the home page ships no exam text.
import coverage from '@generated/editions/default/exam-coverage.json';
import CoverageBadge from '@site/src/components/CoverageBadge';
import styles from './styles.module.css';

const levels: Coverage[] = ['covered', 'partial', 'not-covered'];

export default function ExamCoverageSummary(): ReactNode {
  return (
    <section aria-labelledby="exam-coverage-title" className={styles.summary}>
      <Heading as="h2" id="exam-coverage-title">
        {translate({id: 'home.exam.title', message: 'Cobertura del examen {exam}'}, {exam: coverage.exam})}
      </Heading>
      <table>
        <caption className={styles.caption}>
          <Translate id="home.exam.caption">Tareas del examen por dominio y cobertura de los apuntes</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="home.exam.domain">Dominio</Translate>
            </th>
            <th scope="col">
              <Translate id="home.exam.weight">Peso</Translate>
            </th>
            {levels.map((level) => (
              <th scope="col" key={level}>
                <CoverageBadge coverage={level} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.domains.map((domain) => (
            <tr key={domain.id}>
              <th scope="row">
                <Link to={`/exam-map#${domain.id}`}>{domain.title}</Link>
              </th>
              <td>{translate({id: 'exam.percent', message: '{weight} %'}, {weight: domain.weight})}</td>
              {levels.map((level) => (
                <td key={level}>{domain.tasks[level]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Link to="/exam-map">{translate({id: 'home.exam.link', message: 'Ver el mapa completo del examen'})}</Link>
    </section>
  );
}
