/**
 * npm run bench: how long the engine takes against reading and writing the same workbook with
 * ExcelJS, for generated Indicators sheets of 1,000, 10,000 and 100,000 rows. Each measurement is a
 * function returning table rows; add new measurements to MEASUREMENTS.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../src/engine';
import { INDICATOR_HEADERS, SAMPLE_ROWS } from './build-sample';
import { generateDistrictsGrid } from './sample/districtsSheet';
import { generateRiskGrid } from './sample/riskSheet';
import { generateTrendsGrid } from './sample/trendsSheet';
import { measureOfficeSyncs } from './bench-office';
import { existsSync, readFileSync } from 'fs';
import { gzipSync } from 'zlib';
import { medianTime } from './bench-timing';
import { engineTime } from './bench-engine';
import { spawnSync } from 'child_process';

type BenchRow = Record<string, string | number>;

/*
 * The ExcelJS host (and, in bench-engine.ts, the engine) are timed as they ship: the tsc build in
 * dist/ (npm run build:cli), not this script's on-the-fly TypeScript transform, which adds a wrapper
 * to every named function.
 */
const { loadXlsxBuffer, XlsxHost } = require('../dist/hosts/xlsx') as typeof import('../src/hosts/xlsx');

interface Measurement {
  readonly title: string;
  /** Each part runs in a fresh Node process (see main). */
  readonly parts: ReadonlyArray<() => Promise<BenchRow[]>>;
}

export const BENCH_SIZES = [1_000, 10_000, 100_000] as const;

/** An Indicators sheet of `rows` data rows: the seed 002 rows repeated, names numbered to stay unique. */
export function buildIndicatorsWorkbook(rows: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Indicators');
  sheet.addRow(['Safer Communities Performance Dashboard (generated for the benchmark)']);
  sheet.addRow([]);
  // Polarity and range on the sheet itself, as a real workbook of this size would carry them.
  sheet.addRow([...INDICATOR_HEADERS, 'Polarity', 'Range low', 'Range high']);
  for (let i = 0; i < rows; i++) {
    const seed = SAMPLE_ROWS[i % SAMPLE_ROWS.length];
    const round = Math.floor(i / SAMPLE_ROWS.length);
    const value = (v: unknown) => (v !== null && typeof v === 'object' ? (v as { value: unknown }).value : v);
    sheet.addRow([
      seed.outcome,
      round === 0 ? seed.indicator : `${seed.indicator} #${round + 1}`,
      value(seed.previous),
      value(seed.current),
      seed.counts?.previous ?? null,
      seed.counts?.previousPopulation ?? null,
      seed.counts?.current ?? null,
      seed.counts?.currentPopulation ?? null,
      seed.nearestNeighbour,
      seed.county,
      seed.polarity,
      seed.range ? 0.28 : null,
      seed.range ? 0.4 : null,
    ]);
  }
  return workbook;
}

/** Fewer timed runs for the largest sheets, where one run already takes seconds. */
const runsFor = (rows: number) => (rows >= 100_000 ? 3 : 7);

/** ExcelJS load plus the host's conversion to grids: the file read the engine is compared with. */
const readGrids = async (buffer: Buffer, label: string): Promise<SheetGrid[]> => new XlsxHost(await loadXlsxBuffer(buffer, label)).readSheets();

const ms = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The bound every engine figure is held to: under a tenth of the file read time. */
const againstRead = (engineMs: number, readMs: number): BenchRow => ({
  'engine / read': Math.round((engineMs / readMs) * 1000) / 1000,
  'within bound (< 0.1)': engineMs / readMs < 0.1 ? 'yes' : 'NO',
});

/** Engine time against ExcelJS read (load + values) and write (serialise) of the same workbook. */
async function engineAgainstFileIo(size: number): Promise<BenchRow[]> {
  const runs = runsFor(size);
  const workbook = buildIndicatorsWorkbook(size);
  const write = await medianTime(async () => Buffer.from(await workbook.xlsx.writeBuffer()), runs);
  const read = await medianTime(() => readGrids(write.value, `${size} rows`), runs);
  const grids: SheetGrid[] = read.value;
  const io = { rows: size, 'read ms': ms(read.ms), 'write ms': ms(write.ms), 'file KB': Math.round(write.value.length / 1024) };
  try {
    const engine = engineTime(grids, runs);
    return [{
      ...io,
      'engine ms': ms(engine.ms),
      ...againstRead(engine.ms, read.ms),
      'engine heap MB': mb(engine.heapUsedBytes),
      'indicators calculated': engine.indicators,
    }];
  } catch (error) {
    // Report the failure in its row; the other sizes still run.
    return [{ ...io, 'engine ms': `failed: ${String(error).split('\n')[0]}` }];
  }
}

/** A grid's values into a new worksheet, cell by cell (no formats). */
function addGridSheet(workbook: ExcelJS.Workbook, grid: SheetGrid): void {
  const sheet = workbook.addWorksheet(grid.name);
  grid.values.forEach((row) => sheet.addRow(row.map((v) => (v !== null && typeof v === 'object' ? null : v))));
}

