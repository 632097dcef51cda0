import { categoryFirstRows } from '../../../src/engine/risk/categoryFirstRows';

/** The plain definition: a Map keyed by the lower-case name. */
function expectedFirstRows(names: ReadonlyArray<string>): Array<number | undefined> {
  const seen = new Map<string, number>();
  return names.map((name, row) => {
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, row);
    return earlier;
  });
}

describe('categoryFirstRows', () => {
  it('finds earlier rows of the same name ignoring case, as toLowerCase compares', () => {
    const names = [
      'Burglary', 'burglary', 'BURGLARY', 'Robbery', 'Hate crime', 'hate Crime', 'Ärger', 'ärger', 'ÄRGER',
      '\u212Aelvin', 'kelvin', 'KELVIN', 'İstanbul', 'i̇stanbul', 'istanbul', 'ΣΊΣΥΦΟΣ', 'σίσυφος', 'Straße', 'STRASSE', 'Cat 1', 'cat 1',
    ];
    const found = categoryFirstRows(names.length);
    expect(names.map((name, row) => found.firstRowOf(name, row))).toEqual(expectedFirstRows(names));
  });

  it('keeps many distinct names apart and still finds their repeats', () => {
    const names = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `category ${i % 1700}` : `Category ${i}`));
    const found = categoryFirstRows(names.length);
    expect(names.map((name, row) => found.firstRowOf(name, row))).toEqual(expectedFirstRows(names));
  });
});
