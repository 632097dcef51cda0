import type { WorkbookFiles } from '../hosts/xlsx';

/**
 * True when both paths name one existing file, however they are spelled: through a symbolic link,
 * `./` or `..`, another letter case on a case-insensitive disk, or a hard link (same device and inode).
 */
export async function sameFile(a: string, b: string, files: WorkbookFiles): Promise<boolean> {
  try {
    const [first, second] = await Promise.all([files.stat(a), files.stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    // One of them does not exist (or cannot be looked at): writing it cannot overwrite the other.
    return false;
  }
}
