/**
 * Chart colours that stay apart in greyscale and for colour-blind readers: blue against orange (the
 * pair the common forms of colour blindness keep distinct), and within each chart every colour at a
 * clearly different lightness (CIE L* at least 20 apart), so a greyscale print still separates them.
 * Shades from ColorBrewer's single-hue "Blues" and "Oranges" schemes (Brewer, colorbrewer2.org).
 * Colour is never the only signal: bars and bands are also named in their category labels.
 */
export const CHART_COLOURS = {
  /** District bars: light blue (L* ≈ 79). */
  district: '#9ECAE1',
  /** The county bar: dark navy (L* ≈ 21), the contrasting mark. */
  county: '#08306B',
  /** The regional average bar: orange (L* ≈ 55). */
  regional: '#E6550D',
  /** Trend lines: mid blue (L* ≈ 46) on the white plot area. */
  trend: '#2171B5',
} as const;

/** Risk bands from light to dark orange (L* ≈ 86, 61, 29), so their order survives greyscale. */
export const CHART_RISK_COLOURS = {
  LOW: '#FDD0A2',
  MEDIUM: '#F16913',
  HIGH: '#7F2704',
} as const;

/** ColorBrewer "Oranges", light to dark, from the LOW shade to the HIGH shade above. */
const ORANGES = ['#FDD0A2', '#FDAE6B', '#FD8D3C', '#F16913', '#D94801', '#A63603', '#7F2704'];

/**
 * Chart fills of `count` risk bands, LOW to HIGH, when `Risk band colours` is not set: evenly spaced
 * along ORANGES, so three bands get CHART_RISK_COLOURS and more get steps between them (beyond seven
 * a shade repeats; the band is named in every label).
 */
export function riskChartColours(count: number): string[] {
  if (count <= 1) return [CHART_RISK_COLOURS.HIGH];
  return Array.from({ length: count }, (_, i) => ORANGES[Math.round((i * (ORANGES.length - 1)) / (count - 1))]);
}
