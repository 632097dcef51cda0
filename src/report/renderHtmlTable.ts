import { CalculationResult, HEADER_FILL, RAG_FILLS, RAG_TEXT_COLOURS, ReportCell, ReportModel, ReportOptions, buildReportModel } from '../engine';
import { escapeHtml } from './escapeHtml';

// Word and Outlook drop <style> blocks and classes on paste but keep inline styles and the old
// bgcolor/border attributes, so every cell carries its own. mso-number-format:'\@' makes Excel
// take a pasted cell as text, so "=HYPERLINK(…)" stays text there too.
const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:10pt;';
const BORDER = 'border:1px solid #000000;';
const TEXT_FORMAT = "mso-number-format:'\\@';";

function fill(colour: string): { style: string; attribute: string } {
  return { style: `background:${colour};background-color:${colour};`, attribute: ` bgcolor="${colour}"` };
}

function tdHtml(cell: ReportCell): string {
  const shade = cell.rag ? fill(RAG_FILLS[cell.rag]) : undefined;
  const style = [
    BORDER,
    FONT,
    'padding:4px;vertical-align:top;',
    `text-align:${cell.align};`,
    TEXT_FORMAT,
    shade?.style ?? '',
    cell.rag ? `color:${RAG_TEXT_COLOURS[cell.rag]};` : '',
    cell.bold ? 'font-weight:bold;' : '',
    cell.italic ? 'font-style:italic;' : '',
  ].join('');
  const span = cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return `<td${span}${shade?.attribute ?? ''} style="${style}">${escapeHtml(cell.text)}</td>`;
}

/** The Appendix 1 table as HTML with inline styles only (borders, fills, bold, rowspan merges). */
export function htmlTableFromModel(model: ReportModel): string {
  const header = fill(HEADER_FILL);
  const th = model.columns
    .map(
      (c) =>
        `<th${header.attribute} style="${BORDER}${FONT}${header.style}padding:4px;font-weight:bold;text-align:center;vertical-align:middle;width:${c.width * 7}px;">${escapeHtml(c.header)}</th>`,
    )
    .join('');
  const rows = model.rows.map((row) => `<tr>${row.cells.filter((c) => !c.covered).map(tdHtml).join('')}</tr>`);
  return [
    `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;${BORDER}${FONT}">`,
    `<thead><tr>${th}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join('\n');
}

/** The key as a two-column table: each symbol (RAG letters on their fill) and its meaning. */
export function htmlKeyFromModel(model: ReportModel): string {
  const rows = model.key.map((entry) => {
    const shade = entry.rag ? fill(RAG_FILLS[entry.rag]) : undefined;
    const colour = entry.rag ? `color:${RAG_TEXT_COLOURS[entry.rag]};` : '';
    return (
      `<tr><td${shade?.attribute ?? ''} style="${BORDER}${FONT}${shade?.style ?? ''}${colour}padding:2px 6px;font-weight:bold;text-align:center;">${escapeHtml(entry.symbol)}</td>` +
      `<td style="${BORDER}${FONT}padding:2px 6px;">${escapeHtml(entry.meaning)}</td></tr>`
    );
  });
  return [`<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse;${FONT}">`, ...rows, '</table>'].join('\n');
}

/** The risk ranked hierarchy: its heading, the table (rating cells on their band fill) and its notes; '' without one. */
export function htmlRiskFromModel(model: ReportModel, headingTag: 'h2' | 'p' = 'h2'): string {
  const risk = model.risk;
  if (!risk) return '';
  const header = fill(HEADER_FILL);
  const th = risk.columns
    .map((c) => `<th${header.attribute} style="${BORDER}${FONT}${header.style}padding:4px;font-weight:bold;text-align:center;">${escapeHtml(c.header)}</th>`)
    .join('');
  const td = (text: string, align: string) => `<td style="${BORDER}${FONT}padding:4px;text-align:${align};${TEXT_FORMAT}">${escapeHtml(text)}</td>`;
  const rows = risk.rows.map((row) => {
    const shade = fill(row.fill);
    const texts = [row.rank, row.category, row.probability, row.harm, row.score];
    const rating = `<td${shade.attribute} style="${BORDER}${FONT}${shade.style}color:${row.fontColor};padding:4px;font-weight:bold;text-align:center;">${escapeHtml(row.rating)}</td>`;
    return `<tr>${texts.map((text, i) => td(text, risk.columns[i].align)).join('')}${rating}</tr>`;
  });
  const heading =
    headingTag === 'h2' ? `<h2>${escapeHtml(risk.title)}</h2>` : `<p style="${FONT}font-weight:bold;margin:8px 0 4px 0;">${escapeHtml(risk.title)}</p>`;
  return [
    heading,
    `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;${BORDER}${FONT}">`,
    `<thead><tr>${th}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    ...risk.footnotes.map((f) => `<p style="${FONT}margin:4px 0;">${escapeHtml(f)}</p>`),
  ].join('\n');
}

export function htmlFootnotesFromModel(model: ReportModel): string {
  return model.footnotes.map((f) => `<p style="${FONT}margin:4px 0;">${escapeHtml(f)}</p>`).join('\n');
}

/** Just the table, for embedding. */
export function renderHtmlTable(result: CalculationResult, options: ReportOptions = {}): string {
  return htmlTableFromModel(buildReportModel(result, options));
}

/**
 * What "Copy for board report" puts on the clipboard as text/html: the heading, the table, its
 * footnotes, the key and the risk hierarchy (when there is one), all inline-styled so a paste into Word or Outlook keeps them.
 */
export function renderHtmlFragment(result: CalculationResult, options: ReportOptions = {}): string {
  const model = buildReportModel(result, options);
  return [
    `<p style="${FONT}font-size:12pt;font-weight:bold;margin:0 0 6px 0;">${escapeHtml(model.heading)}</p>`,
    htmlTableFromModel(model),
    htmlFootnotesFromModel(model),
    `<p style="${FONT}font-weight:bold;margin:8px 0 4px 0;">Key</p>`,
    htmlKeyFromModel(model),
    htmlRiskFromModel(model, 'p'),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
