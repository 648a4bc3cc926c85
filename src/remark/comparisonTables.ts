// Turns each comparison table a page names (`<Ec2PurchaseOptions />`) into `<ComparisonTable table={…} />`
// at build time, with the table of the page's edition (the live data for the current edition, the frozen
// snapshot for a past one) in the page's language only: a page ships only its own tables, in one language,
// and the browser needs no list of table names. A name its edition does not have fails the build.
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {localTable} from '../data/tables/types';
import {isComparisonTableName} from '../data/tables';
import {tablesOf} from '../data/editionData';
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
      node.name = 'ComparisonTable';
      node.attributes.push(valueProp('table', localTable(table, page.locale)));
    });
  };
}
