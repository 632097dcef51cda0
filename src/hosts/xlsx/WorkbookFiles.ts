import { promises as fsp } from 'fs';

/** The file-system calls the xlsx helpers and the command line make, injectable so tests can fail them on purpose. */
export interface WorkbookFiles {
  readFile(path: string): Promise<Buffer>;
  /** Creates a new file; fails when it exists. */
  writeFile(path: string, data: Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
}

export const nodeWorkbookFiles: WorkbookFiles = {
  readFile: (path) => fsp.readFile(path),
  writeFile: (path, data) => fsp.writeFile(path, data, { flag: 'wx' }),
  rename: (from, to) => fsp.rename(from, to),
  copyFile: (from, to) => fsp.copyFile(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
};
