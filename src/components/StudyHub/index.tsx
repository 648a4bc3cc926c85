import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import {studyPlan} from '@site/src/data/studyPlan';
import styles from './styles.module.css';
import {useLocale} from '@site/src/utils/useLocale';

/** Every category of the notes with its pages, in sidebar order. */
export default function StudyHub(): ReactNode {
  const locale = useLocale();
  return (
    <section aria-labelledby="study-hub-title">
      <Heading as="h2" id="study-hub-title">
        <Translate id="home.hub.title">Temas del examen</Translate>
      </Heading>
      <div className={styles.grid}>
        {studyPlan.map((category) => (
          <article key={category.key} className={styles.card}>
            <Heading as="h3" className={styles.cardTitle}>
              {category.label[locale]}
            </Heading>
            <ul className={styles.pages}>
              {category.pages.map((page) => (
                <li key={page.id}>
                  <Link to={`/docs/${page.id}`} className={styles.pageLink}>
                    {page.title[locale]}
                  </Link>
                  <p className={styles.summary}>{page.summary[locale]}</p>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
