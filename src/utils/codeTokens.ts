// Code blocks are highlighted at build time (src/remark/codeTokens.ts) and rendered from these tokens in
// the browser (src/theme/CodeBlock), so no page ships Prism. This is the format between the two.
import {createContext} from 'react';
import type {Token} from 'prism-react-renderer';

/** One line of code as `[space-separated token types, text]` pairs: compact in the page's data. */
type EncodedLine = [types: string, content: string][];

/** Encodes Prism's normalized lines; an empty line becomes one empty `plain` token. */
export function encodeCodeTokens(lines: Token[][]): string {
  const encoded: EncodedLine[] = lines.map((line) =>
    line.map((token) => [token.types.join(' '), token.empty ? '' : token.content]),
  );
  return JSON.stringify(encoded);
}

export function decodeCodeTokens(json: string): Token[][] {
  const encoded = JSON.parse(json) as EncodedLine[];
  return encoded.map((line) => line.map(([types, content]) => ({types: types.split(' '), content})));
}

const lineText = (line: Token[]) => line.map((token) => token.content).join('');
const plainLine = (text: string): Token[] => [{types: ['plain'], content: text}];

/**
 * The token lines for the code the block shows. The theme strips magic-comment lines
 * (`// highlight-next-line`) from the code after the build tokenized it, so the tokenized lines are
 * matched to the shown ones in order; when they cannot be, the code is shown uncoloured rather than wrong.
 */
export function tokenLinesFor(code: string, tokenLines: Token[][] | undefined): Token[][] {
  const codeLines = code.split(/\r?\n/);
  if (!tokenLines) return codeLines.map(plainLine);
  const shown: Token[][] = [];
  for (const line of tokenLines) {
    if (shown.length < codeLines.length && lineText(line) === codeLines[shown.length]) shown.push(line);
  }
  return shown.length === codeLines.length ? shown : codeLines.map(plainLine);
}

/** The current block's build-time tokens, from `<CodeBlock tokens>` to its content renderer. */
export const CodeTokensContext = createContext<Token[][] | undefined>(undefined);
