import type { CalculationResult } from '../../engine';
import { renderDocx, renderHtmlPage, renderMarkdown, reportChartsFrom } from '../../report';

export const REPORT_FORMATS = ['html', 'docx', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The board report file's bytes: a standalone HTML page or Word document (with the charts), or Markdown. */
export async function renderReportFile(result: CalculationResult, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(renderHtmlPage(result, { charts: reportChartsFrom(result) }), 'utf8');
    case 'docx':
      return Buffer.from(await renderDocx(result, { charts: reportChartsFrom(result) }));
    case 'md':
      return Buffer.from(renderMarkdown(result), 'utf8');
  }
}
