import { roundsOntoBound } from '../../../src/engine/values/roundsOntoBound';

describe('roundsOntoBound', () => {
  it('is true when the shown figure lands on, or passes, a bound the figure is not on', () => {
    expect(roundsOntoBound(15.03, 15, 15)).toBe(true);
    expect(roundsOntoBound(14.97, 15, 15)).toBe(true);
    expect(roundsOntoBound(216.001, 216, 216)).toBe(true);
    expect(roundsOntoBound(7.258, 7.3, 7.26)).toBe(true); // shown above a bound it is below
  });

  it('is false on the bound (to a billionth) and when the shown figure stays on its side', () => {
    expect(roundsOntoBound(15, 15, 15)).toBe(false);
    expect(roundsOntoBound(0.15 * 100, 15, 15)).toBe(false); // 15.000000000000002
    expect(roundsOntoBound(15.03, 15, 0.15 * 100)).toBe(true);
    expect(roundsOntoBound(15.3, 15.3, 15)).toBe(false);
    expect(roundsOntoBound(7.27, 7.3, 7.25)).toBe(false);
  });
});
