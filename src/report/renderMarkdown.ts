import { CalculationResult, RAG_NAMES, ReportOptions, buildReportModel } from '../engine';

/**
 * Escapes inline text for Markdown so it shows literally: a backslash before every character
 * CommonMark or GFM tables give meaning to (including | and <), and line breaks folded.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r|\t/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/** As escapeMarkdown, for a paragraph: a leading heading or list marker ("#", "-", "1.") is escaped too. */
function escapeMarkdownParagraph(text: string): string {
  return escapeMarkdown(text).replace(/^(\s*)(#|\+|-|=|\d+(?=[.)]))/, (_, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** The table as GitHub-flavoured Markdown (outcome and overall RAG on each outcome's first row), then footnotes, key, risk hierarchy and reasons. */
export function renderMarkdown(result: CalculationResult, options: ReportOptions = {}): string {
  const model = buildReportModel(result, options);
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(' | ')} |`;
  const lines = [
    `# ${escapeMarkdown(model.heading)}`,
    '',
    line(model.columns.map((c) => escapeMarkdown(c.header))),
    line(model.columns.map((c) => (c.align === 'center' ? ':---:' : '---'))),
    ...model.rows.map((row) =>
      line(row.cells.map((cell) => (cell.covered ? '' : cell.rag ? `**${cell.rag}**` : escapeMarkdown(cell.text)))),
    ),
  ];
  if (model.footnotes.length) lines.push('', ...model.footnotes.flatMap((f) => [escapeMarkdownParagraph(f), '']));
  else lines.push('');
  lines.push('## Key', '', ...model.key.map((k) => `- **${escapeMarkdown(k.symbol)}**${k.rag ? ` (${RAG_NAMES[k.rag]})` : ''}: ${escapeMarkdown(k.meaning)}`));
  if (model.risk) {
    const risk = model.risk;
    lines.push('', `## ${escapeMarkdown(risk.title)}`, '');
    lines.push(line(risk.columns.map((c) => escapeMarkdown(c.header))), line(risk.columns.map((c) => (c.align === 'center' ? ':---:' : '---'))));
    for (const row of risk.rows) {
      lines.push(line([row.rank, row.category, row.probability, row.harm, row.score].map(escapeMarkdown).concat(`**${escapeMarkdown(row.rating)}**`)));
    }
    lines.push('', ...risk.footnotes.flatMap((f, i) => (i === 0 ? [escapeMarkdownParagraph(f)] : ['', escapeMarkdownParagraph(f)])));
  }
  if (model.notes.length) {
    lines.push('', '## How each rating was reached', '', ...model.notes.map((n) => `- **${escapeMarkdown(n.indicator)}**: ${escapeMarkdown(n.reason)}`));
  }
  return `${lines.join('\n')}\n`;
}
