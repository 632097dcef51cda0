// The engine's one front door: hosts, the command line and the task pane import from here only.
export * from './grid/CellGrid';
export * from './grid/address';
export * from './findings/Finding';
export * from './output/WritePlan';
export * from './values/ParsedValue';
export * from './values/parseCellValue';
export * from './values/readPeriodSpan';
export * from './CalculationResult';
export { calculateWorkbook } from './calculateWorkbook';
export { normaliseHeaderText } from './sheets/normaliseHeader';
export * from './dashboard/buildReportModel';
export * from './dashboard/buildDashboardSheet';
export * from './dashboard/ragStyle';
export * from './stats';
