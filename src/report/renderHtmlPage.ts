import { CalculationResult, buildReportModel } from '../engine';
import { BoardReportOptions, chartDrawing } from './ReportChart';
import { drawingToSvg } from './charts/drawingToSvg';
import { escapeHtml } from './escapeHtml';
import { htmlFootnotesFromModel, htmlKeyFromModel, htmlRiskFromModel, htmlTableFromModel } from './renderHtmlTable';

const PAGE_STYLE = `@page { size: A4 landscape; margin: 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; margin: 16px; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 20px; }
figure { margin: 12px 0; page-break-inside: avoid; } figcaption { font-size: 9pt; color: #333; }
svg { max-width: 100%; height: auto; }`;

/** A standalone page (no scripts, no external files): title, table, footnotes, key, risk hierarchy, charts, reasons. */
export function renderHtmlPage(result: CalculationResult, options: BoardReportOptions = {}): string {
  const model = buildReportModel(result, options);
  const charts = (options.charts ?? []).map((chart) => {
    const drawing = chartDrawing(chart);
    return `<figure>\n${drawingToSvg(drawing)}\n<figcaption>${escapeHtml(drawing.description)}</figcaption>\n</figure>`;
  });
  const notes = model.notes.map((n) => `<li><strong>${escapeHtml(n.indicator)}</strong>: ${escapeHtml(n.reason)}</li>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(model.heading)}</title>`,
    `<style>\n${PAGE_STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(model.heading)}</h1>`,
    htmlTableFromModel(model),
    htmlFootnotesFromModel(model),
    '<h2>Key</h2>',
    htmlKeyFromModel(model),
    htmlRiskFromModel(model),
    ...(charts.length ? ['<h2>Charts</h2>', ...charts] : []),
    ...(notes.length ? ['<h2>How each rating was reached</h2>', '<ul>', ...notes, '</ul>'] : []),
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
