// Puts, right under the title of each current-edition page, the DVA-C02 task statements it serves:
// `<ExamTaskLabels tasks={[{id: '2.1', title: '…'}]} />`, computed from src/data/exam.ts at build time.
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {examDomains} from '../data/exam';
import {currentEditionPage, type VFileLike} from './currentEdition';
import {valueProp} from './jsxProps';

export default function remarkExamTaskLabels() {
  return (tree: Root, file: VFileLike) => {
    const page = currentEditionPage(file);
    if (!page) return;
    const tasks = examDomains
      .flatMap((domain) => domain.tasks)
      .filter((task) => task.sections.some((section) => section.split('#')[0] === page.docId))
      .map((task) => ({id: task.id, title: task.title[page.locale]}));
    if (tasks.length === 0) return;
    const labels: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'ExamTaskLabels',
      attributes: [valueProp('tasks', tasks)],
      children: [],
    };
    tree.children.unshift(labels);
  };
}
