// Ejected from theme-classic (unsafe swizzle, README "Code blocks"): renders the tokens made at build time
// instead of running prism-react-renderer's <Highlight> in the browser. Title, copy button, word wrap, line
// numbers and highlighted lines are untouched: they come from the theme's metadata and layout.
import {useContext, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import type {LineInputProps, LineOutputProps, TokenInputProps, TokenOutputProps} from 'prism-react-renderer';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import {CodeTokensContext, tokenLinesFor} from '@site/src/utils/codeTokens';
import styles from './styles.module.css';

// Colours come from classes (src/plugins/codeHighlighting.ts), not from inline styles.
function getLineProps({line: _line, className, style: _style, ...rest}: LineInputProps): LineOutputProps {
  return {...rest, className: clsx('token-line', className)};
}

function getTokenProps({token, className, style: _style, ...rest}: TokenInputProps): TokenOutputProps {
  return {...rest, className: clsx('token', ...token.types, className), children: token.content};
}

export default function CodeBlockContent({className}: {className?: string}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const lines = tokenLinesFor(metadata.code, useContext(CodeTokensContext));
  const showLineNumbers = metadata.lineNumbersStart !== undefined;
  return (
    <Pre ref={wordWrap.codeBlockRef} className={clsx(className, 'prism-code', `language-${metadata.language}`)}>
      <code
        className={clsx(styles.codeBlockLines, showLineNumbers && styles.codeBlockLinesWithNumbering)}
        style={showLineNumbers ? {counterReset: `line-count ${metadata.lineNumbersStart! - 1}`} : undefined}>
        {lines.map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={metadata.lineClassNames[i]}
            showLineNumbers={showLineNumbers}
          />
        ))}
      </code>
    </Pre>
  );
}

function Pre({className, ...props}: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} className={clsx(className, styles.codeBlock, 'thin-scrollbar')} />;
}
