// Shows, above a current-edition doc, the exam tasks it serves; the original edition shows none.
import type {ReactNode} from 'react';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import ExamTaskLabels from '@site/src/components/ExamTaskLabels';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const version = useDocsVersion();
  return (
    <>
      {version.version === 'current' && <ExamTaskLabels docId={metadata.id} />}
      <Content {...props} />
    </>
  );
}
