/** Trims a number to at most `decimals` places without trailing zeros: 47.2100 → "47.21". */
export function formatNumber(value: number, decimals = 4): string {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A fraction as a percentage with at most `decimals` places: 0.927 → "92.7%". */
export function formatPercent(fraction: number, decimals = 2): string {
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** How a compared figure is shown in a Reason: percentages as %, rates to two decimals. */
export function formatFigure(value: number, style: FigureStyle): string {
  switch (style) {
    case 'percent': return formatPercent(value);
    case 'rate': return value.toFixed(2);
    default: return formatNumber(value);
  }
}

export type FigureStyle = 'percent' | 'rate' | 'plain';
