import { districtReason } from '../../src/engine/districts/districtReason';
import { compareWithCounty } from '../../src/engine/districts/compareWithCounty';
import { DEFAULT_SETTINGS as S } from '../../src/engine/settings/Settings';
import { crudeRateInterval } from '../../src/engine';
const figs = Array.from({ length: 1680 }, (_, i) => { const iv = crudeRateInterval(2000 + i, 60000, 1000, 0.95)!; return { value: iv.value, fromCounts: true, count: 2000 + i, denominator: 60000, interval: iv }; });
for (let k = 0; k < 5; k++) {
  let s = performance.now();
  for (const f of figs) districtReason({ figure: f, countyRate: 40, countySource: 'sum of districts', compared: compareWithCounty(f.interval, 40, 'Low is good'), rank: 2, of: 7, order: 'lowest first', polarity: 'Low is good', kind: { kind: 'rate', multiplier: 1000 }, settings: S, suppressed: false });
  console.log('reason', performance.now() - s);
  s = performance.now();
  for (let i = 0; i < 1680; i++) crudeRateInterval(2000 + i, 60000, 1000, 0.95);
  console.log('ci', performance.now() - s);
}
