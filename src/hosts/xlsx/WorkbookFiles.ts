import { constants, promises as fsp } from 'fs';

/** The file-system calls the xlsx helpers and the command line make, injectable so tests can fail them on purpose. */
export interface WorkbookFiles {
  readFile(path: string): Promise<Buffer>;
  /** Creates a new file; fails when it exists. */
  writeFile(path: string, data: Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Copies to a new file; fails with EEXIST when `to` exists (a backup is never replaced). */
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** The path with symbolic links resolved; fails with ENOENT when nothing is there. */
  realpath(path: string): Promise<string>;
  /** Which file this is (device and inode) and its permission bits; fails with ENOENT when nothing is there. */
  stat(path: string): Promise<{ readonly dev: bigint; readonly ino: bigint; readonly mode: bigint }>;
  /** Fails (EACCES, EROFS…) when the process may not use the file as `mode` (fs.constants.W_OK…) asks. */
  access(path: string, mode: number): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
}

export const nodeWorkbookFiles: WorkbookFiles = {
  readFile: (path) => fsp.readFile(path),
  writeFile: (path, data) => fsp.writeFile(path, data, { flag: 'wx' }),
  rename: (from, to) => fsp.rename(from, to),
  copyFile: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  realpath: (path) => fsp.realpath(path),
  // bigint: a 64-bit inode number (NTFS file IDs) does not fit a double.
  stat: (path) => fsp.stat(path, { bigint: true }),
  access: (path, mode) => fsp.access(path, mode),
  chmod: (path, mode) => fsp.chmod(path, mode),
};
