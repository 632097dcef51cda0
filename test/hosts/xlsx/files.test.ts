import ExcelJS from 'exceljs';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { loadXlsx, nodeWorkbookFiles, saveXlsxAtomically, WorkbookFileError, writeFileAtomically } from '../../../src/hosts/xlsx';
import { tempFolder } from '../../tempFolder';

const folder = () => tempFolder('xlsx');

async function sampleBuffer(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Indicators').getCell('A1').value = 'Supporting Indicators';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function loadError(path: string): Promise<WorkbookFileError> {
  try {
    await loadXlsx(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('loadXlsx', () => {
  it('names a missing file', async () => {
    const path = join(folder(), 'missing.xlsx');
    expect((await loadError(path)).message).toBe(`Cannot read ${path}: the file does not exist.`);
  });

  it('says a folder is not a workbook', async () => {
    const dir = folder();
    expect((await loadError(dir)).message).toBe(`Cannot read ${dir}: it is a folder, not a workbook file.`);
  });

  it('recognises a password-protected workbook by the OLE2 compound-file signature', async () => {
    const path = join(folder(), 'protected.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    expect((await loadError(path)).message).toMatch(/password-protected \(encrypted\) or an old-style \.xls file/);
  });

  it('rejects a text file renamed .xlsx and an empty file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.xlsx'), 'Outcome,Indicator\n');
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect((await loadError(join(dir, 'notes.xlsx'))).message).toMatch(/it is not an \.xlsx workbook \(the file is not a zip package\)\.$/);
    expect((await loadError(join(dir, 'empty.xlsx'))).message).toMatch(/the file is empty\.$/);
  });

  it('says a truncated workbook is damaged', async () => {
    const path = join(folder(), 'truncated.xlsx');
    const whole = await sampleBuffer();
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await loadError(path)).message).toBe(`Cannot read ${path}: the workbook is damaged or incomplete (its zip package could not be opened).`);
  });

  it('loads a real workbook', async () => {
    const path = join(folder(), 'ok.xlsx');
    writeFileSync(path, await sampleBuffer());
    const workbook = await loadXlsx(path);
    expect(workbook.getWorksheet('Indicators')?.getCell('A1').value).toBe('Supporting Indicators');
  });
});

describe('saveXlsxAtomically', () => {
  async function workbookSaying(text: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Indicators').getCell('A1').value = text;
    return workbook;
  }

  it('replaces the target and leaves no temporary file behind', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'previous contents');
    await saveXlsxAtomically(await workbookSaying('new'), path);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    expect((await loadXlsx(path)).getWorksheet('Indicators')?.getCell('A1').value).toBe('new');
  });

  it('leaves the previous file intact and cleans up when the rename fails', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'previous contents');
    const failingRename = {
      ...nodeWorkbookFiles,
      rename: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    };
    await expect(saveXlsxAtomically(await workbookSaying('new'), path, failingRename)).rejects.toThrow(`Cannot write ${path}: permission denied.`);
    expect(readFileSync(path, 'utf8')).toBe('previous contents');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('says when the folder does not exist', async () => {
    const path = join(folder(), 'no-such-folder', 'out.xlsx');
    await expect(saveXlsxAtomically(await workbookSaying('x'), path)).rejects.toThrow(`Cannot write ${path}: its folder does not exist.`);
    expect(existsSync(path)).toBe(false);
  });
});

describe('writeFileAtomically', () => {
  it('gives the replacement the permission bits of the file it replaces', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'previous contents');
    chmodSync(path, 0o600);
    await writeFileAtomically(path, Buffer.from('new'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const dir = folder();
    const target = join(dir, 'target.xlsx');
    const link = join(dir, 'link.xlsx');
    writeFileSync(target, 'previous contents');
    symlinkSync(target, link);
    await writeFileAtomically(link, Buffer.from('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.xlsx', 'target.xlsx']);
  });

  it('refuses a file it may not write (access W_OK fails) before writing anything', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'previous contents');
    const writes: string[] = [];
    const readOnly = {
      ...nodeWorkbookFiles,
      access: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
      writeFile: async (to: string, data: Buffer) => {
        writes.push(to);
        return nodeWorkbookFiles.writeFile(to, data);
      },
    };
    await expect(writeFileAtomically(path, Buffer.from('new'), readOnly)).rejects.toThrow(`Cannot write ${path}: permission denied.`);
    expect(writes).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe('previous contents');
  });

  it('does not ask about a file that is not there yet', async () => {
    const path = join(folder(), 'new.json');
    const denyAll = {
      ...nodeWorkbookFiles,
      access: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    };
    await writeFileAtomically(path, Buffer.from('{}'), denyAll);
    expect(readFileSync(path, 'utf8')).toBe('{}');
  });
});
