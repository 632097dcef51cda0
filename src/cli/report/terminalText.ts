/**
 * Cell text made safe for one terminal line: line breaks and tabs become a space (they would split
 * or shift a table row), and other control characters are dropped, so a workbook cannot send escape
 * sequences that recolour or clear the analyst's terminal.
 */
export function terminalText(text: string): string {
  return text.replace(/[\r\n\t\v\f]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
