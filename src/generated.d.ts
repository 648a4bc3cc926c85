// Build-time data of the site's own plugins (src/plugins), imported through Docusaurus's @generated alias.
declare module '@generated/section-titles/default/section-titles.json' {
  const titles: import('./plugins/sectionTitles').SectionTitles;
  export default titles;
}
