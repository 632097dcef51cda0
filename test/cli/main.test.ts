import ExcelJS from 'exceljs';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { loadXlsx, nodeWorkbookFiles } from '../../src/hosts/xlsx';
import { xlsxCellSnapshot } from '../hosts/xlsx/xlsxCellSnapshot';
import { folderWithSample, noStackTrace, runCli } from './runCli';
import { COUNT_TEXT_ERROR, PARTIAL_PERIOD_WARNING, stubCalculate } from './stubCalculate';

const clean = stubCalculate();

describe('safer-dashboard usage errors (exit 2)', () => {
  it('refuses to calculate without --out or --in-place, and says why', async () => {
    const { dir, input } = folderWithSample();
    const before = readFileSync(input);
    const run = await runCli(['calculate', input], { cwd: dir, calculate: clean });
    expect(run.code).toBe(2);
    expect(run.err.split('\n')[0]).toBe(
      'Refusing to calculate without --out <file> or --in-place: say where the calculated workbook goes, so the input is never overwritten by surprise.',
    );
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('refuses --out together with --in-place, an unknown command, an unknown option and a missing file name', async () => {
    expect((await runCli(['calculate', 'a.xlsx', '--out', 'b.xlsx', '--in-place'])).err).toMatch(/^Give either --out <file> or --in-place, not both\./);
    expect((await runCli(['recalc', 'a.xlsx'])).err).toMatch(/^Unknown command "recalc": use calculate, check, report or demo\./);
    const unknown = await runCli(['check', 'a.xlsx', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe("Unknown option '--colour'.");
    expect((await runCli(['check'])).err).toMatch(/^The check command needs the workbook to read/);
  });

  it('prints usage for --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/safer-dashboard calculate <in\.xlsx> --out <out\.xlsx>/);
    expect(run.out).toContain('safer-dashboard demo [--sample <in.xlsx>] [--out <out.xlsx>] [--json <summary.json>]');
    // Usage errors exit 2 too, so the words for 2 cover them.
    expect(run.out).toContain('2 the command could not run: a usage error, or a file could not be read or written.');
  });

  it('demo --json writes the summary it documents', async () => {
    const { dir } = folderWithSample();
    const run = await runCli(['demo', '--sample', 'dashboard.xlsx', '--out', 'out.xlsx', '--json', 'summary.json'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toMatchObject({ command: 'demo', output: join(dir, 'out.xlsx'), exitCode: 0 });
  });
});

describe('safer-dashboard file errors (exit 2, one sentence, no stack trace)', () => {
  async function brokenInput(name: string, contents: Buffer | string) {
    const { dir } = folderWithSample();
    const path = join(dir, name);
    writeFileSync(path, contents);
    return { dir, path };
  }

  it.each(['check', 'calculate'])('%s: a missing file', async (command) => {
    const { dir } = folderWithSample();
    const run = await runCli([command, 'missing.xlsx', ...(command === 'calculate' ? ['--out', 'out.xlsx'] : [])], { cwd: dir, calculate: clean });
    expect(run).toEqual({ code: 2, out: '', err: `Cannot read ${join(dir, 'missing.xlsx')}: the file does not exist.` });
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('a text file renamed .xlsx', async () => {
    const { dir, path } = await brokenInput('csv.xlsx', 'Outcome,Indicator\nOngoing reductions in crime,Total Crime\n');
    const run = await runCli(['check', 'csv.xlsx'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Cannot read ${path}: it is not an .xlsx workbook (the file is not a zip package).`);
  });

  it('a truncated .xlsx', async () => {
    const { dir, path } = await brokenInput('cut.xlsx', readFileSync(folderWithSample().input).subarray(0, 3000));
    const run = await runCli(['check', path], { cwd: dir, calculate: clean });
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Cannot read ${path}: the workbook is damaged or incomplete (its zip package could not be opened).`);
  });

  it('a password-protected workbook (an OLE2 compound file)', async () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
    const { path } = await brokenInput('locked.xlsx', cfb);
    const run = await runCli(['check', path], { calculate: clean });
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).toMatch(/is password-protected \(encrypted\) or an old-style \.xls file; remove the password or save it as \.xlsx/);
  });

  it('a workbook with no recognisable sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').getCell('A1').value = 'Minutes of the meeting';
    const { dir, path } = await brokenInput('notes.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const run = await runCli(['check', path], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Cannot calculate .*notes\.xlsx: no sheet has a recognisable header row/);
    expect(run.err.split('\n')).toHaveLength(1);
  });

  it.each(['check', 'calculate'])('%s: an Indicators sheet whose header row is not found prints the V015 finding and writes the --json summary', async (command) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Indicators').addRows([['Area', 'Figure'], ['Blaby', 3.1]]);
    const { dir, path } = await brokenInput('figures.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const run = await runCli([command, path, '--json', 'summary.json', ...(command === 'calculate' ? ['--out', 'out.xlsx'] : [])], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Cannot calculate .*figures\.xlsx: no sheet has a recognisable header row/);
    expect(run.err.split('\n')).toHaveLength(1);
    // The finding names the sheet and cell, what was looked for and the headers seen.
    expect(run.out).toMatch(/^ {2}Indicators!A1 +error +The sheet looks like an Indicators sheet .*Headers seen: "Area", "Figure"/m);
    expect(run.out).toMatch(/^ {6}Fix: Add a header row with "Indicator"/m);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ command, output: null, outputs: null, exitCode: 2, error: run.err });
    expect(summary.findings.map((f: { code: string; cell: string }) => `${f.code} ${f.cell}`)).toEqual(['V015 A1']);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('an output folder that cannot be written (read-only location)', async () => {
    const { dir, input } = folderWithSample();
    const readOnly = {
      ...nodeWorkbookFiles,
      writeFile: async () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    };
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir, calculate: clean, files: readOnly });
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Cannot write ${join(dir, 'out.xlsx')}: the location is read-only.`);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  const unlessRoot = process.getuid?.() === 0 ? it.skip : it;
  unlessRoot('a real read-only output folder (skipped as root, who may write anywhere)', async () => {
    const { dir, input } = folderWithSample();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const run = await runCli(['calculate', input, '--out', 'locked/out.xlsx'], { cwd: dir, calculate: clean });
    chmodSync(locked, 0o755);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Cannot write ${join(locked, 'out.xlsx')}: permission denied.`);
  });

  it('an output folder that does not exist', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['calculate', input, '--out', 'no/such/folder/out.xlsx'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Cannot write ${join(dir, 'no/such/folder/out.xlsx')}: its folder does not exist.`);
  });

  it('an unexpected failure inside the engine is one sentence too', async () => {
    const { input } = folderWithSample();
    const run = await runCli(['check', input], {
      calculate: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (engine.ts:1:1)");
      },
    });
    expect(run.code).toBe(2);
    expect(run.err).toBe("Unexpected problem: Cannot read properties of undefined (reading 'x') (please report it; run with --debug to see the details).");
    expect(noStackTrace(run.err)).toBe(true);
  });
});

describe('safer-dashboard calculate --in-place', () => {
  it('keeps a .bak copy of the original and rewrites the input with the outputs', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    const run = await runCli(['calculate', 'dashboard.xlsx', '--in-place'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Saved .*dashboard\.xlsx \(the workbook as it was before this run is kept as dashboard\.xlsx\.bak\)\./);
    expect(readFileSync(`${input}.bak`)).toEqual(original);
    expect(readdirSync(dir).sort()).toEqual(['dashboard.xlsx', 'dashboard.xlsx.bak']);
    const sheet = (await loadXlsx(input)).getWorksheet('Indicators')!;
    expect(sheet.getRow(4).values).toContain('Reason');
  });

  it('never replaces a backup: a second and a third run keep theirs as .1.bak and .2.bak, and .bak stays the original', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    expect((await runCli(['calculate', 'dashboard.xlsx', '--in-place'], { cwd: dir, calculate: clean })).code).toBe(0);
    const afterFirst = readFileSync(input);
    const second = await runCli(['calculate', 'dashboard.xlsx', '--in-place'], { cwd: dir, calculate: clean });
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Saved .*dashboard\.xlsx \(the workbook as it was before this run is kept as dashboard\.xlsx\.1\.bak\)\.$/);
    const third = await runCli(['calculate', 'dashboard.xlsx', '--in-place'], { cwd: dir, calculate: clean });
    expect(third.out).toMatch(/kept as dashboard\.xlsx\.2\.bak\)\.$/);
    expect(readFileSync(`${input}.bak`)).toEqual(original);
    expect(readFileSync(join(dir, 'dashboard.xlsx.1.bak'))).toEqual(afterFirst);
    expect(readdirSync(dir).sort()).toEqual(['dashboard.xlsx', 'dashboard.xlsx.1.bak', 'dashboard.xlsx.2.bak', 'dashboard.xlsx.bak']);
  });

  it('keeps a .bak file that was there before, whatever it holds', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    writeFileSync(`${input}.bak`, 'an older copy the analyst kept by hand');
    const run = await runCli(['calculate', input, '--in-place'], { cwd: dir, calculate: clean });
    expect(run.code).toBe(0);
    expect(readFileSync(`${input}.bak`, 'utf8')).toBe('an older copy the analyst kept by hand');
    expect(readFileSync(`${input}.1.bak`)).toEqual(original);
  });

  it('leaves the original untouched when the write fails', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    const failingRename = {
      ...nodeWorkbookFiles,
      rename: async () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
    };
    const run = await runCli(['calculate', input, '--in-place'], { cwd: dir, calculate: clean, files: failingRename });
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Cannot write ${input}: the file is in use by another program (close it in Excel and try again).`);
    expect(readFileSync(input)).toEqual(original);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('does not touch the input when the --json summary cannot be written', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    const run = await runCli(['calculate', input, '--in-place', '--json', join(dir, 'missing-folder', 'summary.json')], { cwd: dir, calculate: clean });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Cannot write .*summary\.json/);
    expect(readFileSync(input)).toEqual(original);
    expect(readdirSync(dir)).toEqual(['dashboard.xlsx']);
  });

  it('a --json summary says nothing was saved, with exit code 2 and why, when the save fails', async () => {
    const { dir, input } = folderWithSample();
    const summaryPath = join(dir, 'summary.json');
    const out = join(dir, 'missing-folder', 'out.xlsx');
    const run = await runCli(['calculate', input, '--out', out, '--json', summaryPath], { cwd: dir, calculate: clean });
    expect(run.code).toBe(2);
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
    expect(summary).toMatchObject({ output: null, exitCode: 2 });
    expect(summary.error).toBe(run.err);
  });

  it('does not touch the input when the backup copy cannot be made', async () => {
    const { dir, input } = folderWithSample();
    const original = readFileSync(input);
    const noCopy = {
      ...nodeWorkbookFiles,
      copyFile: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const run = await runCli(['calculate', input, '--in-place'], { cwd: dir, calculate: clean, files: noCopy });
    expect(run.code).toBe(2);
    expect(run.err).toBe('Cannot save the backup copy dashboard.xlsx.bak (ENOSPC), so dashboard.xlsx was left as it was.');
    expect(readFileSync(input)).toEqual(original);
  });
});

describe('safer-dashboard exit codes and findings', () => {
  it('exits 0 with warnings only, and prints them as Sheet!A1  severity  message with the fix below', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['check', input], { cwd: dir, calculate: stubCalculate([PARTIAL_PERIOD_WARNING]) });
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      'Indicators (1)',
      `  Indicators!D11  warning  ${PARTIAL_PERIOD_WARNING.message}`,
      `      Fix: ${PARTIAL_PERIOD_WARNING.fix}`,
      '12 indicators in 5 outcomes; 0 errors, 1 warning.',
    ]);
  });

  it('exits 1 when a finding is an error, but still saves the other rows', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir, calculate: stubCalculate([PARTIAL_PERIOD_WARNING, COUNT_TEXT_ERROR]) });
    expect(run.code).toBe(1);
    const lines = run.out.split('\n');
    // Sorted by cell within the sheet: E6 before D11.
    expect(lines[1]).toBe(`  Indicators!E6   error    ${COUNT_TEXT_ERROR.message}`);
    expect(lines[3]).toBe(`  Indicators!D11  warning  ${PARTIAL_PERIOD_WARNING.message}`);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(true);
  });

  it('check writes nothing but the --json summary', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['check', input, '--json', 'summary.json'], { cwd: dir, calculate: stubCalculate([COUNT_TEXT_ERROR]) });
    expect(run.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['dashboard.xlsx', 'summary.json']);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ command: 'check', input, output: null, exitCode: 1, summary: { indicators: 12, errors: 1, warnings: 0 } });
    expect(summary.findings).toEqual([COUNT_TEXT_ERROR]);
    expect(summary.sheets).toEqual([{ name: 'Indicators', kind: 'indicators', headerRow: 3, firstRow: 4, endRow: 16, headerRowNumber: 4 }]);
    expect(summary.indicators).toHaveLength(12);
    // Nothing was written, so no output columns are claimed.
    expect(summary.outputs).toBeNull();
    // row stays 0-based; rowNumber is the row as Excel numbers it (the first indicator is on row 5).
    expect(summary.indicators[0]).toMatchObject({ row: 4, rowNumber: 5 });
  });

  it('calculate --json lists the output columns written', async () => {
    const { dir, input } = folderWithSample();
    await runCli(['calculate', input, '--out', 'out.xlsx', '--json', 'summary.json'], { cwd: dir, calculate: clean });
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.output).toBe(join(dir, 'out.xlsx'));
    expect(summary.outputs.columns).toEqual([
      { sheet: 'Indicators', header: 'Change %', column: 'K', added: true, range: 'K5:K16', cellsWritten: 12 },
      { sheet: 'Indicators', header: 'Reason', column: 'L', added: true, range: 'L5:L16', cellsWritten: 12 },
    ]);
  });
});

