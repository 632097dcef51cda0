import { buildIndicatorsWorkbook } from '../bench';
import { loadXlsxBuffer, XlsxHost } from '../../src/hosts/xlsx';
import { calculateWorkbook } from '../../src/engine';
(async () => {
  const wb = buildIndicatorsWorkbook(1680);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  let s = performance.now();
  const grids = await new XlsxHost(await loadXlsxBuffer(buf, 'x')).readSheets();
  const read = performance.now() - s;
  calculateWorkbook(grids);
  s = performance.now(); calculateWorkbook(grids); const eng = performance.now() - s;
  console.log({ read, eng, ratio: eng / read });
})();
