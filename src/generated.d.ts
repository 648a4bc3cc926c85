// Build-time data of the site's own plugins (src/plugins), imported through Docusaurus's @generated alias.
declare module '@generated/editions/default/exam-coverage.json' {
  const coverage: import('./plugins/editions').ExamCoverageData;
  export default coverage;
}

declare module '@generated/study-plan/default/study-plan.json' {
  import type {StudyHubData} from '@site/src/plugins/studyPlan';
  const data: StudyHubData;
  export default data;
}
