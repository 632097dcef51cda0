import { memoise } from '../../../src/engine/memo/memoise';
import { parseMeasure } from '../../../src/engine/indicators/Measure';

describe('memoise', () => {
  it('reads each distinct text once, undefined results included', () => {
    const calls: string[] = [];
    const read = memoise((text: string) => {
      calls.push(text);
      return text === 'Low is good' ? 'low' : undefined;
    });
    expect([read('Low is good'), read('Low is good'), read('sideways'), read('sideways')]).toEqual(['low', 'low', undefined, undefined]);
    expect(calls).toEqual(['Low is good', 'sideways']);
  });

  it('empties its memory when full, so it stays small, and still answers correctly', () => {
    const calls: string[] = [];
    const read = memoise((text: string) => {
      calls.push(text);
      return text.length;
    }, 2);
    expect([read('a'), read('bb'), read('ccc'), read('a')]).toEqual([1, 2, 3, 1]);
    // 'ccc' found the memory full and emptied it, so 'a' was read again.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('leaves the memoised readers answering as before (seed 002 measures)', () => {
    expect(parseMeasure('Rate per 1,000')).toBe('Rate per 1,000');
    expect(parseMeasure('Rate per 1,000')).toBe('Rate per 1,000');
    expect(parseMeasure('per 100000')).toBe('Rate per 100,000');
    expect(parseMeasure('furlongs')).toBeUndefined();
  });
});
