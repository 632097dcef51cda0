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

/** Text on a band fill: white where the fill is too dark for black text. */
export const CHART_RISK_TEXT = {
  LOW: '#000000',
  MEDIUM: '#000000',
  HIGH: '#FFFFFF',
} as const;
