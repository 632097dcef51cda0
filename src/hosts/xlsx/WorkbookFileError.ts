/**
 * A workbook file could not be read or written. The message is one plain sentence for the person
 * at the terminal (never a stack trace); `cause` keeps the underlying error for debugging.
 */
export class WorkbookFileError extends Error {
  constructor(
    message: string,
    readonly path: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** The sentence for a failed file-system call, by its error code. */
export function describeFsError(error: unknown, path: string, action: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'read' ? 'Cannot read' : 'Cannot write';
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? `${verb} ${path}: the file does not exist.` : `${verb} ${path}: its folder does not exist.`;
    case 'EISDIR':
      return `${verb} ${path}: it is a folder, not a workbook file.`;
    case 'EACCES':
    case 'EPERM':
      return `${verb} ${path}: permission denied.`;
    case 'EROFS':
      return `${verb} ${path}: the location is read-only.`;
    case 'ENOSPC':
      return `${verb} ${path}: the disk is full.`;
    case 'EBUSY':
      return `${verb} ${path}: the file is in use by another program (close it in Excel and try again).`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `${verb} ${path}: ${detail.split('\n')[0]}.`.replace(/\.\.$/, '.');
    }
  }
}
