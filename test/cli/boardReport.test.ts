import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { fromArgb, loadXlsx } from '../../src/hosts/xlsx';
import { wordText } from '../report/wordText';
import { folderWithSample, noStackTrace, runCli } from './runCli';

/**
 * The board report wired end to end (issues 7 and 4) on the sample workbook: the Dashboard sheet that
 * `calculate` writes, and `report --format docx|html|md`. Expected figures are seed 002 Appendix 1
 * under the default rules; the risk rows are worked by hand from scripts/sample/riskSheet.ts.
 */
jest.setTimeout(60_000);

const SCRIPT = '<script>alert("x")</script> Total Crime rate (per 1,000 population)';
const FORMULA = '=HYPERLINK("http://example.invalid","Domestic Burglary rate")';

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file('word/document.xml')!.async('string');
}

/** The sample with two indicator names replaced by hostile text (typed as text, not as formulas). */
async function hostileSample(): Promise<{ dir: string; input: string }> {
  const { dir, input } = folderWithSample();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const sheet = workbook.getWorksheet('Indicators')!;
  sheet.getCell('B5').value = SCRIPT;
  sheet.getCell('B6').value = FORMULA;
  const hostile = join(dir, 'hostile.xlsx');
  await workbook.xlsx.writeFile(hostile);
  return { dir, input: hostile };
}

describe('the Dashboard sheet written by calculate, read back through ExcelJS', () => {
  let sheet: ExcelJS.Worksheet;
  let names: string[];

  beforeAll(async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    const workbook = await loadXlsx(join(dir, 'out.xlsx'));
    names = workbook.worksheets.map((s) => s.name);
    sheet = workbook.getWorksheet('Dashboard')!;
  });

  const value = (address: string) => sheet.getCell(address).value;
  const fill = (address: string) => fromArgb((sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
  const font = (address: string) => fromArgb(sheet.getCell(address).font?.color?.argb);

  it('is added after the input sheets, with the Charts sheet, and titled with the reporting period', () => {
    expect(names).toEqual(['Indicators', 'Settings', 'Districts', 'Peers', 'Trends', 'Risk Matrix', 'Dashboard', 'Charts']);
    expect(value('A1')).toBe('Safer Communities Performance Dashboard – 2016-17');
    expect(value('D3')).toBe('Previous (2015-16)');
    expect(value('E3')).toBe('Current (2016-17)');
  });

  it('merges each outcome and its Overall Progress RAG over its indicators (Appendix 1 layout)', () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual(['A11:A12', 'A13:A14', 'A1:J1', 'A4:A7', 'A8:A10', 'B11:B12', 'B13:B14', 'B4:B7', 'B8:B10'].sort());
    expect(value('A4')).toBe('Ongoing reductions in crime');
    expect(value('A15')).toMatch(/^Prevent people from being drawn into terrorism/);
  });

  it('writes the figures as published, and fills and letters every RAG cell', () => {
    // Total crime 47.21 → 51.61 (+9.3%, low is good): ↓ Amber; violence with injury +33%: ↓ Red.
    expect([value('C4'), value('D4'), value('E4'), value('F4'), value('G4')]).toEqual(['Total Crime rate (per 1,000 population)', '47.21', '51.61', '↓', 'A']);
    expect([fill('G4'), font('G4')]).toEqual(['#FFC000', '#000000']);
    expect([value('F7'), value('G7'), fill('G7'), font('G7')]).toEqual(['↓', 'R', '#C00000', '#FFFFFF']);
    // Overall RAG of the crime outcome: mean of A, A, A, R = 1.75 → A; MARAC in range: ↑ G.
    expect([value('B4'), fill('B4')]).toEqual(['A', '#FFC000']);
    expect([value('F11'), value('G11'), fill('G11')]).toEqual(['↑', 'G', '#00B050']);
    expect(value('E10')).toBe('83 (April -Dec2016)');
    expect([value('D12'), value('E12')]).toEqual(['2003*', '1611**']);
  });

  it('marks the not-like-for-like rows instead of scoring them', () => {
    for (const row of [9, 10, 12]) {
      expect(value(`F${row}`)).toBe('‡ Not like-for-like');
      expect(value(`G${row}`)).toBeNull();
      expect(fill(`G${row}`)).toBeUndefined();
    }
  });

  it('carries the footnotes under the table, then the key', () => {
    expect(String(value('A17'))).toMatch(/^\* The figure provided includes an estimated number \(227\)/);
    expect(String(value('A18'))).toMatch(/^\*\*Includes UAVA referrals \(1174\)/);
    expect(String(value('A20'))).toMatch(/^‡ Rate of re-offending by young offenders/);
    expect(value('A24')).toBe('Key');
    expect([value('A25'), value('A26'), value('A27')]).toEqual(['↑', '→', '↓']);
    expect(String(value('B27'))).toMatch(/^Deteriorating/);
    expect([value('A28'), fill('A28'), value('A30'), fill('A30')]).toEqual(['G', '#00B050', 'R', '#C00000']);
  });

  it('shows the risk ranked hierarchy below the key, ratings filled and written out', () => {
    expect(value('A34')).toBe('Risk rating by harm scores: priorities ranked');
    expect(['B', 'C', 'D', 'E', 'F', 'G'].map((c) => value(`${c}35`))).toEqual(['Rank', 'Category', 'Probability', 'Harm score', 'Risk score', 'Risk rating']);
    // Domestic abuse: 15 × mean(16, 17, 15, 17, 16, 15) = 15 × 16 = 240 > 216 → HIGH.
    expect(['B', 'C', 'D', 'E', 'F', 'G'].map((c) => value(`${c}36`))).toEqual([1, 'Domestic abuse', 15, 16, 240, 'HIGH']);
    expect([fill('G36'), font('G36')]).toEqual(['#C00000', '#FFFFFF']);
    // ASB 18 × 6 = 108 and cyber crime 12 (from volume 1,150) × 9 = 108 tie at rank 6, LOW (108 inclusive).
    expect([value('B41'), value('C41'), value('F41'), value('G41')]).toEqual([6, 'Anti-social behaviour (ASB)', 108, 'LOW']);
    expect([value('B42'), value('C42'), value('G42'), fill('G42')]).toEqual([6, 'Cyber crime**', 'LOW', '#92D050']);
    // Modern slavery has no volume and no probability: NO DATA, unranked, last.
    expect([value('B45'), value('C45'), value('G45')]).toEqual(['-', 'Modern slavery', 'NO DATA']);
    // The notes typed under the Risk Matrix, which already say each starred category's period.
    expect([value('A46'), value('A47')]).toEqual(['* Road casualty data uses 12 month period 01/07/2015 - 30/09/2016', '** Cyber Crime data uses 12 month period 01/01/2016 - 31/12/2016']);
    expect(String(value('A48'))).toMatch(/^Note: The risk harm model/);
  });
});

