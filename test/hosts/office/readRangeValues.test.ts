import { OfficeHost } from '../../../src/hosts/office/OfficeHost';
import { indicatorsExcel } from './fixtures';

describe('OfficeHost.readRangeValues', () => {
  test("reads one row's values in one sync, for Explain's check that the row has not moved", async () => {
    const excel = indicatorsExcel();
    const values = await new OfficeHost(excel.run).readRangeValues('Indicators', 'A4:C4');
    expect(values).toEqual([['Ongoing reductions in crime', 'Total Crime rate (per 1,000 population)', 47.21]]);
    expect(excel.syncs).toHaveLength(1);
  });
});
