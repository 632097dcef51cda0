import { calculateWorkbook } from './src/engine';
const patterns: Record<string, string> = {
  stars: '*'.repeat(32000) + 'x', spacesStars: '* '.repeat(16000) + 'x', daggers: '†'.repeat(32000) + 'x', parens: '('.repeat(32000) + ')x',
  openClose: '()'.repeat(16000) + 'x', spaces: 'a' + ' '.repeat(32000) + 'b', tos: ' to'.repeat(10000) + 'x', q: 'Q1-'.repeat(10000), months: 'Apr-'.repeat(8000),
  commas: '1,'.repeat(16000) + 'x', thousands: '1,000'.repeat(6000) + 'x', digits: '1'.repeat(32000) + '%x', bracketNote: '5 (' + '('.repeat(32000), notes: '5 ' + '(a) '.repeat(8000),
  percents: '5' + '%'.repeat(32000), dashes: '- '.repeat(16000), years: '2015-'.repeat(6000), slashes: '1/'.repeat(16000) + 'x',
};
for (const [label, text] of Object.entries(patterns)) {
  const header = ['Outcome', 'Indicator', 'Polarity', 'Measure', 'Previous period', 'Current period', 'Previous Year (2015-16)', 'Current Year (2016-17)', 'Nearest Neighbour Comparison'];
  const t = Date.now();
  calculateWorkbook([
    { name: 'Indicators', values: [[text, text], header, Array(9).fill(text), ['x', 'y', ...Array(7).fill(text)], [], [text]] },
    { name: 'Settings', values: [['Setting', 'Value'], [text, text], ['Districts', text], ['Stable tolerance', text]] },
    { name: 'Districts', values: [['District', 'Indicator', 'Period', 'Count', 'Population'], [text, text, text, text, text], ['a', 'y', text, 5, text]] },
    { name: text.slice(0, 31), values: [[text]] },
  ], { writeValidationSheet: true });
  const ms = Date.now() - t;
  console.log(label.padEnd(12), ms, 'ms');
}
