import { measureFromName } from '../../../src/engine/indicators/Measure';
import { flatText } from '../../../src/engine/indicators/reasonSentences';

describe('measureFromName', () => {
  it('reads the rate named inside an indicator name, in any case', () => {
    expect(measureFromName('Total Crime rate (per 1,000 population)')).toBe('Rate per 1,000');
    expect(measureFromName('Hospital admissions PER 100000')).toBe('Rate per 100,000');
    expect(measureFromName('Assaults Per\t10,000 residents')).toBe('Rate per 10,000');
  });

  it('finds no measure in names without a rate', () => {
    expect(measureFromName('Number of first time entrants')).toBeUndefined();
    expect(measureFromName('Percentage of people')).toBeUndefined();
    expect(measureFromName('per')).toBeUndefined();
    expect(measureFromName('pe')).toBeUndefined();
    expect(measureFromName('')).toBeUndefined();
  });
});

describe('flatText', () => {
  it('gives back the same text', () => {
    const joined = 'Rate rose ' + String(9.3) + '% (47.21 → ' + String(51.61) + ')';
    expect(flatText(joined)).toBe('Rate rose 9.3% (47.21 → 51.61)');
    expect(flatText('')).toBe('');
  });
});
