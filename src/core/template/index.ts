export * from './schema';
export { templateFromTables, templateFromChecked } from './from-tables';
export { applyTemplate, alignKeys, remapCells } from './apply';
export type { AppliedTable, AppliedTemplate, TemplateDifference } from './apply';
export { templateRules } from './rules';
export { TEMPLATE_NAMESPACE, templateToXml, templateFromXml, mergeTemplates, emptyTemplate } from './store';
