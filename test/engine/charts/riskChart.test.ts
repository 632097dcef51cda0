import { buildChartsSheet, riskBandsFromUpperBounds, parseCellAddress } from '../../../src/engine';

describe('Risk chart: configured bands', () => {
  test('every band is drawn in its fill with its label; a score beside a bound shows its decimals', () => {
    const riskBands = riskBandsFromUpperBounds([54, 108, 216], ['#FFFFFF', '#FFFF00', '#FF8000', '#000000']);
    const built = buildChartsSheet({
      riskBands,
      riskBars: [
        { category: 'Robbery', score: 54, rating: 'LOW' },
        { category: 'ASB', score: 108.01, rating: 'MEDIUM 2' },
        { category: 'Burglary', score: 60, rating: 'MEDIUM 1' },
        { category: 'Domestic abuse', score: 217, rating: 'HIGH' },
      ],
    })!;
    const [chart] = built.charts;
    expect(chart.pointColours).toEqual(['#000000', '#FF8000', '#FFFF00', '#FFFFFF']);
    const top = parseCellAddress(chart.dataRange.split(':')[0])!.row;
    const table = built.sheet.rows.slice(top + 1, top + 5);
    expect(table.map((r) => [r[0].value, r[0].fill, r[0].fontColor, r[1].value, r[1].numberFormat])).toEqual([
      ['Domestic abuse (HIGH)', '#000000', '#FFFFFF', 217, '0.0'],
      ['ASB (MEDIUM 2)', '#FF8000', '#000000', 108.01, '0.0#####'],
      ['Burglary (MEDIUM 1)', '#FFFF00', '#000000', 60, '0.0'],
      ['Robbery (LOW)', '#FFFFFF', '#000000', 54, '0.0'],
    ]);
  });
});
