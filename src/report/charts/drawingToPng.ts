import { ChartDrawing, ChartShape } from './ChartDrawing';
import { encodePng } from './encodePng';

function rgbOf(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  const v = m ? parseInt(m[1], 16) : 0;
  return [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
}

/**
 * Rasterises the shapes of a chart (bars, lines, markers) without its text, as the PNG fallback
 * Word needs beside an SVG picture; the SVG carries the labels, and the report lists the values in
 * words under each chart, so nothing is lost where only the fallback shows.
 */
export function drawingToPng(drawing: ChartDrawing): Uint8Array {
  const { width, height } = drawing;
  const pixels = new Uint8Array(width * height * 3).fill(255);
  const plot = (x: number, y: number, colour: [number, number, number]) => {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= width || py >= height) return;
    pixels.set(colour, (py * width + px) * 3);
  };
  const fillRect = (x: number, y: number, w: number, h: number, colour: [number, number, number]) => {
    for (let py = Math.round(y); py < Math.round(y + h); py++) for (let px = Math.round(x); px < Math.round(x + w); px++) plot(px, py, colour);
  };
  const line = (x1: number, y1: number, x2: number, y2: number, thickness: number, colour: [number, number, number], dash?: readonly [number, number]) => {
    const length = Math.hypot(x2 - x1, y2 - y1);
    const half = Math.max(0.5, thickness / 2);
    for (let d = 0; d <= length; d += 0.5) {
      if (dash && d % (dash[0] + dash[1]) >= dash[0]) continue;
      const t = length === 0 ? 0 : d / length;
      fillRect(x1 + (x2 - x1) * t - half + 0.5, y1 + (y2 - y1) * t - half + 0.5, half * 2, half * 2, colour);
    }
  };
  const draw = (shape: ChartShape) => {
    switch (shape.kind) {
      case 'rect':
        fillRect(shape.x, shape.y, shape.width, shape.height, rgbOf(shape.fill));
        return;
      case 'line':
        line(shape.x1, shape.y1, shape.x2, shape.y2, shape.strokeWidth, rgbOf(shape.stroke), shape.dash);
        return;
      case 'polyline':
        for (let i = 1; i < shape.points.length; i++) {
          const [a, b] = [shape.points[i - 1], shape.points[i]];
          line(a.x, a.y, b.x, b.y, shape.strokeWidth, rgbOf(shape.stroke));
        }
        return;
      case 'circle': {
        const outer = rgbOf(shape.stroke ?? shape.fill);
        const inner = rgbOf(shape.fill);
        for (let dy = -shape.r - 1; dy <= shape.r + 1; dy++) {
          for (let dx = -shape.r - 1; dx <= shape.r + 1; dx++) {
            const d = Math.hypot(dx, dy);
            if (d <= shape.r + 1) plot(shape.cx + dx, shape.cy + dy, d <= shape.r - 1 ? inner : outer);
          }
        }
        return;
      }
      case 'text':
        return;
    }
  };
  drawing.shapes.forEach(draw);
  return encodePng(width, height, pixels);
}
