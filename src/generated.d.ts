// Build-time data of the site's own plugins (src/plugins), imported through Docusaurus's @generated alias.
declare module '@generated/editions/default/exam-coverage.json' {
  const coverage: import('./plugins/editions').ExamCoverageData;
  export default coverage;
}
