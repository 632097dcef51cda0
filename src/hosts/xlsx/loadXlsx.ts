import ExcelJS from 'exceljs';
import { partsExcelJsDrops } from './partsExcelJsDrops';
import { describeFsError, WorkbookFileError } from './WorkbookFileError';
import { nodeWorkbookFiles, WorkbookFiles } from './WorkbookFiles';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): legacy .xls files and password-protected (encrypted) workbooks. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Buffer, magic: number[]) => data.length >= magic.length && magic.every((b, i) => data[i] === b);

/** Reads an .xlsx file into an ExcelJS workbook; every failure is a WorkbookFileError with one sentence. */
export async function loadXlsx(path: string, files: WorkbookFiles = nodeWorkbookFiles): Promise<ExcelJS.Workbook> {
  return loadXlsxBuffer(await readWorkbookFile(path, files), path);
}

/**
 * loadXlsx, plus what saving the workbook again would lose (charts, pivot tables, macros…: see
 * partsExcelJsDrops), for callers that save it.
 */
export async function loadXlsxForSaving(
  path: string,
  files: WorkbookFiles = nodeWorkbookFiles,
): Promise<{ workbook: ExcelJS.Workbook; lostOnSave: string[] }> {
  const data = await readWorkbookFile(path, files);
  const workbook = await loadXlsxBuffer(data, path);
  return { workbook, lostOnSave: await partsExcelJsDrops(data) };
}

async function readWorkbookFile(path: string, files: WorkbookFiles): Promise<Buffer> {
  try {
    return await files.readFile(path);
  } catch (error) {
    throw new WorkbookFileError(describeFsError(error, path, 'read'), path, error);
  }
}

export async function loadXlsxBuffer(data: Buffer, path: string): Promise<ExcelJS.Workbook> {
  if (startsWith(data, CFB_MAGIC)) {
    throw new WorkbookFileError(
      `Cannot read ${path}: it is password-protected (encrypted) or an old-style .xls file; remove the password or save it as .xlsx in Excel and try again.`,
      path,
    );
  }
  if (data.length === 0) throw new WorkbookFileError(`Cannot read ${path}: the file is empty.`, path);
  if (!startsWith(data, ZIP_MAGIC)) {
    throw new WorkbookFileError(`Cannot read ${path}: it is not an .xlsx workbook (the file is not a zip package).`, path);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookFileError(`Cannot read ${path}: the workbook is damaged or incomplete (its zip package could not be opened).`, path, error);
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookFileError(`Cannot read ${path}: it is a zip package but holds no worksheets, so it is not an .xlsx workbook.`, path);
  }
  return workbook;
}
