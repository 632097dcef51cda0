import { locateRiskTable } from '../../../src/engine';
import { riskGrid } from './riskGrid';

describe('locateRiskTable', () => {
  test('finds the header below title rows, with every harm column and any output columns', () => {
    const grid = {
      name: 'Anything',
      values: [
        ['Safer Leicestershire Dashboard'],
        ['Risk Rating by Harm Scores - 2016/17'],
        [],
        ['CATEGORY', 'Volume', 'Probability*', 'Harm\n(Police)', 'Harm (Fire)', 'Harm score', 'Risk  rating'],
        ['Robbery', 231, 6, 14, 12, null, null],
        ['Hate crime', 455, 9, 13, 12, null, null],
        [],
        ['* Road casualty data uses 12 month period 01/07/2015 - 30/09/2016'],
      ],
    };
    const located = locateRiskTable(grid);
    expect(located?.table).toMatchObject({ headerRow: 3, firstRow: 4, endRow: 6 });
    expect(located?.harmColumns.map((c) => [c.column, c.header])).toEqual([[3, 'Harm\n(Police)'], [4, 'Harm (Fire)']]);
    expect(located?.outputs).toEqual({ harmScore: { column: 5, header: 'Harm score' }, riskRating: { column: 6, header: 'Risk  rating' } });
    expect(located?.table.footnotes.map((f) => f.text)).toEqual(['* Road casualty data uses 12 month period 01/07/2015 - 30/09/2016']);
  });

  test('a footnote row ends the data', () => {
    const grid = riskGrid([['Robbery', 231, 6, 14, 13, 12, '2016/17'], ['** Cyber Crime data uses 12 month period'], ['Hate crime', 455, 9, 13, 12, 14, '2016/17']]);
    expect(locateRiskTable(grid)?.table.endRow).toBe(3);
  });

  test('is not a Risk Matrix without a harm column, a category, or a probability/volume', () => {
    expect(locateRiskTable(riskGrid([], ['Category', 'Volume', 'Probability']))).toBeUndefined();
    expect(locateRiskTable(riskGrid([], ['Indicator', 'Volume', 'Harm (Police)']))).toBeUndefined();
    expect(locateRiskTable(riskGrid([], ['Category', 'Harm (Police)']))).toBeUndefined();
    // A header with only the output "Harm score" has no partner scores.
    expect(locateRiskTable(riskGrid([], ['Category', 'Probability', 'Harm score']))).toBeUndefined();
  });

  test('a sheet with only Volume (probability to derive) is recognised', () => {
    expect(locateRiskTable(riskGrid([], ['Category', 'Volume', 'Harm (Police)']))?.table.headerRow).toBe(1);
  });
});
