import JSZip from 'jszip';
import { renderDocx } from '../../src/report';
import { FORMULA, SEED_FOOTNOTES, hostileResult, seedIndicators, seedResult } from './seedResult';
import { wordText } from './wordText';

async function documentXml(bytes: Uint8Array): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { xml, zip };
}

describe('renderDocx', () => {
  let xml = '';
  let zip: JSZip;
  let tableRows: string[] = [];

  beforeAll(async () => {
    const bytes = await renderDocx(seedResult, {
      period: 'Quarter 4, 2016/17',
      charts: [{ kind: 'districts', input: { indicator: 'Total crime', districts: [{ name: 'Blaby', value: 45.2 }, { name: 'Melton', value: 38.9 }], county: 51.61, regional: 60 } }],
    });
    ({ xml, zip } = await documentXml(bytes));
    const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    tableRows = firstTable.split('<w:tr>').slice(1);
  });

  test('is a landscape A4 document', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  test('has a repeated header row and the twelve indicator rows, in order', () => {
    expect(tableRows).toHaveLength(13);
    expect(tableRows[0]).toContain('<w:tblHeader/>');
    expect(wordText(tableRows[0])).toContain('Previous (2015-16)');
    seedIndicators.forEach((indicator, i) => expect(wordText(tableRows[i + 1])).toContain(indicator.indicator));
    expect(wordText(tableRows[1])).toContain('47.2151.61↓A4/9Top');
    expect(wordText(tableRows[7])).toContain('12483 (April -Dec2016)‡ Not like-for-like');
  });

  test('merges each outcome over its rows (vMerge restart, then continue)', () => {
    expect(tableRows[1].match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    for (const row of [2, 3, 4]) expect(tableRows[row].match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(tableRows[12]).not.toContain('vMerge');
    for (const row of tableRows.slice(1)) expect(row.match(/<w:tc>/g)).toHaveLength(10);
  });

  test('shades the RAG cells with their fills', () => {
    const fills = (row: string) => [...row.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(fills(tableRows[0])).toEqual(Array(10).fill('D9D9D9'));
    expect(fills(tableRows[1])).toEqual(['FFC000', 'FFC000']);
    // docx repeats the merged Overall cell's shading on its continuation cells.
    expect(fills(tableRows[4])).toEqual(['FFC000', 'C00000']);
    expect(fills(tableRows[12])).toEqual(['00B050', '00B050']); // Prevent: overall G, progress G
    expect(fills(tableRows[7])).toEqual(['FFC000']); // first-time entrants: not scored, only the merged overall A
  });

  test('carries the footnotes, the key and the reasons after the table', () => {
    const after = wordText(xml.slice(xml.indexOf('</w:tbl>')));
    expect(after).toContain(SEED_FOOTNOTES[0]);
    expect(after).toContain(SEED_FOOTNOTES[1]);
    expect(after).toContain('‡ Number of first time entrants');
    expect(after).toContain('Key');
    expect(after).toContain('Deteriorating: performance got worse by more than 5%');
    expect(after).toContain('How each rating was reached');
  });

  test('embeds each chart as SVG with a PNG fallback, its values written out', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    const png = media.find((name) => name.endsWith('.png'))!;
    const bytes = await zip.file(png)!.async('uint8array');
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(xml).toContain('asvg:svgBlip');
    expect(wordText(xml)).toContain('Blaby 45.2; Melton 38.9; county 51.61; regional average 60.');
  });

  test('writes hostile text as text', async () => {
    const { xml: hostile } = await documentXml(await renderDocx(hostileResult));
    expect(hostile).not.toContain('<script>');
    expect(wordText(hostile)).toContain('<script>alert(1)</script>');
    expect(wordText(hostile)).toContain(FORMULA);
    expect(hostile).not.toMatch(/<w:instrText|<w:fldSimple/);
  });
});
