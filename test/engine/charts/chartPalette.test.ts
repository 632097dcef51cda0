import { CHART_COLOURS, CHART_RISK_COLOURS } from '../../../src/engine';

/**
 * CIE L* (lightness) of an sRGB colour, D65: linearise each channel (IEC 61966-2-1), relative
 * luminance Y = 0.2126 R + 0.7152 G + 0.0722 B, then L* = 116 f(Y) − 16 (CIE 15:2004). Greyscale
 * printing keeps roughly this lightness, so colours ≥ 20 L* apart stay distinguishable in grey.
 */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const f = y > 216 / 24389 ? Math.cbrt(y) : ((24389 / 27) * y + 16) / 116;
  return 116 * f - 16;
}

describe('chart colours', () => {
  test('lightness of known colours (white 100, black 0, mid grey #777777 ≈ 50.0)', () => {
    expect(lightness('#FFFFFF')).toBeCloseTo(100, 6);
    expect(lightness('#000000')).toBeCloseTo(0, 6);
    expect(lightness('#777777')).toBeCloseTo(50.03, 1);
  });

  test('district, regional and county bars are at least 20 L* apart (light, mid, dark)', () => {
    const l = [CHART_COLOURS.district, CHART_COLOURS.regional, CHART_COLOURS.county].map(lightness);
    expect(l[0] - l[1]).toBeGreaterThanOrEqual(20);
    expect(l[1] - l[2]).toBeGreaterThanOrEqual(20);
  });

  test('risk bands get darker from LOW to HIGH by at least 20 L* a step', () => {
    const l = [CHART_RISK_COLOURS.LOW, CHART_RISK_COLOURS.MEDIUM, CHART_RISK_COLOURS.HIGH].map(lightness);
    expect(l[0] - l[1]).toBeGreaterThanOrEqual(20);
    expect(l[1] - l[2]).toBeGreaterThanOrEqual(20);
  });

  test('the trend line stands out from the white plot area', () => {
    expect(100 - lightness(CHART_COLOURS.trend)).toBeGreaterThanOrEqual(40);
  });
});
