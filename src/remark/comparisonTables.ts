// Hands each comparison table its data at build time: `<Ec2PurchaseOptions />` gets a `table` prop with the
// table of the page's edition (the live data for the current edition, the frozen snapshot for a past one),
// so a page ships only its own tables. A table its edition does not have fails the build.
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {tablesOf} from '../data/editionData';
import {isComparisonTableName} from '../data/comparisonTableNames';
import {docPage, type VFileLike} from './docPage';
import {valueProp} from './jsxProps';

export default function remarkComparisonTables() {
  return (tree: Root, file: VFileLike) => {
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (!node.name || !isComparisonTableName(node.name)) return;
      const page = docPage(file);
      if (!page) throw new Error(`<${node.name}> is only for doc pages (${file.path}).`);
      const table = tablesOf(page.edition)[node.name];
      if (!table) throw new Error(`<${node.name}>: the ${page.edition} edition has no such table (${file.path}).`);
      node.attributes.push(valueProp('table', table));
    });
  };
}
