import { describeHostError, describeSelectFailure } from '../../src/taskpane/state/describeHostError';

/** Shaped like OfficeExtension.Error: Excel's code and its own wording. */
const itemNotFound = Object.assign(new Error("The requested resource doesn't exist."), { code: 'ItemNotFound' });

describe('describeHostError', () => {
  test("the host's own sentence, else a plain fallback", () => {
    expect(describeHostError(new Error('Sheet Indicators is protected.'))).toBe('Sheet Indicators is protected.');
    expect(describeHostError('Lost the connection.')).toBe('Lost the connection.');
    expect(describeHostError(undefined)).toMatch(/^The workbook could not be reached/);
  });

  test("Excel's AccessDenied (a protected workbook, e.g. on Create Settings sheet) says what to do", () => {
    const accessDenied = Object.assign(new Error('You cannot perform the requested operation.'), { code: 'AccessDenied' });
    expect(describeHostError(accessDenied)).toBe(
      'Excel refused the change: the workbook or sheet is protected. Unprotect it (Review > Protect Workbook, or Unprotect Sheet), then try again.',
    );
  });

  test("Excel's ItemNotFound says what probably happened, not Excel's wording", () => {
    expect(describeHostError(itemNotFound)).toBe('A sheet or cell the add-in needed was not found (renamed or deleted?). Calculate again.');
  });
});

describe('describeSelectFailure', () => {
  test("a finding's sheet renamed or deleted since the calculation is named", () => {
    expect(describeSelectFailure(itemNotFound, 'Indicators', 'E7')).toBe(
      'Could not go to Indicators!E7: the sheet "Indicators" was not found (renamed or deleted?). Calculate again.',
    );
    expect(describeSelectFailure(itemNotFound, 'Risk Matrix', 'C4')).toBe(
      'Could not go to \'Risk Matrix\'!C4: the sheet "Risk Matrix" was not found (renamed or deleted?). Calculate again.',
    );
  });

  test('other failures keep the host wording', () => {
    expect(describeSelectFailure(new Error('Excel is busy.'), 'Indicators', 'E7')).toBe('Excel is busy.');
  });
});
