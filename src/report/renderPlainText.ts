import { CalculationResult, ReportOptions, buildReportModel } from '../engine';

/** Tabs and line breaks would split a cell on paste, so they become spaces. */
function plain(text: string): string {
  return text.replace(/\r?\n|\r|\t/g, ' ');
}

/**
 * The clipboard's text/plain: heading, the table tab-separated (merged cells written once, on
 * their first row), footnotes, key and risk hierarchy. Text is kept exactly as published.
 */
export function renderPlainText(result: CalculationResult, options: ReportOptions = {}): string {
  const model = buildReportModel(result, options);
  const lines = [
    plain(model.heading),
    '',
    model.columns.map((c) => plain(c.header)).join('\t'),
    ...model.rows.map((row) => row.cells.map((cell) => (cell.covered ? '' : plain(cell.text))).join('\t')),
    '',
    ...model.footnotes.map(plain),
    ...(model.footnotes.length ? [''] : []),
    'Key',
    ...model.key.map((k) => `${plain(k.symbol)}\t${plain(k.meaning)}`),
    ...(model.risk
      ? [
          '',
          plain(model.risk.title),
          model.risk.columns.map((c) => plain(c.header)).join('\t'),
          ...model.risk.rows.map((r) => [r.rank, r.category, r.probability, r.harm, r.score, r.rating].map(plain).join('\t')),
          ...model.risk.footnotes.map(plain),
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
