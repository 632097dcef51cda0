import type ExcelJS from 'exceljs';
import { WorkbookFileError } from './WorkbookFileError';
import { nodeWorkbookFiles, WorkbookFiles } from './WorkbookFiles';
import { writeFileAtomically } from './writeFileAtomically';

/** Serialises a workbook and saves it through writeFileAtomically: never a half-written workbook. */
export async function saveXlsxAtomically(workbook: ExcelJS.Workbook, path: string, files: WorkbookFiles = nodeWorkbookFiles): Promise<void> {
  let data: Buffer;
  try {
    data = Buffer.from(await workbook.xlsx.writeBuffer());
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new WorkbookFileError(`Cannot write ${path}: the workbook could not be serialised (${detail}).`, path, error);
  }
  await writeFileAtomically(path, data, files);
}
