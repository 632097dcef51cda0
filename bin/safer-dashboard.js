#!/usr/bin/env node
'use strict';
const path = require('path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'dist', 'cli', 'main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('safer-dashboard is not built yet: run `npm run build:cli` (npm install does this through the prepare script).\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
