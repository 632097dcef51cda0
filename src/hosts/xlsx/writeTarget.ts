import { constants } from 'fs';
import { describeFsError, WorkbookFileError } from './WorkbookFileError';
import { nodeWorkbookFiles, WorkbookFiles } from './WorkbookFiles';

/** Where a write to a path really lands, and the permission bits the file there has now. */
export interface WriteTarget {
  /** The path with symbolic links resolved, so a link keeps pointing at the (new) file. */
  readonly path: string;
  /** The existing file's permission bits, to give its replacement; absent for a new file. */
  readonly mode?: number;
}

/**
 * Checks, before anything is written, that `path` may be written: a file that exists there must be
 * writable (a rename would replace even a read-only file). Throws WorkbookFileError with the sentence
 * describeFsError gives ("permission denied", "the location is read-only").
 */
export async function writeTarget(path: string, files: WorkbookFiles = nodeWorkbookFiles): Promise<WriteTarget> {
  try {
    const real = await files.realpath(path);
    await files.access(real, constants.W_OK);
    const { mode } = await files.stat(real);
    return { path: real, mode: Number(mode & 0o7777n) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path };
    throw new WorkbookFileError(describeFsError(error, path, 'write'), path, error);
  }
}
