// The engine's one front door: hosts, the command line and the task pane import from here only.
export * from './grid/CellGrid';
export * from './grid/address';
export * from './findings/Finding';
export * from './output/WritePlan';
export * from './values/ParsedValue';
export * from './CalculationResult';
export { calculateWorkbook } from './calculateWorkbook';
export { normaliseHeaderText } from './sheets/normaliseHeader';
