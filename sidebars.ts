import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {studyPlan} from './src/data/studyPlan';

// Spanish labels here; English ones live in i18n/en/docusaurus-plugin-content-docs/current.json.
const sidebars: SidebarsConfig = {
  notes: studyPlan.map((category) => ({
    type: 'category' as const,
    key: category.key,
    label: category.label.es,
    collapsed: false,
    items: category.pages.map((page) => page.id),
  })),
};

export default sidebars;
