/**
 * Black or white text for a "#RRGGBB" fill, whichever contrasts more: WCAG 2.1 relative luminance
 * L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels (IEC 61966-2-1), and contrast
 * (L1 + 0.05) / (L2 + 0.05) against black (L = 0) and white (L = 1). So #FFC000 (amber) takes black
 * and #C00000 (dark red) white. A fill that is not "#RRGGBB" takes black.
 */
export function textColourOn(fill: string): '#000000' | '#FFFFFF' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!match) return '#000000';
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const onBlack = (luminance + 0.05) / 0.05;
  const onWhite = 1.05 / (luminance + 0.05);
  return onBlack >= onWhite ? '#000000' : '#FFFFFF';
}
