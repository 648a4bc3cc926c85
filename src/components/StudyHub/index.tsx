import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
// Written by src/plugins/studyPlan.ts in the page's language, titles and summaries from each page's front matter.
import studyPlan from '@generated/study-plan/default/study-plan.json';
import styles from './styles.module.css';

/** Every category of the notes with its pages, in sidebar order. */
export default function StudyHub(): ReactNode {
  return (
    <section aria-labelledby="study-hub-title">
      <Heading as="h2" id="study-hub-title">
        <Translate id="home.hub.title">Temas del examen</Translate>
      </Heading>
      <div className={styles.grid}>
        {studyPlan.map((category) => (
          <article key={category.key} className={styles.card}>
            <Heading as="h3" className={styles.cardTitle}>
              {category.label}
            </Heading>
            <ul className={styles.pages}>
              {category.pages.map((page) => (
                <li key={page.id}>
                  <Link to={`/docs/${page.id}`} className={styles.pageLink}>
                    {page.title}
                  </Link>
                  <p className={styles.summary}>{page.summary}</p>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