/**
 * Issue 3 acceptance: 7 districts × 20 indicators × 12 quarters (Indicators, Districts and Trends
 * sheets) against the foundation bound, engine time under a tenth of the ExcelJS file read time.
 */
async function districtsAndTrends(): Promise<BenchRow[]> {
  const [districts, indicators, quarters] = [7, 20, 12];
  const workbook = new ExcelJS.Workbook();
  const names = Array.from({ length: indicators }, (_, i) => `Indicator ${i + 1}`);
  addGridSheet(workbook, {
    name: 'Indicators',
    values: [['Indicator', 'Polarity', 'Measure', 'Previous value', 'Current value'], ...names.map((n, i) => [n, i % 2 === 0 ? 'Low is good' : 'High is good', 'Rate per 1,000', 48, 50])],
  });
  addGridSheet(workbook, generateDistrictsGrid(districts, indicators, quarters));
  addGridSheet(workbook, generateTrendsGrid(indicators, quarters));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const read = await medianTime(() => readGrids(buffer, 'districts bench'), 9);
  const grids: SheetGrid[] = read.value;
  const engine = engineTime(grids, 9);
  return [{
    workbook: `${districts} districts × ${indicators} indicators × ${quarters} quarters`,
    'engine ms': ms(engine.ms),
    'read ms': ms(read.ms),
    ...againstRead(engine.ms, read.ms),
    'district groups': engine.districts,
    'trend series': engine.trends,
  }];
}

/** A generated Risk Matrix sheet (scripts/sample/riskSheet.ts) against the same bound. */
async function riskMatrixAgainstFileRead(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of [1_000, 10_000]) {
    const workbook = new ExcelJS.Workbook();
    addGridSheet(workbook, generateRiskGrid(size));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await medianTime(() => readGrids(buffer, `${size} risk categories`));
    const grids: SheetGrid[] = read.value;
    const engine = engineTime(grids, 7);
    rows.push({
      categories: size,
      'read ms': ms(read.ms),
      'engine ms': ms(engine.ms),
      ...againstRead(engine.ms, read.ms),
      'categories scored': engine.risk,
    });
  }
  return rows;
}

/** The real Office host end to end on the fake Excel: syncs and payload per calculation. */
async function officeSyncs(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of [100, 10_000, 100_000]) {
    for (const platform of ['desktop', 'web'] as const) {
      const m = await measureOfficeSyncs(size, platform);
      rows.push({ rows: size, platform, syncs: m.syncs, 'max request KB': Math.round(m.maxPayloadBytes / 1024), 'total request KB': Math.round(m.totalPayloadBytes / 1024), ms: Math.round(m.ms) });
    }
  }
  return rows;
}

/** The task pane's production JavaScript, gzipped (run npm run build first). */
async function bundleSize(): Promise<BenchRow[]> {
  return ['taskpane.js', 'commands.js'].map((file): BenchRow => {
    const path = `dist/addin/${file}`;
    if (!existsSync(path)) return { bundle: file, 'gzipped KB': 'not built: run npm run build' };
    const bytes = readFileSync(path);
    return { bundle: file, 'minified KB': Math.round(bytes.length / 1024), 'gzipped KB': Math.round(gzipSync(bytes).length / 1024), 'under 400 KB': gzipSync(bytes).length < 400 * 1024 ? 'yes' : 'NO' };
  });
}

export const MEASUREMENTS: ReadonlyArray<Measurement> = [
  { title: 'Engine against ExcelJS file read and write (Indicators sheet)', parts: BENCH_SIZES.map((size) => () => engineAgainstFileIo(size)) },
  { title: 'Risk Matrix against the file read', parts: [riskMatrixAgainstFileRead] },
  { title: 'Districts and Trends: 7 districts × 20 indicators × 12 quarters against the file read', parts: [districtsAndTrends] },
  { title: 'Office.js host on the fake Excel: syncs and payload per calculation', parts: [officeSyncs] },
  { title: 'Task pane bundle size', parts: [bundleSize] },
];

const PART_FLAG = '--part';

/**
 * Each part runs in a child process and sends its rows back as JSON: a part then starts from a fresh
 * heap, so the gigabyte a 100,000-row run leaves behind is not collected during the next part's timing.
 */
async function main(): Promise<void> {
  const partArg = process.argv.indexOf(PART_FLAG);
  if (partArg !== -1) {
    const [m, p] = process.argv[partArg + 1].split('.').map(Number);
    process.stdout.write(JSON.stringify(await MEASUREMENTS[m].parts[p]()));
    return;
  }
  for (const [m, { title, parts }] of MEASUREMENTS.entries()) {
    console.log(`\n${title}`);
    const rows: BenchRow[] = [];
    for (let p = 0; p < parts.length; p++) {
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, PART_FLAG, `${m}.${p}`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      if (child.status !== 0) throw new Error(`bench part ${m}.${p} failed: ${child.stderr}`);
      rows.push(...(JSON.parse(child.stdout) as BenchRow[]));
    }
    console.table(rows);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
