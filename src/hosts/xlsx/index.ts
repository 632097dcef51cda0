export { XlsxHost, readWorksheet } from './XlsxHost';
export { loadXlsx, loadXlsxBuffer } from './loadXlsx';
export { saveXlsxAtomically } from './saveXlsxAtomically';
export { WorkbookFileError } from './WorkbookFileError';
export { nodeWorkbookFiles, WorkbookFiles } from './WorkbookFiles';
export { readExcelJsCell, dateToSerial } from './readExcelJsCell';
export { fromArgb, toArgb, writeExcelJsCell } from './writeExcelJsCell';
export { writeFileAtomically } from './writeFileAtomically';
