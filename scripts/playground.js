#!/usr/bin/env node
/* `npm run playground`: the real task pane beside a grid view of the sample workbook, with the fake
 * Excel (src/hosts/fakeExcel) installed as the Office/Excel globals, on plain http://localhost.
 * Webpack builds the playground entry into .tmp/playground (rebuilding on change); the server serves
 * it and /workbook.json, the sample .xlsx converted at serve time with ExcelJS.
 * Usage: node scripts/playground.js [--port 3100] [--workbook examples/leicestershire-2016-17.xlsx] [--once] */
const fs = require('fs');
const http = require('http');
const path = require('path');
const webpack = require('webpack');
const ExcelJS = require('exceljs');

const root = path.resolve(__dirname, '..');
const outputPath = path.join(root, '.tmp', 'playground');
const defaultWorkbook = path.join(root, 'examples', 'leicestershire-2016-17.xlsx');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.png': 'image/png' };

/** An Excel cell value as the playground's JSON grid carries it (CellValue of the engine). */
function plainValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000; // Excel serial
  if (value.error) return { error: value.error };
  if (value.richText) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainValue(value.result);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return String(value.text);
  return String(value);
}

function hexColour(argb) {
  return typeof argb === 'string' && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

/** Reads the .xlsx into sheets of values, number formats, fills and merges. */
async function workbookJson(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = [];
  workbook.eachSheet((worksheet) => {
    const values = [];
    const numberFormats = [];
    const fills = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const rowValues = [];
      const rowFormats = [];
      const rowFills = [];
      for (let c = 1; c <= worksheet.columnCount; c++) {
        const cell = row.getCell(c);
        rowValues.push(plainValue(cell.value));
        rowFormats.push(cell.numFmt || undefined);
        rowFills.push(cell.fill?.type === 'pattern' ? hexColour(cell.fill.fgColor?.argb) : undefined);
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
      fills.push(rowFills);
    }
    sheets.push({ name: worksheet.name, values, numberFormats, fills, merges: worksheet.model.merges || [] });
  });
  return { name: path.basename(file), sheets };
}

function buildConfig(mode) {
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  return makeConfig({ entries: 'playground', outputPath: path.relative(root, outputPath) }, { mode });
}

/** Builds once (or watches) and resolves when the first build is done. */
async function build({ watch, quiet }) {
  const compiler = webpack(await buildConfig('development'));
  return new Promise((resolve, reject) => {
    let first = true;
    const done = (error, stats) => {
      if (error || stats.hasErrors()) {
        const message = error ? error.message : stats.toString({ all: false, errors: true, colors: false });
        if (first) return reject(new Error(`Playground build failed:\n${message}`));
        console.error(message);
        return;
      }
      if (!quiet) console.log(`${first ? 'Built' : 'Rebuilt'} the playground in ${stats.endTime - stats.startTime} ms.`);
      if (first) {
        first = false;
        resolve(compiler);
      }
    };
    if (watch) compiler.watch({}, done);
    else compiler.run((error, stats) => compiler.close(() => done(error, stats)));
  });
}

/**
 * Starts the playground. Returns its URL and a `close()` that stops the server (and the watcher).
 * `port: 0` picks a free port.
 */
async function startPlayground({ port = 3100, host = '127.0.0.1', workbook = defaultWorkbook, watch = false, quiet = false } = {}) {
  const compiler = await build({ watch, quiet });
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    try {
      if (url.pathname === '/workbook.json') {
        if (!fs.existsSync(workbook)) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          return response.end(`Sample workbook not found: ${path.relative(root, workbook)}. Build it first (see the README).`);
        }
        const body = JSON.stringify(await workbookJson(workbook));
        response.writeHead(200, { 'content-type': types['.json'], 'cache-control': 'no-store' });
        return response.end(body);
      }
      if (url.pathname === '/favicon.ico') {
        response.writeHead(200, { 'content-type': types['.png'] });
        return fs.createReadStream(path.join(root, 'assets', 'icon-32.png')).pipe(response);
      }
      const name = url.pathname === '/' ? 'playground.html' : decodeURIComponent(url.pathname.slice(1));
      const file = path.join(outputPath, name);
      if (!file.startsWith(outputPath + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        return response.end('Not found');
      }
      response.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      fs.createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Playground error: ${error.message}`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://localhost:${address.port}/`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => (watch ? compiler.close(() => resolve()) : resolve()));
      }),
  };
}

module.exports = { startPlayground, workbookJson };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const port = Number(option('port') || process.env.PLAYGROUND_PORT || 3100);
  const workbook = option('workbook') ? path.resolve(option('workbook')) : defaultWorkbook;
  startPlayground({ port, workbook, watch: !args.includes('--once') })
    .then(({ url, close }) => {
      console.log(`Safer Dashboard playground: ${url} (workbook: ${path.relative(root, workbook)}). Ctrl+C to stop.`);
      process.on('SIGINT', () => close().then(() => process.exit(0)));
      process.on('SIGTERM', () => close().then(() => process.exit(0)));
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
