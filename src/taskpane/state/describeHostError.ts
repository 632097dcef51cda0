import { qualifiedAddress } from '../../engine';

/** Turns anything a host throws into a sentence for the MessageBar. */
export function describeHostError(error: unknown): string {
  if (isItemNotFound(error)) return 'A sheet or cell the add-in needed was not found (renamed or deleted?). Calculate again.';
  if (hasCode(error, 'AccessDenied')) {
    return 'Excel refused the change: the workbook or sheet is protected. Unprotect it (Review > Protect Workbook, or Unprotect Sheet), then try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'The workbook could not be reached. Try again; if it keeps failing, reload the add-in.';
}

/** Why a finding's cell could not be selected, naming the sheet when Excel no longer has it. */
export function describeSelectFailure(error: unknown, sheet: string, cell: string): string {
  if (!isItemNotFound(error)) return describeHostError(error);
  return `Could not go to ${qualifiedAddress(sheet, cell)}: the sheet "${sheet}" was not found (renamed or deleted?). Calculate again.`;
}

/** Excel's code for a sheet or range that does not exist (OfficeExtension.Error.code). */
function isItemNotFound(error: unknown): boolean {
  return hasCode(error, 'ItemNotFound');
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
