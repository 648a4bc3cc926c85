// Reading the site's MDX sources: explicit heading ids and front matter (plugins and tests share these).

/** The headings of an MDX page that carry an explicit id (`## Title {/* #id *\/}`), with their plain text. */
export function explicitHeadings(source: string): {id: string; title: string}[] {
  return [...source.matchAll(/^#{2,6} (.*?)\s*\{\/\* #([\w-]+) \*\/\}\s*$/gm)].map(([, title, id]) => ({
    id: id!,
    // Headings use at most inline code, emphasis and links.
    title: title!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, ''),
  }));
}

/** The front matter's `key: value` lines of an MDX page (the site's pages use plain one-line values). */
export function frontMatter(source: string): Record<string, string> {
  const block = source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => line.match(/^(\w+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1], m[2].replace(/^(['"])(.*)\1$/, '$2')]),
  );
}
