import JSZip from 'jszip';
import { renderDocx, renderHtmlFragment, renderHtmlPage, renderMarkdown, renderPlainText } from '../../src/report';
import { KEY_ROWS, keyWorkbook } from '../engine/dashboard/keyWorkbook';
import { wordText } from './wordText';

/** Issue 7 repro (see keyWorkbook): significance and worst, plus Theft listed twice so its second row is blocked (V006). */
const result = keyWorkbook(
  [
    ['Direction method', 'significance'],
    ['Overall RAG method', 'worst'],
  ],
  [...KEY_ROWS, ['Crime', 'Theft', 'Low is good', 'Rate per 100,000', 5, 100, 6, 100]],
);

const STABLE = 'Stable: no statistically significant change, at the 95% confidence level (within what chance alone would give). Figures without counts to test: a change within ±5%.';
const WORST = "Overall Progress RAG: the outcome's indicator colours combined (the worst colour among them); indicators without a colour are left out.";
const BLOCKED_NOTE = '§ Theft: Not calculated: the figures have a data error to correct (see the Validation findings).';
const BLOCKED_KEY = 'Not calculated: the figures have a data error to correct (see the Validation findings), so no arrow or colour is given.';

describe('the board key and the § mark in every format (issue 7)', () => {
  test('Markdown: the significance and worst wording, the § cell, footnote and key entry', () => {
    const md = renderMarkdown(result);
    expect(md).toContain(`- **→**: ${STABLE}`);
    expect(md).toContain(`- **Overall**: ${WORST}`);
    expect(md).not.toContain('Stable: the change was within');
    expect(md).not.toContain('averaged and rounded half up');
    expect(md).toContain('| 5000.00 | 6000.00 | § Not calculated |  |');
    expect(md).toContain(`\n${BLOCKED_NOTE}\n`);
    expect(md).toContain(`- **§**: ${BLOCKED_KEY}`);
  });

  test('plain text (the clipboard’s text/plain): key lines tab-separated, § on the row', () => {
    const lines = renderPlainText(result).split('\n');
    expect(lines).toContain(`→\t${STABLE}`);
    expect(lines).toContain(`Overall\t${WORST}`);
    expect(lines).toContain(`§\t${BLOCKED_KEY}`);
    expect(lines).toContain(BLOCKED_NOTE);
    expect(lines.find((l) => l.includes('\tTheft\t5000.00'))).toContain('\t§ Not calculated\t');
  });

  test('HTML (the clipboard’s text/html and the page): the same key and mark', () => {
    for (const html of [renderHtmlFragment(result), renderHtmlPage(result)]) {
      expect(html).toContain(STABLE);
      expect(html).toContain('the worst colour among them');
      expect(html).toMatch(/font-style:italic;">§ Not calculated<\/td>/);
      expect(html).toContain(BLOCKED_NOTE);
      expect(html).toContain(BLOCKED_KEY);
    }
  });

  test('Word: the same key and mark', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(result));
    const text = wordText(await zip.file('word/document.xml')!.async('string'));
    expect(text).toContain(STABLE);
    expect(text).toContain(WORST);
    expect(text).toContain('§ Not calculated');
    expect(text).toContain(BLOCKED_NOTE);
    expect(text).toContain(BLOCKED_KEY);
  });
});
