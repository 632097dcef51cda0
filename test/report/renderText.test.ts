import { escapeMarkdown, renderMarkdown, renderPlainText } from '../../src/report';
import { FORMULA, SCRIPT, SEED_FOOTNOTES, hostileResult, seedResult } from './seedResult';

describe('renderMarkdown', () => {
  const md = renderMarkdown(seedResult, { period: 'Quarter 4, 2016/17' });
  const tableLines = md.split('\n').filter((l) => l.startsWith('|'));

  test('is a GFM table: header, alignment row and twelve indicator rows of ten cells', () => {
    expect(md.startsWith('# Safer Communities Performance Dashboard – Quarter 4, 2016/17\n')).toBe(true);
    expect(tableLines).toHaveLength(14);
    expect(tableLines[1]).toBe('| --- | :---: | --- | :---: | :---: | :---: | :---: | :---: | :---: | --- |');
    for (const line of tableLines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(10);
  });

  test('writes each outcome once, letters the RAGs and keeps the published figures', () => {
    expect(tableLines[2]).toBe(
      '| Ongoing reductions in crime | **A** | Total Crime rate (per 1,000 population) | 47.21 | 51.61 | ↓ | **A** | 4/9 | Top | - |',
    );
    expect(tableLines[3].startsWith('|  |  | Domestic Burglary')).toBe(true);
    expect(md).toContain('| 124 | 83 (April -Dec2016) | ‡ Not like-for-like |  |');
    expect(md).toContain('| 2003\\* | 1611\\*\\* |');
  });

  test('carries the footnotes (their * escaped) and the key', () => {
    expect(md).toContain(`\n${escapeMarkdown(SEED_FOOTNOTES[0])}\n`);
    expect(escapeMarkdown(SEED_FOOTNOTES[0]).startsWith('\\* The figure provided')).toBe(true);
    expect(md).toContain('## Key');
    expect(md).toContain('- **R** (Red): Red: deteriorating (↓) by more than 15%');
    expect(md).toContain('- **↑**: Improving');
  });

  test('escapes pipes, angle brackets and emphasis so hostile text shows literally', () => {
    const hostile = renderMarkdown(hostileResult);
    expect(hostile).not.toContain(SCRIPT);
    expect(hostile).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(hostile).toContain('Blaby \\| Melton \\& \\<b\\>');
    expect(hostile).toContain(FORMULA);
    expect(escapeMarkdown('a|b\nc_d')).toBe('a\\|b c\\_d');
  });
});

describe('renderPlainText', () => {
  const text = renderPlainText(seedResult);
  const lines = text.split('\n');

  test('is tab-separated: heading, header row and twelve rows of ten cells', () => {
    // No period given: the title takes the most common Current period label of the seed rows.
    expect(lines[0]).toBe('Safer Communities Performance Dashboard – 2016-17');
    expect(lines[2].split('\t')).toHaveLength(10);
    const rows = lines.slice(3, 15);
    for (const row of rows) expect(row.split('\t')).toHaveLength(10);
    expect(rows[0]).toBe('Ongoing reductions in crime\tA\tTotal Crime rate (per 1,000 population)\t47.21\t51.61\t↓\tA\t4/9\tTop\t-');
    expect(rows[1].startsWith('\t\tDomestic Burglary')).toBe(true);
    expect(lines[15]).toBe('');
  });

  test('ends with the footnotes and the key', () => {
    expect(lines).toContain(SEED_FOOTNOTES[1]);
    expect(lines).toContain('Key');
    expect(lines.some((l) => l.startsWith('↓\tDeteriorating'))).toBe(true);
  });

  test('keeps hostile text exactly, folding only tabs and line breaks', () => {
    const hostile = renderPlainText(hostileResult);
    expect(hostile).toContain(`\t${SCRIPT}\t`);
    expect(hostile).toContain(`\t${FORMULA}\t`);
    const withTab = renderPlainText({ ...seedResult, indicators: [{ ...seedResult.indicators[0], indicator: 'a\tb\nc' }] });
    expect(withTab).toContain('\ta b c\t');
  });
});
