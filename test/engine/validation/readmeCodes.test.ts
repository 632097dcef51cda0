import { readFileSync } from 'fs';
import { catalogueEntries } from '../../../src/engine';
import { codesTable, END, README, START, withCodesTable } from '../../../scripts/codes';

describe('the README lists every check code', () => {
  const readme = readFileSync(README, 'utf8');

  it('holds the table generated from the catalogue (run npm run codes after changing a check)', () => {
    expect(withCodesTable(readme)).toBe(readme);
  });

  it('has one row per catalogue code, with its severity', () => {
    const block = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const rows = block.split('\n').filter((line) => /^\| [A-Z]\d{3} \|/.test(line));
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(
      expect.arrayContaining(catalogueEntries().map((e) => `| ${e.code} | ${e.severity}`)),
    );
    expect(rows).toHaveLength(catalogueEntries().length);
    expect(codesTable()).toContain('| V022 | error | Unit slip: the two figures are about 100 or 1,000 times apart |');
  });

  it('codes are unique and never share a number across entries', () => {
    const codes = catalogueEntries().map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[VDPTR]\d{3}$/);
  });
});
