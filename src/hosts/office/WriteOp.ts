import type { ChartSpec, MergedArea } from '../../engine';

/** Style properties one write sets on a block of cells; absent properties are left alone. */
export interface StyleChange {
  readonly clearFill?: boolean;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly horizontalAlignment?: 'General' | 'Left' | 'Center' | 'Right';
  readonly wrapText?: boolean;
}

/** A rectangle of cells: 0-based top-left, size in rows and columns. */
export interface CellArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface At {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/**
 * One queued command of a write, as plain data so the split into syncs can be planned and tested
 * without Excel. `bytes` is an upper estimate of its request payload.
 */
export type WriteOp = { readonly bytes: number } & (
  | { readonly kind: 'addSheet'; readonly sheet: string }
  /** An owned sheet that exists, emptied in place (see applyWriteOp); `charts` is how many it holds. */
  | { readonly kind: 'clearSheet'; readonly sheet: string; readonly charts: number }
  | (At & { readonly kind: 'values'; readonly values: ReadonlyArray<ReadonlyArray<string | number>> })
  /** `formats` is one format for the whole area, or one per cell. */
  | (At & { readonly kind: 'numberFormat'; readonly rowCount: number; readonly columnCount: number; readonly formats: string | ReadonlyArray<ReadonlyArray<string>> })
  /** One area is a Range; several are a RangeAreas (Worksheet.getRanges), set in one command per property. */
  | { readonly kind: 'style'; readonly sheet: string; readonly areas: ReadonlyArray<CellArea>; readonly style: StyleChange }
  | (At & { readonly kind: 'hyperlink'; readonly target: string; readonly text: string })
  | { readonly kind: 'merge'; readonly sheet: string; readonly area: MergedArea }
  | { readonly kind: 'columnWidth'; readonly sheet: string; readonly column: number; readonly points: number }
  | { readonly kind: 'chart'; readonly spec: ChartSpec }
);

/** Request bytes of one command beyond its data (object path, property or method name); an upper bound for sheet names up to 31 characters. */
export const COMMAND_OVERHEAD_BYTES = 120;

/** Upper estimate of a value's size on the wire: JSON length, non-ASCII counted as 3 bytes. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let extra = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) extra += 2;
  return json.length + extra;
}
