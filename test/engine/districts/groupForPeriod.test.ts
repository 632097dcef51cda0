import { groupForPeriod } from '../../../src/engine/districts/groupForPeriod';

describe('groupForPeriod: which period feeds the Indicators row', () => {
  const label = (g: string) => (g === '' ? undefined : g);

  it('takes the current period when a group has it, case and spacing ignored', () => {
    expect(groupForPeriod(['2022/23', '2021/22'], label, '2021/22')).toBe('2021/22');
    expect(groupForPeriod(['Q1 2022/23', 'q2  2022/23'], label, 'Q2 2022/23')).toBe('q2  2022/23');
  });

  it('matches the current period however it is spelled ("2016-17" is "2016/17")', () => {
    expect(groupForPeriod(['2017/18', '2016/17'], label, '2016-17')).toBe('2016/17');
  });

  it('without a current period, the latest by its label, wherever it sits', () => {
    expect(groupForPeriod(['2022/23', '2021/22', '2020/21'], label, undefined)).toBe('2022/23');
    expect(groupForPeriod(['Q4 2021/22', 'Q1 2022/23', 'Q3 2021/22'], label, undefined)).toBe('Q1 2022/23');
  });

  it('with a dated current period that no group holds, none: another year is never borrowed', () => {
    expect(groupForPeriod(['Q4 2021/22', 'Q1 2022/23', 'Q3 2021/22'], label, '2019/20')).toBeUndefined();
    expect(groupForPeriod(['2016-17'], label, '2017-18')).toBeUndefined();
    // A label naming no year may still be the current period: it is taken, as before.
    expect(groupForPeriod(['2016/17', 'This year'], label, '2017-18')).toBe('This year');
  });

  it('with a current period that names no year, the latest by its label, as before', () => {
    expect(groupForPeriod(['2016/17', '2015/16'], label, 'Q3 tracking')).toBe('2016/17');
  });

  it('else, when no label names a year, the last period on the sheet', () => {
    expect(groupForPeriod(['This year', 'Last year', ''], label, undefined)).toBe('Last year');
    expect(groupForPeriod([''], label, undefined)).toBe('');
  });
});
