import { cellText } from '../sheets/locateTable';
import type { CellValue } from '../grid/CellGrid';
import { parseCellValue } from '../values/parseCellValue';

/** A Settings sheet Value cell. */
export interface SettingCell {
  readonly value: CellValue;
  readonly numberFormat?: string;
}

export type SettingRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): SettingRead<T> => ({ ok: true, value });
const fail = (problem: string): SettingRead<never> => ({ ok: false, problem });

export function readText(cell: SettingCell): SettingRead<string> {
  const text = cellText(cell.value).trim();
  return text === '' ? fail('it is empty') : ok(text);
}

function readPlainNumber(cell: SettingCell): SettingRead<{ value: number; isPercent: boolean }> {
  const parsed = parseCellValue(cell.value, cell.numberFormat);
  if (parsed.kind !== 'number' || parsed.footnotes.length > 0 || parsed.note !== undefined) return fail('it is not a number');
  return ok({ value: parsed.value, isPercent: parsed.isPercent });
}

/**
 * A fraction: "5%" and 0.05 are both 5%; a plain number above 1 is read as a percentage (5 → 5%),
 * since nobody means a 500% stable band.
 */
export function readFraction(cell: SettingCell): SettingRead<number> {
  const read = readPlainNumber(cell);
  if (!read.ok) return read;
  const { value, isPercent } = read.value;
  if (value < 0) return fail('it is negative');
  return ok(isPercent || value <= 1 ? value : Number(`${value}e-2`));
}

export function readInteger(cell: SettingCell): SettingRead<number> {
  const read = readPlainNumber(cell);
  if (!read.ok) return read;
  if (read.value.isPercent || !Number.isInteger(read.value.value)) return fail('it is not a whole number');
  return ok(read.value.value);
}

export function readNumber(cell: SettingCell): SettingRead<number> {
  const read = readPlainNumber(cell);
  return read.ok ? ok(read.value.value) : read;
}

export function readIntegerOrOff(cell: SettingCell): SettingRead<number | null> {
  const text = cellText(cell.value).trim().toLowerCase();
  if (['off', 'none', 'no', 'false'].includes(text)) return ok(null);
  return readInteger(cell);
}

/** 95%, 0.95 or 95 → 0.95; 99.8%, 0.998 or 99.8 → 0.998. */
export function readConfidenceLevel(cell: SettingCell): SettingRead<0.95 | 0.998> {
  const read = readFraction(cell);
  if (!read.ok) return read;
  if (Math.abs(read.value - 0.95) < 1e-9) return ok(0.95);
  if (Math.abs(read.value - 0.998) < 1e-9) return ok(0.998);
  return fail('only 95% and 99.8% are supported');
}

export function readChoice<T extends string>(options: ReadonlyArray<T>): (cell: SettingCell) => SettingRead<T> {
  return (cell) => {
    const text = cellText(cell.value).trim().toLowerCase().replace(/\s+/g, ' ');
    const found = options.find((o) => o.toLowerCase() === text);
    return found !== undefined ? ok(found) : fail(`it is not one of ${options.join(', ')}`);
  };
}

function numberFromText(text: string): number | undefined {
  const parsed = parseCellValue(text.trim());
  return parsed.kind === 'number' && parsed.footnotes.length === 0 && parsed.note === undefined ? parsed.value : undefined;
}

/** "108, 216" (or a single number) → [108, 216]. */
export function readNumberList(cell: SettingCell): SettingRead<number[]> {
  if (typeof cell.value === 'number') return ok([cell.value]);
  const parts = cellText(cell.value).split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '');
  const values = parts.map(numberFromText);
  if (parts.length === 0 || values.some((v) => v === undefined)) return fail('it is not a list of numbers separated by commas');
  return ok(values as number[]);
}

/** "0:1, 10:3, 50:6" (volumes may carry thousands separators: "10,000:18") → volume thresholds and scores. */
export function readProbabilityBands(cell: SettingCell): SettingRead<{ minVolume: number; score: number }[]> {
  const text = cellText(cell.value).trim();
  const pair = /\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*:\s*([0-9]+(?:\.[0-9]+)?)\s*(?:[;,]|$)/y;
  const bands: { minVolume: number; score: number }[] = [];
  while (pair.lastIndex < text.length) {
    const match = pair.exec(text);
    if (!match) return fail('it is not a list of volume:score pairs, e.g. "0:1, 10:3, 50:6"');
    bands.push({ minVolume: Number(match[1].replace(/,/g, '')), score: Number(match[2]) });
  }
  return bands.length === 0 ? fail('it is empty') : ok(bands);
}

/** "1-18" → { min: 1, max: 18 }. */
export function readScale(cell: SettingCell): SettingRead<{ min: number; max: number }> {
  const match = /^\s*([0-9.]+)\s*(?:-|–|to)\s*([0-9.]+)\s*$/i.exec(cellText(cell.value));
  const min = match ? numberFromText(match[1]) : undefined;
  const max = match ? numberFromText(match[2]) : undefined;
  return min === undefined || max === undefined ? fail('it is not a scale written low-high') : ok({ min, max });
}

/** "Blaby, Charnwood, Melton" → the names, trimmed. */
export function readNameList(cell: SettingCell): SettingRead<string[]> {
  const names = cellText(cell.value).split(/[,;\n]/).map((n) => n.trim()).filter((n) => n !== '');
  return names.length === 0 ? fail('it names nothing') : ok(names);
}

/** Colour names an Excel user types, as the fills the product already uses (the RAG and NO DATA fills). */
const COLOUR_NAMES: ReadonlyMap<string, string> = new Map([
  ['green', '#00B050'],
  ['light green', '#92D050'],
  ['amber', '#FFC000'],
  ['orange', '#FFC000'],
  ['yellow', '#FFFF00'],
  ['red', '#C00000'],
  ['grey', '#BFBFBF'],
  ['gray', '#BFBFBF'],
]);

/** "#92D050, #FFC000, #C00000" (or "green, amber, red") → the colours as upper-case "#RRGGBB". */
export function readColourList(cell: SettingCell): SettingRead<string[]> {
  const parts = cellText(cell.value).split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return fail('it names no colour');
  const colours: string[] = [];
  for (const part of parts) {
    // A Map, not an object: "constructor" typed as a colour must not find Object's own property.
    const colour = /^#[0-9a-f]{6}$/i.test(part) ? part.toUpperCase() : COLOUR_NAMES.get(part.toLowerCase().replace(/\s+/g, ' '));
    if (colour === undefined) return fail(`"${part}" is not a colour written #RRGGBB or one of ${[...COLOUR_NAMES.keys()].join(', ')}`);
    colours.push(colour);
  }
  return ok(colours);
}
