import { periodKey } from '../../../src/engine/values/periodKey';

describe('periodKey: one key for one period, however it is spelled', () => {
  it.each([
    ['2016/17', '2016-17'],
    ['2016/17', '2016/2017'],
    ['2016/17', 'Apr 2016 - Mar 2017'],
    ['Q1 2016/17', 'q1 2016-17'],
    ['2016/17', '2016/17*'],
    ['2016/17', '2016/17 †'],
    ['Q3 tracking', 'q3  tracking'],
    ['01/04/2016 - 31/03/2017', '01/04/2016-31/03/2017'],
    ['01/04/2016 – 31/03/2017', '01/04/2016 - 31/03/2017'],
    ['2016/17', '01/04/2016 - 31/03/2017'],
    ['2016/17', 'Apr16-Mar17'],
    ['2016/17', 'Apr-16 to Mar-17'],
    ['Jan2016-Dec2016', '01/01/2016 - 31/12/2016'],
  ])('%s and %s are the same period', (a, b) => {
    expect(periodKey(a)).toBe(periodKey(b));
  });

  it.each([
    ['2016/17', '2015/16'],
    ['Q1 2016/17', '2016/17'],
    ['Q1', 'Q1 2016/17'],
    ['April-Dec2016', '2016/17'],
    ['01/01/2016 - 31/12/2016', '2016/17'],
    ['01/07/2015 - 30/09/2016', '2016/17'],
  ])('%s and %s are different periods', (a, b) => {
    expect(periodKey(a)).not.toBe(periodKey(b));
  });
});
