// Puts, right under the title of each page, the exam task statements it serves, from the exam map of the
// page's edition: `<ExamTaskLabels exam="DVA-C03" map="/exam-map" tasks={[{id: '2.1', title: '…'}]} />`.
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {examGuideOf} from '../data/editionData';
import {examMapPath} from '../data/editions';
import {examTasks} from '../data/examGuide';
import {docPage, type VFileLike} from './docPage';
import {valueProp} from './jsxProps';

export default function remarkExamTaskLabels() {
  return (tree: Root, file: VFileLike) => {
    const page = docPage(file);
    const guide = page && examGuideOf(page.edition);
    if (!page || !guide) return;
    const tasks = examTasks(guide)
      .filter((task) => task.sections.some((section) => section.split('#')[0] === page.docId))
      .map((task) => ({id: task.id, title: task.title[page.locale]}));
    if (tasks.length === 0) return;
    const labels: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'ExamTaskLabels',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'exam', value: guide.code},
        {type: 'mdxJsxAttribute', name: 'map', value: examMapPath(page.edition)},
        valueProp('tasks', tasks),
      ],
      children: [],
    };
    tree.children.unshift(labels);
  };
}
