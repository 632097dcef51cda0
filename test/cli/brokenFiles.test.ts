import ExcelJS from 'exceljs';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { nodeWorkbookFiles, type WorkbookFiles } from '../../src/hosts/xlsx';
import { folderWithSample, noStackTrace, runCli, SAMPLE, type CliRun } from './runCli';

/**
 * Broken files through the real engine (issue 5): each exits 2 with one sentence on stderr, nothing
 * on stdout, no stack trace, and no file left behind. Fixtures are made here, not committed.
 */
function expectOneSentence(run: CliRun, pattern: RegExp): void {
  expect({ code: run.code, out: run.out }).toEqual({ code: 2, out: '' });
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.err).toMatch(pattern);
  expect(run.err).toMatch(/\.$/);
  expect(run.err).not.toMatch(/Unexpected problem/);
  expect(noStackTrace(run.err)).toBe(true);
}

function brokenFile(name: string, contents: Buffer | string): { dir: string; path: string } {
  const { dir } = folderWithSample();
  const path = join(dir, name);
  writeFileSync(path, contents);
  return { dir, path };
}

const sample = readFileSync(SAMPLE);

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe.each(['check', 'calculate'])('safer-dashboard %s on a broken file', (command) => {
  const args = (path: string) => (command === 'check' ? ['check', path] : ['calculate', path, '--out', 'out.xlsx']);
  const nothingWritten = (dir: string, name: string) => expect(readdirSync(dir).sort()).toEqual(['dashboard.xlsx', name].sort());

  it.each([
    ['the first 10 bytes', 10],
    ['the first 3,000 bytes', 3000],
    ['half the file', Math.floor(sample.length / 2)],
    ['all but the last byte', sample.length - 1],
  ])('a truncated .xlsx (%s)', async (_, length) => {
    const { dir, path } = brokenFile('cut.xlsx', sample.subarray(0, length));
    const run = await runCli(args(path), { cwd: dir });
    expectOneSentence(run, /^Cannot read .*cut\.xlsx: the workbook is damaged or incomplete/);
    nothingWritten(dir, 'cut.xlsx');
  });

  it.each([
    ['a CSV file', 'Outcome,Indicator\nOngoing reductions in crime,Total Crime\n'],
    ['a PDF', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n'],
    ['an HTML page', '<!DOCTYPE html><html><body>Not a workbook</body></html>'],
    ['random bytes', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256))],
  ])('a non-zip file renamed .xlsx (%s)', async (_, contents) => {
    const { dir, path } = brokenFile('renamed.xlsx', contents);
    expectOneSentence(await runCli(args(path), { cwd: dir }), /^Cannot read .*renamed\.xlsx: it is not an \.xlsx workbook \(the file is not a zip package\)\.$/);
    nothingWritten(dir, 'renamed.xlsx');
  });

  it('an empty file', async () => {
    const { dir, path } = brokenFile('empty.xlsx', '');
    expectOneSentence(await runCli(args(path), { cwd: dir }), /^Cannot read .*empty\.xlsx: the file is empty\.$/);
  });

  it('a password-protected workbook (an OLE2 compound file, as Excel saves encrypted workbooks)', async () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4088)]);
    const { dir, path } = brokenFile('locked.xlsx', cfb);
    expectOneSentence(await runCli(args(path), { cwd: dir }), /is password-protected \(encrypted\) or an old-style \.xls file; remove the password or save it as \.xlsx/);
    nothingWritten(dir, 'locked.xlsx');
  });

  it('a zip package that is not a workbook (a renamed archive of notes)', async () => {
    const { dir, path } = brokenFile('notes.xlsx', await zipOf({ 'readme.txt': 'Minutes of the Safer Communities Strategy Board' }));
    expectOneSentence(await runCli(args(path), { cwd: dir }), /^Cannot read .*notes\.xlsx: it is a zip package but holds no worksheets, so it is not an \.xlsx workbook\.$/);
    nothingWritten(dir, 'notes.xlsx');
  });

  it('a workbook whose sheet XML is garbage', async () => {
    const zip = await JSZip.loadAsync(sample);
    const sheet = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
    zip.file(sheet, '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>');
    const { dir, path } = brokenFile('garbled.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    expectOneSentence(await runCli(args(path), { cwd: dir }), /^Cannot read .*garbled\.xlsx: the workbook is damaged or incomplete/);
  });

  it('a workbook with no recognisable sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').getCell('A1').value = 'Minutes of the meeting';
    workbook.addWorksheet('Data').addRows([['Area', 'Figure'], ['Blaby', 3.1]]);
    const { dir, path } = brokenFile('minutes.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expectOneSentence(await runCli(args(path), { cwd: dir }), /^Cannot calculate .*minutes\.xlsx: no sheet has a recognisable header row/);
    nothingWritten(dir, 'minutes.xlsx');
  });
});

describe('safer-dashboard calculate to an output it cannot write', () => {
  const failing = (method: keyof WorkbookFiles, code: string): WorkbookFiles => ({
    ...nodeWorkbookFiles,
    [method]: async () => {
      throw Object.assign(new Error(`${code}: injected failure`), { code });
    },
  });

  it('a read-only location', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir, files: failing('writeFile', 'EROFS') });
    expectOneSentence(run, /^Cannot write .*out\.xlsx: the location is read-only\.$/);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  const unlessRoot = process.getuid?.() === 0 ? it.skip : it;
  unlessRoot('a real read-only folder (skipped as root, who may write anywhere)', async () => {
    const { dir, input } = folderWithSample();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const run = await runCli(['calculate', input, '--out', join(locked, 'out.xlsx')], { cwd: dir });
    chmodSync(locked, 0o755);
    expectOneSentence(run, /permission denied\.$/);
  });

  it('a --json summary whose folder does not exist', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['check', input, '--json', 'no/such/folder/summary.json'], { cwd: dir });
    expectOneSentence(run, /^Cannot write .*summary\.json: its folder does not exist\.$/);
  });
});

describe('safer-dashboard calculate --in-place that fails leaves the original untouched', () => {
  it.each([
    ['the temporary file cannot be written (disk full)', 'writeFile', 'ENOSPC', /the disk is full\.$/],
    ['the finished file cannot be moved into place (open in Excel)', 'rename', 'EBUSY', /in use by another program/],
  ] as const)('when %s', async (_, method, code, message) => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    const files: WorkbookFiles = {
      ...nodeWorkbookFiles,
      [method]: async () => {
        throw Object.assign(new Error(`${code}: injected failure`), { code });
      },
    };
    const run = await runCli(['calculate', input, '--in-place'], { cwd: dir, files });
    expectOneSentence(run, message);
    expect(readFileSync(input)).toEqual(original);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The backup made before the save is a byte-for-byte copy too.
    if (existsSync(`${input}.bak`)) expect(readFileSync(`${input}.bak`)).toEqual(original);
  });
});
