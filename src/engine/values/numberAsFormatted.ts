import { groupInteger, toFixedText } from '../indicators/formatFigure';
import { memoise } from '../memo/memoise';

/** What a simple number format asks for: decimals shown (at least, at most), thousands separators, percent. */
interface SimpleFormat {
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouped: boolean;
  readonly percent: boolean;
}

/**
 * "0.00", "#,##0.0", "0.0%", "0.0#": digits, an optional thousands comma, optional decimals and a
 * trailing %. The first section of a format is the one positive numbers use; anything richer (dates,
 * fractions, text, colours, conditions) is not read, and the number is then shown as it is stored.
 */
const SIMPLE_FORMAT = /^([#0]*(,[#0]+)*)(?:\.(0*)(#*))?(%?)$/;

const readFormat = memoise((format: string): SimpleFormat | undefined => {
  const section = format.split(';')[0].trim();
  const match = SIMPLE_FORMAT.exec(section);
  if (!match || !/0/.test(match[1] + (match[3] ?? ''))) return undefined;
  const zeros = match[3]?.length ?? 0;
  return { minDecimals: zeros, maxDecimals: zeros + (match[4]?.length ?? 0), grouped: match[2] !== undefined, percent: match[5] === '%' };
}, 64);

/**
 * The number as Excel shows it under a simple number format (47.210118 under "0.00" is "47.21",
 * 0.4281 under "0.0%" is "42.8%"), or undefined when the format is not a simple one.
 */
export function numberAsFormatted(value: number, format: string | undefined): string | undefined {
  if (!format || format === 'General') return undefined;
  const simple = readFormat(format);
  if (!simple || simple.maxDecimals > 6) return undefined;
  const shown = simple.percent ? value * 100 : value;
  let text = toFixedText(shown, simple.maxDecimals);
  if (simple.maxDecimals > simple.minDecimals) {
    const point = text.indexOf('.');
    let end = text.length;
    while (end > point + 1 + simple.minDecimals && text.charCodeAt(end - 1) === 48 /* "0" */) end--;
    if (end === point + 1) end = point;
    text = text.slice(0, end);
  }
  if (simple.grouped) {
    const point = text.indexOf('.');
    const whole = point < 0 ? text : text.slice(0, point);
    const grouped = groupInteger(Number(whole));
    text = point < 0 ? grouped : grouped + text.slice(point);
    if (whole === '-0') text = `-${text}`;
  }
  return simple.percent ? `${text}%` : text;
}
