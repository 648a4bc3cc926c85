// Ejected from theme-classic for two changes, both so pages with code start fast (README, "Code blocks"):
// - no re-mount after hydration (`key={String(isBrowser)}`): it repainted Prism's inline colours for dark
//   mode, but colours now come from a stylesheet keyed on the colour mode, right from the first paint;
// - the build-time `tokens` of a fenced block (src/remark/codeTokens.ts) reach the content renderer.
import React, {isValidElement, useMemo, type ReactNode} from 'react';
import type {Props as ThemeProps} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import {CodeTokensContext, decodeCodeTokens} from '@site/src/utils/codeTokens';

type Props = ThemeProps & {readonly tokens?: string};

// As in theme-classic: plain string children stay copyable; element children are shown as given.
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children: rawChildren, tokens, ...props}: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  const tokenLines = useMemo(() => (tokens ? decodeCodeTokens(tokens) : undefined), [tokens]);
  if (typeof children !== 'string') return <ElementContent {...props}>{children}</ElementContent>;
  return (
    <CodeTokensContext value={tokenLines}>
      <StringContent {...props}>{children}</StringContent>
    </CodeTokensContext>
  );
}
