/**
 * Asserts that actual agrees with expected to `figures` significant figures: |actual − expected| is at
 * most half a unit in the last compared figure of expected. Expected 0 must be matched within 1e-12.
 */
export function expectSignificantFigures(actual: number | undefined, expected: number, figures = 4): void {
  expect(actual).toBeDefined();
  const value = actual as number;
  const tolerance = expected === 0 ? 1e-12 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - figures + 1);
  expect({ value, expected, withinTolerance: Math.abs(value - expected) <= tolerance }).toEqual({
    value,
    expected,
    withinTolerance: true,
  });
}