describe('safer-dashboard report', () => {
  it('--format docx writes a Word document with the twelve rows, their fills, footnotes and the risk hierarchy', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['report', input, '--format', 'docx', '--out', 'board.docx'], { cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Saved ${join(dir, 'board.docx')}.`);
    const xml = await documentXml(join(dir, 'board.docx'));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const tables = xml.split('<w:tbl>').slice(1);
    const rows = tables[0].split('<w:tr>').slice(1);
    expect(rows).toHaveLength(13);
    expect(wordText(rows[1])).toContain('Total Crime rate (per 1,000 population)47.2151.61↓A4/9');
    expect(wordText(rows[12])).toContain('Reported hate incidents (per 1,000 population)0.580.66↑G');
    const fills = (row: string) => [...row.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(fills(rows[1])).toEqual(['FFC000', 'FFC000']);
    expect(fills(rows[4])).toEqual(['FFC000', 'C00000']);
    const after = wordText(xml.slice(xml.indexOf('</w:tbl>')));
    expect(after).toContain('* The figure provided includes an estimated number (227)');
    expect(after).toContain('**Includes UAVA referrals (1174)');
    // The risk hierarchy is its own table: header and ten categories, HIGH on its fill.
    const riskTable = tables.find((t) => wordText(t).startsWith('RankCategory'))!;
    expect(riskTable.split('<w:tr>').slice(1)).toHaveLength(11);
    expect(wordText(riskTable.split('<w:tr>')[2])).toBe('1Domestic abuse1516240HIGH');
    expect(fills(riskTable.split('<w:tr>')[2])).toEqual(['C00000']);
  });

  it('--format html writes a standalone page with the table, footnotes, key, risk hierarchy and charts', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['report', input, '--format', 'html', '--out', 'board.html'], { cwd: dir });
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'board.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<h1>Safer Communities Performance Dashboard – 2016-17</h1>');
    expect(html.match(/<tr><td rowspan="4"[^>]*>Ongoing reductions in crime<\/td>/g)).toHaveLength(1);
    expect(html).toContain('**Includes UAVA referrals (1174)');
    expect(html).toContain('<h2>Risk rating by harm scores: priorities ranked</h2>');
    expect(html).toMatch(/>Domestic abuse<\/td>.*bgcolor="#C00000".*>HIGH<\/td>/);
    // Four district bar charts and two trend lines, drawn as inline SVG.
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html).not.toMatch(/<script|src="http/);
  });

  it('--format md writes GitHub-flavoured Markdown; the format may be left to the file name', async () => {
    const { dir, input } = folderWithSample();
    const run = await runCli(['report', input, '--out', 'board.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const md = readFileSync(join(dir, 'board.md'), 'utf8');
    expect(md.startsWith('# Safer Communities Performance Dashboard – 2016-17\n')).toBe(true);
    expect(md).toContain('| Ongoing reductions in crime | **A** | Total Crime rate (per 1,000 population) | 47.21 | 51.61 | ↓ | **A** |');
    expect(md).toContain('| 1 | Domestic abuse | 15 | 16 | 240 | **HIGH** |');
    expect(md).toContain('| - | Modern slavery | - | 14.33 | - | **NO DATA** |');
  });

  it('refuses a missing --out, an unknown format, and an unwritable folder, in one sentence each', async () => {
    const { dir, input } = folderWithSample();
    const noOut = await runCli(['report', input, '--format', 'html'], { cwd: dir });
    expect([noOut.code, noOut.err.split('\n')[0]]).toEqual([2, 'The report command needs --out <file>: say where the report goes, e.g. --out report.docx.']);
    const pdf = await runCli(['report', input, '--format', 'pdf', '--out', 'x.pdf'], { cwd: dir });
    expect([pdf.code, pdf.err.split('\n')[0]]).toEqual([2, 'Unknown report format "pdf": use html, docx or md.']);
    const guess = await runCli(['report', input, '--out', 'report.txt'], { cwd: dir });
    expect(guess.err.split('\n')[0]).toMatch(/needs --format html, docx or md/);
    const missing = await runCli(['report', input, '--format', 'html', '--out', join(dir, 'no-such-folder', 'r.html')], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n')).toHaveLength(1);
    expect(noStackTrace(missing.err)).toBe(true);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});

describe('hostile text in an indicator name appears literally in every format', () => {
  let dir = '';
  let input = '';
  beforeAll(async () => {
    ({ dir, input } = await hostileSample());
  });

  it('xlsx: the Dashboard cells are text, never formulas', async () => {
    const run = await runCli(['calculate', input, '--out', 'out.xlsx'], { cwd: dir });
    expect(run.code).toBeLessThanOrEqual(1);
    const sheet = (await loadXlsx(join(dir, 'out.xlsx'))).getWorksheet('Dashboard')!;
    for (const [address, text] of [
      ['C4', SCRIPT],
      ['C5', FORMULA],
    ] as const) {
      const cell = sheet.getCell(address);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it('html: escaped, so no script element and no attribute breaks out', async () => {
    await runCli(['report', input, '--format', 'html', '--out', 'r.html'], { cwd: dir });
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Total Crime rate');
    expect(html).toContain('=HYPERLINK(&quot;http://example.invalid&quot;,&quot;Domestic Burglary rate&quot;)');
    expect(html).not.toContain('<script');
  });

  it('md: escaped, so Markdown renders the angle brackets as text', async () => {
    await runCli(['report', input, '--format', 'md', '--out', 'r.md'], { cwd: dir });
    const md = readFileSync(join(dir, 'r.md'), 'utf8');
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> Total Crime rate');
    expect(md).toContain('=HYPERLINK("http://example.invalid","Domestic Burglary rate")');
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });

  it('docx: the same characters as document text', async () => {
    await runCli(['report', input, '--format', 'docx', '--out', 'r.docx'], { cwd: dir });
    const xml = await documentXml(join(dir, 'r.docx'));
    expect(wordText(xml)).toContain(SCRIPT);
    expect(wordText(xml)).toContain(FORMULA);
    expect(xml).not.toContain('<script');
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText/);
  });
});

describe('safer-dashboard demo on the sample', () => {
  it('prints the risk ranked hierarchy and writes the board report as HTML and Word', async () => {
    const { dir } = folderWithSample();
    const run = await runCli(['demo'], { cwd: dir });
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    const start = lines.indexOf('Risk hierarchy (10 categories)');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 2]).toMatch(/^Rank\s+Category\s+Probability\s+Harm\s+Score\s+Rating$/);
    const table = lines.slice(start + 4, start + 14);
    expect(table[0]).toMatch(/^\s+1\s+Domestic abuse\s+15\s+16\s+240\s+HIGH$/);
    expect(table[1]).toMatch(/^\s+2\s+Road casualties\*\s+12\s+14\.4\s+172\.8\s+MEDIUM$/);
    expect(table[5]).toMatch(/^\s+6\s+Anti-social behaviour \(ASB\)\s+18\s+6\s+108\s+LOW$/);
    expect(table[6]).toMatch(/^\s+6\s+Cyber crime\*\*\s+12\s+9\s+108\s+LOW$/);
    expect(table[9]).toMatch(/^\s+-\s+Modern slavery\s+-\s+14\.33\s+-\s+NO DATA$/);
    for (const ext of ['html', 'docx']) {
      const path = join(dir, 'out', `leicestershire-2016-17-report.${ext}`);
      expect(run.out).toContain(`Board report: ${path}`);
      expect(existsSync(path)).toBe(true);
    }
  });
});
