import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { CalculationResult, HEADER_FILL, RAG_FILLS, RAG_TEXT_COLOURS, Rag, ReportCell, ReportModel, buildReportModel } from '../engine';
import { BoardReportOptions, chartDrawing } from './ReportChart';
import { drawingToPng } from './charts/drawingToPng';
import { drawingToSvg } from './charts/drawingToSvg';
import { stripXmlInvalid } from './escapeHtml';

// A4 in twips, given portrait: docx swaps width and height for a landscape section.
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
const MARGIN = 720;
const CONTENT_WIDTH = A4_HEIGHT - 2 * MARGIN;
const FONT = 'Arial';
const SIZE = 18; // half-points: 9pt keeps ten columns readable on a landscape page
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

const hex = (colour: string) => colour.replace('#', '');

function run(text: string, options: { bold?: boolean; italic?: boolean; color?: string; size?: number } = {}): TextRun {
  return new TextRun({ text: stripXmlInvalid(text), font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italic, color: options.color });
}

function shading(colour: string) {
  return { fill: hex(colour), type: ShadingType.CLEAR, color: 'auto' };
}

function ragColour(rag: Rag | undefined): string | undefined {
  return rag ? hex(RAG_TEXT_COLOURS[rag]) : undefined;
}

function bodyCell(cell: ReportCell, width: number): TableCell {
  return new TableCell({
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.TOP,
    shading: cell.rag ? shading(RAG_FILLS[cell.rag]) : undefined,
    children: [
      new Paragraph({
        alignment: cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(cell.text, { bold: cell.bold, italic: cell.italic, color: ragColour(cell.rag) })],
      }),
    ],
  });
}

function dashboardTable(model: ReportModel): Table {
  const total = model.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = model.columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    children: model.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          borders: BORDERS,
          shading: shading(HEADER_FILL),
          verticalAlign: VerticalAlign.CENTER,
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.header, { bold: true })] })],
        }),
    ),
  });
  // Cells under a merge are left out: docx writes the vertical-merge continuation cells itself.
  const rows = model.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.flatMap((cell, i) => (cell.covered ? [] : [bodyCell(cell, widths[i])])),
      }),
  );
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function keyTable(model: ReportModel): Table {
  const widths = [900, CONTENT_WIDTH - 900];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: model.key.map(
      (entry) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: widths[0], type: WidthType.DXA },
              borders: BORDERS,
              shading: entry.rag ? shading(RAG_FILLS[entry.rag]) : undefined,
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(entry.symbol, { bold: true, color: ragColour(entry.rag) })] })],
            }),
            new TableCell({
              width: { size: widths[1], type: WidthType.DXA },
              borders: BORDERS,
              children: [new Paragraph({ children: [run(entry.meaning)] })],
            }),
          ],
        }),
    ),
  });
}

/** The risk ranked hierarchy: header row shaded, the rating cell on its band's fill with its label. */
function riskTable(model: ReportModel): Table[] {
  const risk = model.risk;
  if (!risk) return [];
  const share = [8, 40, 13, 13, 13, 13];
  const widths = share.map((s) => Math.floor((s / 100) * CONTENT_WIDTH));
  const paragraph = (text: string, align: 'left' | 'center', options: Parameters<typeof run>[1] = {}) =>
    new Paragraph({ alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, options)] });
  const cell = (i: number, child: Paragraph, fill?: string) =>
    new TableCell({ width: { size: widths[i], type: WidthType.DXA }, borders: BORDERS, shading: fill ? shading(fill) : undefined, children: [child] });
  const header = new TableRow({
    tableHeader: true,
    children: risk.columns.map((c, i) => cell(i, paragraph(c.header, 'center', { bold: true }), HEADER_FILL)),
  });
  const rows = risk.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          ...[row.rank, row.category, row.probability, row.harm, row.score].map((text, i) => cell(i, paragraph(text, risk.columns[i].align))),
          cell(5, paragraph(row.rating, 'center', { bold: true, color: hex(row.fontColor) }), row.fill),
        ],
      }),
  );
  return [new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] })];
}

function heading(text: string, size: number): Paragraph {
  return new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(text, { bold: true, size })] });
}

function chartParagraphs(options: BoardReportOptions): Paragraph[] {
  return (options.charts ?? []).flatMap((chart, i) => {
    const drawing = chartDrawing(chart);
    const image = new ImageRun({
      type: 'svg',
      data: new TextEncoder().encode(drawingToSvg(drawing)),
      fallback: { type: 'png', data: drawingToPng(drawing) },
      transformation: { width: drawing.width, height: drawing.height },
      altText: { name: `Chart ${i + 1}`, title: stripXmlInvalid(drawing.title), description: stripXmlInvalid(drawing.description) },
    });
    return [
      new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [image] }),
      new Paragraph({ children: [run(drawing.description, { size: 16 })] }),
    ];
  });
}

/**
 * The board report as a Word document: landscape A4, the heading, the Appendix 1 table (shaded RAG
 * cells, outcomes merged over their rows, header row repeated on each page), footnotes, key, the
 * risk hierarchy when there is one, the charts (SVG with a PNG fallback, plus their values in words) and the reason for each rating.
 * Returns the .docx bytes; works in Node and the browser.
 */
export async function renderDocx(result: CalculationResult, options: BoardReportOptions = {}): Promise<Uint8Array> {
  const model = buildReportModel(result, options);
  const charts = chartParagraphs(options);
  const document = new Document({
    title: stripXmlInvalid(model.heading),
    creator: 'Safer Dashboard',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ spacing: { after: 160 }, children: [run(model.heading, { bold: true, size: 28 })] }),
          dashboardTable(model),
          ...model.footnotes.map((f) => new Paragraph({ spacing: { before: 80 }, children: [run(f)] })),
          heading('Key', 22),
          keyTable(model),
          ...(model.risk
            ? [
                heading(model.risk.title, 22),
                ...riskTable(model),
                ...model.risk.footnotes.map((f) => new Paragraph({ spacing: { before: 80 }, children: [run(f)] })),
              ]
            : []),
          ...(charts.length ? [heading('Charts', 22), ...charts] : []),
          ...(model.notes.length
            ? [
                heading('How each rating was reached', 22),
                ...model.notes.map(
                  (n) => new Paragraph({ bullet: { level: 0 }, children: [run(`${n.indicator}: `, { bold: true }), run(n.reason)] }),
                ),
              ]
            : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
