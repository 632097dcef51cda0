import JSZip from 'jszip';

/** Package parts ExcelJS does not read, so they are missing from any workbook it saves. */
const DROPPED: ReadonlyArray<{ readonly name: string; readonly part: RegExp }> = [
  { name: 'charts', part: /^xl\/(charts|chartsheets)\//i },
  { name: 'pivot tables', part: /^xl\/(pivotTables|pivotCache)\//i },
  { name: 'slicers', part: /^xl\/(slicers|slicerCaches)\//i },
  { name: 'timelines', part: /^xl\/(timelines|timelineCaches)\//i },
  { name: 'macros', part: /^xl\/vbaProject\.bin$/i },
];

/** A macro-enabled workbook (.xlsm) says so in its content types; ExcelJS saves it as a plain .xlsx. */
const MACRO_ENABLED = /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/i;

/**
 * What saving this .xlsx package through ExcelJS would lose ("charts", "pivot tables", "slicers",
 * "timelines", "macros"), from its part names and content types; empty when nothing would be lost.
 */
export async function partsExcelJsDrops(data: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const dropped = DROPPED.filter((d) => names.some((name) => d.part.test(name))).map((d) => d.name);
  const contentTypes = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (!dropped.includes('macros') && MACRO_ENABLED.test(contentTypes)) dropped.push('macros');
  return dropped;
}
