// The search plugin's client modules that tests/support/search.ts runs in Node (the plugin ships no types for
// them).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize.js' {
  export function tokenize(text: string, language: string[]): string[];
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js' {
  import type lunr from 'lunr';
  export interface QueryTerm {
    value: string;
    presence: lunr.Query.presence;
    wildcard: lunr.Query.wildcard;
    editDistance?: number;
  }
  export function smartQueries(tokens: string[], zhDictionary: string[]): {tokens: string[]; term: QueryTerm[]}[];
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js' {
  export function sortSearchResults(results: object[]): void;
}
