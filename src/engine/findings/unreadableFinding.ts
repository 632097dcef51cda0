import type { UnreadableValue } from '../values/ParsedValue';
import type { Finding } from './Finding';
import { FindingLocation, makeFinding } from './catalogue';

/** The finding for a cell that could not be read as a figure: not a number, an Excel error, or a bad annotation. */
export function unreadableFinding(value: UnreadableValue, at: FindingLocation, what: string, example = '47.21'): Finding {
  const details = { raw: value.raw, what, example, expected: 'a number, or "-" for no data' };
  switch (value.reason) {
    case 'excel-error': return makeFinding('excelError', at, details);
    case 'bad-annotation': return makeFinding('badAnnotation', at, details);
    default: return makeFinding('notANumber', at, details);
  }
}
