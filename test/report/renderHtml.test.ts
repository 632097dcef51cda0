import { renderHtmlFragment, renderHtmlPage, renderHtmlTable } from '../../src/report';
import { FORMULA, SEED_FOOTNOTES, hostileResult, seedResult } from './seedResult';

const escapedScript = '&lt;script&gt;alert(1)&lt;/script&gt;';

describe('renderHtmlTable', () => {
  const html = renderHtmlTable(seedResult);

  test('has the header row and twelve indicator rows', () => {
    expect(html.match(/<th[ >]/g)).toHaveLength(10);
    expect(html.match(/<tr>/g)).toHaveLength(13);
    expect(html).toContain('>Previous (2015-16)</th>');
  });

  test('merges outcomes with rowspan and leaves out the covered cells', () => {
    expect(html).toMatch(/<td rowspan="4"[^>]*>Ongoing reductions in crime<\/td><td rowspan="4" bgcolor="#FFC000"[^>]*>A<\/td>/);
    // A covered row starts at the indicator: 8 cells, not 10.
    const second = html.split('\n').find((line) => line.includes('Domestic Burglary'))!;
    expect(second.match(/<td/g)).toHaveLength(8);
    const prevent = html.split('\n').find((line) => line.includes('Reported hate incidents'))!;
    expect(prevent.match(/<td/g)).toHaveLength(10);
    expect(prevent).not.toContain('rowspan');
  });

  test('carries borders, fills and bold inline, as Word and Outlook keep them', () => {
    expect(html).toContain('border="1"');
    expect(html).toMatch(/bgcolor="#C00000" style="[^"]*background-color:#C00000;color:#FFFFFF;font-weight:bold;[^"]*">R<\/td>/);
    expect(html).not.toMatch(/<style|class=/);
    expect(html).toContain('>↓</td>');
    expect(html).toMatch(/font-style:italic;">‡ Not like-for-like<\/td>/);
    expect(html).toContain('>83 (April -Dec2016)</td>');
    expect(html).toContain('>% Reduction in offending by IOM &amp; PPO Offenders</td>');
  });

  test('escapes every cell', () => {
    const hostile = renderHtmlTable(hostileResult);
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<b>');
    expect(hostile).toContain(`>${escapedScript}</td>`);
    expect(hostile).toContain('>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</td>');
    expect(hostile).toContain('>Blaby | Melton &amp; &lt;b&gt;</td>');
  });
});

describe('renderHtmlFragment', () => {
  test('is the heading, the table, the footnotes and the key for the clipboard', () => {
    const html = renderHtmlFragment(seedResult, { period: 'Quarter 4, 2016/17' });
    expect(html).toContain('>Safer Communities Performance Dashboard – Quarter 4, 2016/17</p>');
    expect(html).toContain('**Includes UAVA referrals (1174), HBBC &amp; Blaby support services (287)');
    expect(html).toMatch(/>Key<\/p>/);
    expect(html).toMatch(/bgcolor="#00B050"[^>]*>G<\/td><td[^>]*>Green: /);
    expect(html).not.toMatch(/<style|<html/);
  });
});

describe('renderHtmlPage', () => {
  const page = renderHtmlPage(seedResult, {
    title: 'Safer Leicestershire Dashboard',
    period: 'Quarter 4, 2016/17',
    charts: [
      { kind: 'districts', input: { indicator: 'Total crime', districts: [{ name: 'Blaby', value: 45.2 }], county: 51.61 } },
      { kind: 'trend', input: { indicator: 'First time entrants', points: [{ label: '2014/15', value: 190 }, { label: '2015/16', value: 124 }] } },
    ],
  });

  test('is a standalone document with title, table, footnotes, key, charts and reasons', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<title>Safer Leicestershire Dashboard – Quarter 4, 2016/17</title>');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<table');
    expect(page).toContain(SEED_FOOTNOTES[0]);
    expect(page).toContain('<h2>Key</h2>');
    expect(page.match(/<svg /g)).toHaveLength(2);
    expect(page).toContain('<figcaption>Blaby 45.2; county 51.61.</figcaption>');
    expect(page).toContain('<h2>How each rating was reached</h2>');
    expect(page).not.toMatch(/<script|src=|href=/);
  });

  test('escapes hostile text everywhere, including the footnotes', () => {
    const hostile = renderHtmlPage(hostileResult, { title: '<i>x</i>' });
    expect(hostile).not.toMatch(/<script|<i>|<b>/);
    expect(hostile).toContain(`<p style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;margin:4px 0;">* ${escapedScript} ${FORMULA.replace(/"/g, '&quot;')}</p>`);
  });

  test('leaves out the charts heading when there are no charts', () => {
    expect(renderHtmlPage(seedResult)).not.toContain('<h2>Charts</h2>');
  });
});
