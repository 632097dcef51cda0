import { CATALOGUE, catalogueEntries, makeFinding } from '../../../src/engine';

describe('the findings catalogue', () => {
  it('has unique codes, each with a severity, a message and a fix', () => {
    const entries = catalogueEntries();
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.code).toMatch(/^[A-Z][0-9]{3}$/);
      expect(['error', 'warning']).toContain(entry.severity);
      expect(entry.message.length).toBeGreaterThan(10);
      expect(entry.fix.length).toBeGreaterThan(5);
    }
    expect(CATALOGUE.notANumber.code).toBe('V001');
  });

  it('makeFinding fills the templates and carries the evidence', () => {
    const finding = makeFinding('notANumber', { sheet: 'Indicators', cell: 'E6' }, { what: 'previous count', raw: 'about 2,400', example: '2414', expected: 'a number' });
    expect(finding).toEqual({
      code: 'V001',
      severity: 'error',
      sheet: 'Indicators',
      cell: 'E6',
      message: 'The previous count "about 2,400" is not a number.',
      fix: 'Type the previous count as a number, e.g. 2414, or "-" when there is no data.',
      raw: 'about 2,400',
      expected: 'a number',
    });
  });
});
