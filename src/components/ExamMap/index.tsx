// The DVA-C02 exam map: domains and task statements against the sections of the notes that serve them.
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import CoverageBadge from '@site/src/components/CoverageBadge';
import {examDomains, examSources, examSourcesCheckedOn, servicesNotCovered} from '@site/src/data/exam';
import type {Locale} from '@site/src/data/locales';
import {taskAnchor} from '@site/src/data/examAnchors';
import {studyPlan} from '@site/src/data/studyPlan';
import sectionTitles from '@generated/section-titles/default/section-titles.json';
import styles from './styles.module.css';

/** "Page › Section", from the study plan and the page's own heading (src/plugins/sectionTitles.ts). */
function sectionLabel(section: string, locale: Locale): string {
  const [slug] = section.split('#');
  const page = studyPlan.flatMap((category) => category.pages).find((p) => p.id === slug);
  const heading = sectionTitles[locale][section];
  if (!page || !heading) throw new Error(`Exam map: no section ${section} in the current edition (${locale}).`);
  return `${page.title[locale]} › ${heading}`;
}

export default function ExamMap(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const brokenLinks = useBrokenLinks();
  for (const domain of examDomains) {
    brokenLinks.collectAnchor(domain.id);
    for (const task of domain.tasks) brokenLinks.collectAnchor(taskAnchor(task.id));
  }

  return (
    <>
      {examDomains.map((domain, index) => (
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
            <article key={task.id} className={styles.task} id={taskAnchor(task.id)}>
              <Heading as="h3">
                {task.id} {task.title[locale]} <CoverageBadge coverage={task.coverage} />
              </Heading>
              <p>{task.summary[locale]}</p>
              {task.sections.length > 0 && (
                // Navigation to pages that search finds by their own text.
                <div data-search-ignore="">
                  <p className={styles.label}>
                    <Translate id="exam.sections">Secciones de los apuntes:</Translate>
                  </p>
                  <ul className={styles.sections}>
                    {task.sections.map((section) => (
                      <li key={section}>
                        <Link to={`/docs/${section}`}>
                          {sectionLabel(section, locale)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {task.missing[locale] && (
                <p>
                  <strong>
                    <Translate id="exam.missing">Lo que falta en los apuntes:</Translate>
                  </strong>{' '}
                  {task.missing[locale]}
                </p>
              )}
            </article>
          ))}
        </section>
      ))}
      <section aria-labelledby="services-not-covered">
        <Heading as="h2" id="services-not-covered">
          <Translate id="exam.notCovered.title">Servicios del examen que los apuntes no mencionan</Translate>
        </Heading>
        <ul>
          {servicesNotCovered.map((service) => (
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
            {date: examSourcesCheckedOn},
          )}
        </p>
        <ul>
          {examSources.map((source) => (
            <li key={source.url}>
              <a href={source.url}>{source.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
