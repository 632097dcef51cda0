import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { partsExcelJsDrops } from '../../../src/hosts/xlsx';

async function workbookWith(parts: Record<string, string>, rewriteTypes = (types: string) => types): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Indicators').getCell('A1').value = 'Supporting Indicators';
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  zip.file('[Content_Types].xml', rewriteTypes(await zip.file('[Content_Types].xml')!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('partsExcelJsDrops', () => {
  it('finds nothing in a workbook ExcelJS wrote itself', async () => {
    expect(await partsExcelJsDrops(await workbookWith({}))).toEqual([]);
  });

  it('names each kind of part ExcelJS cannot keep, once, in a fixed order', async () => {
    const data = await workbookWith({
      'xl/vbaProject.bin': 'VBA',
      'xl/charts/chart1.xml': '<chartSpace/>',
      'xl/charts/chart2.xml': '<chartSpace/>',
      'xl/chartsheets/sheet1.xml': '<chartsheet/>',
      'xl/pivotCache/pivotCacheDefinition1.xml': '<pivotCacheDefinition/>',
      'xl/slicers/slicer1.xml': '<slicers/>',
      'xl/timelines/timeline1.xml': '<timelines/>',
    });
    expect(await partsExcelJsDrops(data)).toEqual(['charts', 'pivot tables', 'slicers', 'timelines', 'macros']);
  });

  it('counts a macro-enabled content type as macros even without a VBA project (ExcelJS would save it as a plain .xlsx)', async () => {
    const data = await workbookWith({}, (types) =>
      types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
    );
    expect(await partsExcelJsDrops(data)).toEqual(['macros']);
  });

  it('confirms ExcelJS does drop them (so the check is needed)', async () => {
    const data = await workbookWith({ 'xl/charts/chart1.xml': '<chartSpace/>', 'xl/vbaProject.bin': 'VBA' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    expect(await partsExcelJsDrops(Buffer.from(await workbook.xlsx.writeBuffer()))).toEqual([]);
  });
});
