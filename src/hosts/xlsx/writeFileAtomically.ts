import { basename, dirname, join } from 'path';
import { describeFsError, WorkbookFileError } from './WorkbookFileError';
import { nodeWorkbookFiles, WorkbookFiles } from './WorkbookFiles';
import { writeTarget } from './writeTarget';

/**
 * Writes a temporary file beside `path` and renames it into place, so a failure never leaves a
 * half-written file at `path` (rename within one folder is atomic). The temporary file is removed on failure.
 * A read-only file at `path` is refused before anything is written; a file replaced keeps its
 * permission bits, and a symbolic link keeps pointing at the file, which is the one replaced.
 */
export async function writeFileAtomically(path: string, data: Buffer, files: WorkbookFiles = nodeWorkbookFiles): Promise<void> {
  const target = await writeTarget(path, files);
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await files.writeFile(temp, data);
    if (target.mode !== undefined) await files.chmod(temp, target.mode);
    await files.rename(temp, target.path);
  } catch (error) {
    await files.unlink(temp).catch(() => undefined);
    throw new WorkbookFileError(describeFsError(error, path, 'write'), path, error);
  }
}
