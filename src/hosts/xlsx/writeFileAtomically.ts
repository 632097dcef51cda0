import { basename, dirname, join } from 'path';
import { describeFsError, WorkbookFileError } from './WorkbookFileError';
import { nodeWorkbookFiles, WorkbookFiles } from './WorkbookFiles';

/**
 * Writes a temporary file beside `path` and renames it into place, so a failure never leaves a
 * half-written file at `path` (rename within one folder is atomic). The temporary file is removed on failure.
 */
export async function writeFileAtomically(path: string, data: Buffer, files: WorkbookFiles = nodeWorkbookFiles): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await files.writeFile(temp, data);
    await files.rename(temp, path);
  } catch (error) {
    await files.unlink(temp).catch(() => undefined);
    throw new WorkbookFileError(describeFsError(error, path, 'write'), path, error);
  }
}
