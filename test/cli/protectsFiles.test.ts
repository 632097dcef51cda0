import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { loadXlsx, nodeWorkbookFiles, type WorkbookFiles } from '../../src/hosts/xlsx';
import { folderWithSample, noStackTrace, runCli, type CliRun } from './runCli';
import { stubCalculate } from './stubCalculate';

/**
 * The command line never destroys a file it was not asked to replace: the input named again as an
 * output, parts of the workbook ExcelJS cannot keep, a read-only destination, and the permissions
 * and symbolic link of a file calculated in place.
 */
const clean = stubCalculate();

function expectRefusal(run: CliRun, sentence: string | RegExp): void {
  expect({ code: run.code, out: run.out }).toEqual({ code: 2, out: '' });
  expect(run.err.split('\n')).toHaveLength(1);
  if (typeof sentence === 'string') expect(run.err).toBe(sentence);
  else expect(run.err).toMatch(sentence);
  expect(noStackTrace(run.err)).toBe(true);
}

describe('an output that is the input is refused, and nothing is written', () => {
  it('check --json naming the workbook itself', async () => {
    const { dir, input } = folderWithSample();
    const before = readFileSync(input);
    const run = await runCli(['check', 'dashboard.xlsx', '--json', 'dashboard.xlsx'], { cwd: dir, calculate: clean });
    expectRefusal(run, 'Refusing to write the --json summary over dashboard.xlsx, the workbook being read: name another file, e.g. --json summary.json.');
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('calculate --out naming the input by another spelling of its path, pointing to --in-place', async () => {
    const { dir, input } = folderWithSample();
    const before = readFileSync(input);
    const run = await runCli(['calculate', input, '--out', './sub/../dashboard.xlsx'], { cwd: dir, calculate: clean });
    expectRefusal(
      run,
      'Refusing to save the calculated workbook over ./sub/../dashboard.xlsx, the workbook being read: use --in-place to calculate it in place (a .bak copy is kept first), or name another --out file.',
    );
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('calculate --out naming a symbolic link to the input', async () => {
    const { dir, input } = folderWithSample();
    const before = readFileSync(input);
    symlinkSync(input, join(dir, 'link.xlsx'));
    const run = await runCli(['calculate', input, '--out', 'link.xlsx'], { cwd: dir, calculate: clean });
    expectRefusal(run, /^Refusing to save the calculated workbook over link\.xlsx, the workbook being read: use --in-place/);
    expect(readFileSync(input)).toEqual(before);
  });

  it('report --out naming the workbook being reported', async () => {
    const { dir, input } = folderWithSample();
    const before = readFileSync(input);
    const run = await runCli(['report', 'dashboard.xlsx', '--format', 'md', '--out', 'dashboard.xlsx'], { cwd: dir, calculate: clean });
    expectRefusal(run, 'Refusing to write the report over dashboard.xlsx, the workbook being read: name another file, e.g. --out board-report.md.');
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('calculate --json naming the --out file (the summary would be overwritten by the workbook)', async () => {
    const { dir } = folderWithSample();
    const run = await runCli(['calculate', 'dashboard.xlsx', '--out', 'out.xlsx', '--json', 'out.xlsx'], { cwd: dir, calculate: clean });
    expectRefusal(run, /^Refusing to write the --json summary over out\.xlsx, where the calculated workbook is saved/);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('still saves when --out is a different file in the same folder', async () => {
    const { dir } = folderWithSample();
    expect((await runCli(['calculate', 'dashboard.xlsx', '--out', 'dashboard-calculated.xlsx'], { cwd: dir, calculate: clean })).code).toBe(0);
  });
});

/** The sample with extra package parts, as Excel saves charts, pivot tables and macros. */
async function sampleWith(parts: Record<string, string>, contentType?: [string, string]): Promise<{ dir: string; input: string; before: Buffer }> {
  const { dir, input } = folderWithSample();
  const zip = await JSZip.loadAsync(readFileSync(input));
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  if (contentType) {
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(contentType[0], contentType[1]));
  }
  const before = await zip.generateAsync({ type: 'nodebuffer' });
  writeFileSync(input, before);
  return { dir, input, before };
}

const CHART = { 'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>' };
const MACROS = { 'xl/vbaProject.bin': 'VBA project' };
const MACRO_ENABLED: [string, string] = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
];

describe('parts ExcelJS cannot keep (charts, pivot tables, macros)', () => {
  it('--in-place on a workbook with a chart is refused, naming the charts, and nothing is written', async () => {
    const { dir, input, before } = await sampleWith(CHART);
    const run = await runCli(['calculate', 'dashboard.xlsx', '--in-place', '--json', 'summary.json'], { cwd: dir, calculate: clean });
    expectRefusal(
      run,
      'Refusing to calculate dashboard.xlsx in place: saving it here would drop its charts; use --out <file> to write a calculated copy (the original keeps them), or calculate inside Excel with the add-in, which keeps them.',
    );
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('--in-place on a macro-enabled workbook (.xlsm) is refused, naming the macros', async () => {
    const { dir, input, before } = await sampleWith({ ...MACROS, 'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition/>' }, MACRO_ENABLED);
    const run = await runCli(['calculate', input, '--in-place'], { cwd: dir, calculate: clean });
    expectRefusal(run, /in place: saving it here would drop its pivot tables and macros; use --out <file>/);
    expect(readFileSync(input)).toEqual(before);
  });

  it('--out writes the copy, warns that it lacks the chart and macros, and says so in the --json summary', async () => {
    const { dir, input, before } = await sampleWith({ ...CHART, ...MACROS });
    const run = await runCli(['calculate', 'dashboard.xlsx', '--out', 'copy.xlsx', '--json', 'summary.json'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      'Warning: copy.xlsx lacks the charts and macros of dashboard.xlsx, which this command line cannot keep; dashboard.xlsx is unchanged (calculate inside Excel with the add-in to keep them).',
    );
    expect(readFileSync(input)).toEqual(before);
    expect((await loadXlsx(join(dir, 'copy.xlsx'))).getWorksheet('Indicators')!.getCell('L4').value).toBe('Reason');
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).notKept).toEqual(['charts', 'macros']);
  });

  it('a workbook without such parts saves in place with no warning, and an empty notKept', async () => {
    const { dir } = folderWithSample();
    const run = await runCli(['calculate', 'dashboard.xlsx', '--in-place', '--json', 'summary.json'], { cwd: dir, calculate: clean });
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).notKept).toEqual([]);
  });
});

describe('a read-only destination is refused (exit 2, permission denied) and nothing is written', () => {
  /** The files as the operating system would answer for `readOnly` (root ignores file modes, so this is injected). */
  const denyingWrites = (readOnly: string): WorkbookFiles => ({
    ...nodeWorkbookFiles,
    access: async (path, mode) => {
      if (path === readOnly) throw Object.assign(new Error(`EACCES: permission denied, access '${path}'`), { code: 'EACCES' });
      return nodeWorkbookFiles.access(path, mode);
    },
  });

  it('calculate --out over a read-only file', async () => {
    const { dir } = folderWithSample();
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'last month');
    const run = await runCli(['calculate', 'dashboard.xlsx', '--out', 'out.xlsx'], { cwd: dir, calculate: clean, files: denyingWrites(out) });
    expectRefusal(run, `Cannot write ${out}: permission denied.`);
    expect(readFileSync(out, 'utf8')).toBe('last month');
    expect(readdirSync(dir).sort()).toEqual(['dashboard.xlsx', 'out.xlsx']);
  });

  it('calculate --in-place on a read-only input: no .bak and no --json summary either', async () => {
    const { dir, input } = folderWithSample();
    const before = readFileSync(input);
    const run = await runCli(['calculate', 'dashboard.xlsx', '--in-place', '--json', 'summary.json'], { cwd: dir, calculate: clean, files: denyingWrites(input) });
    expectRefusal(run, `Cannot write ${input}: permission denied.`);
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('report --out over a read-only file', async () => {
    const { dir } = folderWithSample();
    const out = join(dir, 'report.md');
    writeFileSync(out, 'last month');
    const run = await runCli(['report', 'dashboard.xlsx', '--out', 'report.md'], { cwd: dir, calculate: clean, files: denyingWrites(out) });
    expectRefusal(run, `Cannot write ${out}: permission denied.`);
    expect(readFileSync(out, 'utf8')).toBe('last month');
  });

  const unlessRoot = process.getuid?.() === 0 ? it.skip : it;
  unlessRoot('a real file with mode 0444 (skipped as root, whom file modes do not stop)', async () => {
    const { dir } = folderWithSample();
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'last month');
    chmodSync(out, 0o444);
    const run = await runCli(['calculate', 'dashboard.xlsx', '--out', 'out.xlsx'], { cwd: dir, calculate: clean });
    expectRefusal(run, `Cannot write ${out}: permission denied.`);
    expect(readFileSync(out, 'utf8')).toBe('last month');
  });
});

describe('calculate --in-place keeps what the file is', () => {
  it('keeps its permissions (0600 stays 0600)', async () => {
    const { dir, input } = folderWithSample();
    chmodSync(input, 0o600);
    expect((await runCli(['calculate', 'dashboard.xlsx', '--in-place'], { cwd: dir, calculate: clean })).code).toBe(0);
    expect(statSync(input).mode & 0o777).toBe(0o600);
    expect((await loadXlsx(input)).getWorksheet('Indicators')!.getCell('L4').value).toBe('Reason');
  });

  it('keeps a symbolic link a link, and calculates the file it points to', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    mkdirSync(join(dir, 'shortcuts'));
    const link = join(dir, 'shortcuts', 'board.xlsx');
    symlinkSync(input, link);
    const run = await runCli(['calculate', link, '--in-place'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await loadXlsx(input)).getWorksheet('Indicators')!.getCell('L4').value).toBe('Reason');
    expect(readFileSync(`${link}.bak`)).toEqual(original);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe("the analyst's formulas where a new output column would go", () => {
  /**
   * The sample with the analyst's flag formulas in M5:M16, where the engine puts "Change %": each
   * shows "" (no current figure is over 100,000), so the column reads as empty.
   */
  async function sampleWithFlags(): Promise<{ dir: string; input: string; before: Buffer }> {
    const { dir, input } = folderWithSample();
    const workbook = await loadXlsx(input);
    const sheet = workbook.getWorksheet('Indicators')!;
    for (let row = 5; row <= 16; row++) sheet.getCell(`M${row}`).value = { formula: `IF(E${row}>100000,"check","")`, result: '' };
    await workbook.xlsx.writeFile(input);
    return { dir, input, before: readFileSync(input) };
  }

  const REFUSAL =
    'Nothing was written. One problem needs fixing first:\n' +
    '- The new output column "Change %" goes in Indicators!M4:M16, but Indicators!M5:M16 there hold formulas (their results look empty). Move or clear them, then calculate again.';

  it('calculate --out is refused with exit 2, naming them, and writes no file', async () => {
    const { dir, input, before } = await sampleWithFlags();
    const run = await runCli(['calculate', 'dashboard.xlsx', '--out', 'out.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toBe(REFUSAL);
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  }, 60_000);

  it('calculate --in-place is refused the same way: no backup, the workbook and its formulas as they were', async () => {
    const { dir, input, before } = await sampleWithFlags();
    const run = await runCli(['calculate', 'dashboard.xlsx', '--in-place'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toBe(REFUSAL);
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
    expect((await loadXlsx(input)).getWorksheet('Indicators')!.getCell('M16').formula).toBe('IF(E16>100000,"check","")');
  }, 60_000);
});