describe('safer-dashboard calculate on the sample workbook', () => {
  it('leaves every input cell exactly as it was and adds the outputs as text and numbers', async () => {
    const { dir, input } = folderWithSample();
    expect((await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir, calculate: clean })).code).toBe(0);
    const before = xlsxCellSnapshot(await loadXlsx(input));
    const after = xlsxCellSnapshot(await loadXlsx(join(dir, 'out.xlsx')));
    expect(Object.keys(before).length).toBeGreaterThan(100);
    for (const [address, cell] of Object.entries(before)) expect({ address, cell: after[address] }).toEqual({ address, cell });
    const added = Object.keys(after).filter((address) => !(address in before));
    expect(added).toHaveLength(26);
    const reason = (await loadXlsx(join(dir, 'out.xlsx'))).getWorksheet('Indicators')!.getCell('L5');
    expect(reason.type).toBe(ExcelJS.ValueType.String);
    expect(reason.value).toBe('=stub reason for row 5');
  });

  it('gives an identical workbook when the output is calculated again', async () => {
    const { dir, input } = folderWithSample();
    await runCli(['calculate', input, '--out', 'once.xlsx'], { cwd: dir, calculate: clean });
    await runCli(['calculate', 'once.xlsx', '--out', 'twice.xlsx'], { cwd: dir, calculate: clean });
    const once = xlsxCellSnapshot(await loadXlsx(join(dir, 'once.xlsx')));
    const twice = xlsxCellSnapshot(await loadXlsx(join(dir, 'twice.xlsx')));
    expect(twice).toEqual(once);
  });
});
