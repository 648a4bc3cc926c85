// The 404 page's content in the site's words, in each locale: replaces the theme's NotFound/Content whole
// (pinned in tests/unit/upgrade-guards.test.ts).
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';

export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="notFound.title">Página no encontrada</Translate>
          </Heading>
          <p>
            <Translate id="notFound.text">La página que buscas no existe o ha cambiado de dirección.</Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="notFound.home">Volver al inicio y ver todos los temas</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs/fundamentals/regions-and-zones">
                <Translate id="notFound.start">Empezar por los fundamentos</Translate>
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
