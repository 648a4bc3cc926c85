// The original edition's pages stay readable but out of search engines: the current edition is canonical.
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import DocVersionBanner from '@theme-original/DocVersionBanner';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof DocVersionBannerType>;

export default function DocVersionBannerWrapper(props: Props): ReactNode {
  const version = useDocsVersion();
  return (
    <>
      {!version.isLast && (
        <Head>
          <meta name="robots" content="noindex, follow" />
        </Head>
      )}
      <DocVersionBanner {...props} />
    </>
  );
}
