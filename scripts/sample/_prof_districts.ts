import { calculateDistrictsSheet, indicatorProfiles } from '../../src/engine';
import { generateDistrictsGrid } from './districtsSheet';
import { locateTable } from '../../src/engine/sheets/locateTable';
import { DISTRICT_COLUMNS, isDistrictHeader } from '../../src/engine/districts/districtColumns';
import { DEFAULT_SETTINGS as S } from '../../src/engine/settings/Settings';
const d = generateDistrictsGrid(7, 20, 12);
const profiles = indicatorProfiles([]);
const td = locateTable(d, DISTRICT_COLUMNS, isDistrictHeader)!;
const times: number[] = [];
for (let k = 0; k < 30; k++) { const s = performance.now(); calculateDistrictsSheet(d, td, S, profiles); times.push(performance.now() - s); }
console.log(times.map((t) => t.toFixed(0)).join(' '));
console.log('map', (globalThis as any).T / 30, 'reason', (globalThis as any).R / 30);
