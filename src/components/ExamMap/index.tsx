// An exam map: domains and task statements against the sections of an edition that serve them, and, for a
// new exam version, what changed from the previous one.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import CoverageBadge from '@site/src/components/CoverageBadge';
import InlineCode from '@site/src/components/InlineCode';
import PracticeTaskProgress from '@site/src/components/PracticeTaskProgress';
import {taskAnchor, type ExamChanges} from '@site/src/data/examGuide';
import {formatDate} from '@site/src/data/locales';
import {useLocale} from '@site/src/utils/useLocale';
import type {ExamMapData} from '@site/src/plugins/editions';
import styles from './styles.module.css';

const percent = (weight: number) => translate({id: 'exam.percent', message: '{weight} %'}, {weight});

function Changes({changes, previous}: {changes: ExamChanges; previous: string}): ReactNode {
  const locale = useLocale();
  return (
    <section aria-labelledby="changes" className={styles.changes}>
      <Heading as="h2" id="changes">
        {translate({id: 'exam.changes.title', message: 'Qué cambió desde {previous}'}, {previous})}
      </Heading>
      <table>
        <caption>
          {translate(
            {id: 'exam.changes.domains', message: 'Dominios de {previous} y de la versión actual'},
            {previous},
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{previous}</th>
            <th scope="col">
              <Translate id="exam.changes.now">Ahora</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.domains.map(({before, after}, index) => (
            <tr key={index}>
              <td>
                {index + 1}. {before.title[locale]} ({percent(before.weight)})
              </td>
              <td>
                {index + 1}. {after.title[locale]} ({percent(after.weight)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Heading as="h3" id="changes-added">
        <Translate id="exam.changes.added">Lo que se añade</Translate>
      </Heading>
      <ul>
        {changes.additions.map((addition) => (
          <li key={`${addition.task}-${addition.text.en}`}>
            <Link to={`#${taskAnchor(addition.task)}`}>{addition.task}</Link>:{' '}
            <InlineCode text={addition.text[locale]} />
          </li>
        ))}
      </ul>
      <Heading as="h3" id="changes-moved">
        <Translate id="exam.changes.moved">Lo que cambia de tarea</Translate>
      </Heading>
      <ul>
        {changes.moved.map((move) => (
          <li key={move.skill.en}>
            {move.skill[locale]}: {move.from} → <Link to={`#${taskAnchor(move.to)}`}>{move.to}</Link>
          </li>
        ))}
      </ul>
      <Heading as="h3" id="changes-merged">
        <Translate id="exam.changes.merged">Lo que se fusiona</Translate>
      </Heading>
      <ul>
        {changes.merged.map((merge) => (
          <li key={merge.text.en}>
            {merge.from.join(' + ')} → <Link to={`#${taskAnchor(merge.to)}`}>{merge.to}</Link>: {merge.text[locale]}
          </li>
        ))}
      </ul>
      <p>
        <Translate id="exam.changes.source">Fuente:</Translate>{' '}
        <Link href={changes.source.url}>{changes.source.title}</Link>
      </p>
    </section>
  );
}

export default function ExamMap({data, previous}: {data: ExamMapData; previous?: string}): ReactNode {
  const locale = useLocale();
  const {guide} = data;
  const brokenLinks = useBrokenLinks();
  for (const domain of guide.domains) {
    brokenLinks.collectAnchor(domain.id);
    for (const task of domain.tasks) brokenLinks.collectAnchor(taskAnchor(task.id));
  }

  return (
    <>
      {guide.domains.map((domain, index) => (
        <section key={domain.id} aria-labelledby={domain.id} className={styles.domain}>
          <Heading as="h2" id={domain.id}>
            <Translate id="exam.domain" values={{number: index + 1, title: domain.title[locale]}}>
              {'Dominio {number}: {title}'}
            </Translate>{' '}
            <span className={styles.weight}>
              {translate({id: 'exam.weight', message: '{weight} % del examen'}, {weight: domain.weight})}
            </span>
          </Heading>
          {domain.tasks.map((task) => (
            <article
              key={task.id}
              className={styles.task}
              id={taskAnchor(task.id)}
              // Search shows each task as a result of its own (src/plugins/pagefindIndex.mjs).
              data-search-section={`${task.id} ${task.title[locale]}`}>
              <Heading as="h3">
                {task.id} {task.title[locale]} <CoverageBadge coverage={task.coverage} />
              </Heading>
              {task.titleUnconfirmed && (
                <p className={styles.unconfirmed}>
                  <Translate id="exam.titleUnconfirmed">
                    Título sin confirmar: no se pudo leer el texto exacto de AWS para esta tarea.
                  </Translate>
                </p>
              )}
              <p>
                <InlineCode text={task.summary[locale]} />
              </p>
              {data.practiceQuestions && (
                <PracticeTaskProgress task={task.id} questions={data.practiceQuestions[task.id] ?? 0} />
              )}
              {task.sections.length > 0 && (
                // Navigation to pages that search finds by their own text.
                <div data-search-ignore="">
                  <p className={styles.label}>
                    <Translate id="exam.sections">Secciones de los apuntes:</Translate>
                  </p>
                  <ul className={styles.sections}>
                    {task.sections.map((section) => (
                      <li key={section}>
                        <Link to={`${data.docsPath}/${section}`}>{data.sectionLabels[section]}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {task.missing[locale] && (
                // Gaps, services and sources name what the pages cover under their own text: out of the search
                // index (each index is small enough to load on any page only without them).
                <p data-search-ignore="">
                  <strong>
                    <Translate id="exam.missing">Lo que falta en los apuntes:</Translate>
                  </strong>{' '}
                  <InlineCode text={task.missing[locale]} />
                </p>
              )}
            </article>
          ))}
        </section>
      ))}
      {guide.changes && previous && <Changes changes={guide.changes} previous={previous} />}
      <section aria-labelledby="services-not-covered">
        <Heading as="h2" id="services-not-covered">
          <Translate id="exam.notCovered.title">Servicios del examen que los apuntes no explican</Translate>
        </Heading>
        <ul data-search-ignore="">
          {guide.servicesNotCovered.map((service) => (
            <li key={service.name}>
              <strong>{service.name}</strong>: {service.note[locale]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="exam-sources">
        <Heading as="h2" id="exam-sources">
          <Translate id="exam.sources.title">Fuentes</Translate>
        </Heading>
        <p>
          {translate(
            {id: 'exam.sources.checked', message: 'Guía oficial del examen de AWS (consulta: {date}).'},
            {date: formatDate(guide.sourcesCheckedOn, locale)},
          )}
        </p>
        <ul data-search-ignore="">
          {guide.sources.map((source) => (
            <li key={source.url}>
              <Link href={source.url}>{source.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
