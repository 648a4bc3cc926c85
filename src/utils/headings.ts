/** The headings of an MDX page that carry an explicit id (`## Title {/* #id *\/}`), with their plain text. */
export function explicitHeadings(source: string): {id: string; title: string}[] {
  return [...source.matchAll(/^#{2,6} (.*?)\s*\{\/\* #([\w-]+) \*\/\}\s*$/gm)].map(([, title, id]) => ({
    id: id!,
    // Headings use at most inline code, emphasis and links.
    title: title!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, ''),
  }));
}
