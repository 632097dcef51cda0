import { escapeXml } from '../escapeHtml';
import { CHART_FONT, CHART_INK, ChartDrawing, ChartShape } from './ChartDrawing';

const n = (v: number) => String(Math.round(v * 100) / 100);

function shapeSvg(shape: ChartShape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"${shape.stroke ? ` stroke="${shape.stroke}"` : ''}/>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"${shape.dash ? ` stroke-dasharray="${shape.dash.join(' ')}"` : ''}/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}" stroke-linejoin="round"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"${shape.stroke ? ` stroke="${shape.stroke}" stroke-width="2"` : ''}/>`;
    case 'text': {
      const rotate = shape.rotate ? ` transform="rotate(${shape.rotate} ${n(shape.x)} ${n(shape.y)})"` : '';
      const weight = shape.bold ? ' font-weight="bold"' : '';
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${shape.size}" text-anchor="${shape.anchor}" fill="${shape.fill ?? CHART_INK.text}"${weight}${rotate}>${escapeXml(shape.text)}</text>`;
    }
  }
}

/** A standalone SVG document (no external references), with <title> and <desc> for screen readers. */
export function drawingToSvg(drawing: ChartDrawing): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}" role="img" aria-label="${escapeXml(drawing.title)}" font-family="${CHART_FONT}">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    `<desc>${escapeXml(drawing.description)}</desc>`,
    `<rect x="0" y="0" width="${drawing.width}" height="${drawing.height}" fill="#FFFFFF"/>`,
    ...drawing.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}
