/** A chart as plain shapes, drawn once and rendered to SVG (with text) or PNG (shapes only). */
export type ChartShape =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly fill: string; readonly stroke?: string }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly strokeWidth: number;
      /** Dash and gap lengths, e.g. [6, 4]; solid when absent. */
      readonly dash?: readonly [number, number];
    }
  | { readonly kind: 'polyline'; readonly points: ReadonlyArray<{ x: number; y: number }>; readonly stroke: string; readonly strokeWidth: number }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string; readonly stroke?: string }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly bold?: boolean;
      readonly fill?: string;
      /** Degrees, about (x, y). */
      readonly rotate?: number;
    };

export interface ChartDrawing {
  readonly width: number;
  readonly height: number;
  /** Short accessible name (the SVG <title>). */
  readonly title: string;
  /** The data in words (the SVG <desc>), for screen readers and the Word alt text. */
  readonly description: string;
  readonly shapes: ReadonlyArray<ChartShape>;
}

/**
 * Ink for the parts of a chart that carry no data. The data colours are the engine's CHART_COLOURS
 * (the Excel Charts sheet's palette), so the report's pictures match the workbook's.
 */
export const CHART_INK = {
  axis: '#404040',
  grid: '#D9D9D9',
  text: '#000000',
} as const;

export const CHART_FONT = 'Arial, Helvetica, sans-serif';
