import type { ChartsInput } from '../../../src/engine';

/**
 * Violence with injury (seed 002, para 10): county 3.93 per 1,000 against a regional average of 7.
 * The seven districts are the county's (domain notes); their rates are illustrative, not from a seed.
 */
export const VIOLENCE_BY_DISTRICT: NonNullable<ChartsInput['districtBars']>[number] = {
  indicator: 'Violence with injury',
  unit: 'Rate per 1,000',
  districts: [
    { name: 'Blaby', value: 3.61 },
    { name: 'Charnwood', value: 4.72 },
    { name: 'Harborough', value: 2.88 },
    { name: 'Hinckley and Bosworth', value: 3.95 },
    { name: 'Melton', value: 3.4 },
    { name: 'North West Leicestershire', value: 4.55 },
    { name: 'Oadby and Wigston', value: 3.12 },
  ],
  county: 3.93,
  regional: 7,
};

/** First-time entrants by year, seed 003 (2014/15 190 … 2021/22 84). */
export const FIRST_TIME_ENTRANTS: NonNullable<ChartsInput['trendLines']>[number] = {
  indicator: 'First-time entrants',
  unit: 'Count',
  points: [
    { label: '2014/15', value: 190 },
    { label: '2015/16', value: 124 },
    { label: '2016/17', value: 126 },
    { label: '2017/18', value: 101 },
    { label: '2018/19', value: 100 },
    { label: '2019/20', value: 111 },
    { label: '2020/21', value: 88 },
    { label: '2021/22', value: 84 },
  ],
};

/**
 * Seed 002 Appendix 2's categories with illustrative scores, banded by LOW ≤ 108 < MEDIUM ≤ 216 <
 * HIGH: 240 HIGH, 216 MEDIUM (the boundary), 108.01 would be MEDIUM, 108 LOW.
 */
export const RISK: NonNullable<ChartsInput['riskBars']> = [
  { category: 'Burglary', score: 144, rating: 'MEDIUM' },
  { category: 'Domestic abuse', score: 240, rating: 'HIGH' },
  { category: 'Hate crime', score: 108, rating: 'LOW' },
  { category: 'ASB', score: 216, rating: 'MEDIUM' },
  { category: 'Robbery', score: 90.5, rating: 'LOW' },
  { category: 'Cyber crime', score: 144, rating: 'MEDIUM' },
];
