const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const ZEROS = ['', '0', '00', '000', '0000', '00000'];

/**
 * A non-negative integer `units` written with a decimal point `places` (0 to 6) digits from the
 * right, zeros kept: (4721, 2) → "47.21", (4700, 2) → "47.00". Whole and fractional parts are split
 * arithmetically (exact below 1e15 units), so only two short integers become text.
 */
export function decimalText(units: number, places: number): string {
  if (places === 0) return String(units);
  const whole = Math.floor(units / POWERS_OF_TEN[places]);
  const fraction = String(units - whole * POWERS_OF_TEN[places]);
  return `${whole}.${ZEROS[places - fraction.length]}${fraction}`;
}

/**
 * String(value), exactly, for the numbers figure cells hold. The general conversion searches for the
 * shortest digits that read back as the same double, which showed in large sheets' profiles (every
 * figure is displayed). A number with at most six decimal places is its digits at the fewest places
 * k where round(value × 10^k) / 10^k gives value back: that decimal reads back as value, and no
 * decimal with fewer places does, so it is the one String writes. Anything else goes to String.
 */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const size = Math.abs(value);
  for (let places = 1; places <= 6; places++) {
    const units = Math.round(size * POWERS_OF_TEN[places]);
    // Below 1e15 units, neighbouring decimals are further apart than the doubles near value.
    if (units >= 1e15) break;
    if (units / POWERS_OF_TEN[places] !== size) continue;
    return value < 0 ? `-${decimalText(units, places)}` : decimalText(units, places);
  }
  return String(value);
}
