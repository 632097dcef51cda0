import type { CalculationResult } from '../../engine';
// Imported file by file, not through src/report/index.ts, so the pane's bundle does not pull in docx.
import { renderHtmlFragment } from '../../report/renderHtmlTable';
import { renderPlainText } from '../../report/renderPlainText';

/**
 * Puts the dashboard table on the clipboard as HTML (Word and Outlook keep its borders, fills and
 * merged cells) and as tab-separated text. Falls back to text only where the browser cannot write HTML.
 */
export async function copyBoardReport(result: CalculationResult, clipboard: Clipboard = navigator.clipboard): Promise<'html' | 'text'> {
  const html = renderHtmlFragment(result);
  const text = renderPlainText(result);
  if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    await clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return 'html';
  }
  await clipboard.writeText(text);
  return 'text';
}
