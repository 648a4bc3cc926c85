// Hands each comparison table its data at build time: `<Ec2PurchaseOptions edition="dva-c02" />` gets a
// `table` prop with that edition's table, so a page ships only its own tables, not all of them.
// An unknown table edition fails the build.
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {comparisonTables} from '../data/comparisonTables';
import {isComparisonTableName} from '../data/comparisonTableNames';
import {valueProp} from './jsxProps';

export default function remarkComparisonTables() {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (!node.name || !isComparisonTableName(node.name)) return;
      const editionAttribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'edition');
      const edition = String(editionAttribute?.value ?? '');
      const tables = comparisonTables[node.name];
      if (!Object.hasOwn(tables, edition)) {
        throw new Error(`<${node.name}>: unknown edition "${edition}"; known: ${Object.keys(tables).join(', ')}.`);
      }
      node.attributes.push(valueProp('table', tables[edition as keyof typeof tables]));
    });
  };
}
