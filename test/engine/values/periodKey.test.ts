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
  ])('%s and %s are the same period', (a, b) => {
    expect(periodKey(a)).toBe(periodKey(b));
  });

  it.each([
    ['2016/17', '2015/16'],
    ['Q1 2016/17', '2016/17'],
    ['Q1', 'Q1 2016/17'],
    ['April-Dec2016', '2016/17'],
  ])('%s and %s are different periods', (a, b) => {
    expect(periodKey(a)).not.toBe(periodKey(b));
  });
});
