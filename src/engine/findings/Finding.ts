export type Severity = 'error' | 'warning';

/**
 * One validation finding. `error` blocks that row's calculation; `warning` calculates but says what
 * to check. Every finding names its sheet and cell so a reviewer can jump to it.
 */
export interface Finding {
  /** Stable catalogue code, e.g. "V012". */
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the offending cell ("E7"); the header cell or A1 for sheet-level findings. */
  readonly cell: string;
  /** Plain-English message a reviewer understands without reading code. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** The cell content as typed, when a cell is at fault. */
  readonly raw?: string;
  /** What the engine read from it. */
  readonly parsed?: string;
  /** What was expected instead. */
  readonly expected?: string;
}

/** True when any finding from index `from` on is an error (the ones a row added, when `from` is where it started). */
export function anyError(findings: ReadonlyArray<Finding>, from = 0): boolean {
  for (let i = from; i < findings.length; i++) if (findings[i].severity === 'error') return true;
  return false;
}
