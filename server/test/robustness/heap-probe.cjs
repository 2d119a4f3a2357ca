// Preloaded into a server under test (node --expose-gc --require heap-probe.cjs):
// on SIGUSR2 it collects garbage and writes process.memoryUsage() to the file
// named by COPYDESK_HEAP_PROBE, so a test can read the live heap, not the
// garbage V8 has yet to collect.
'use strict';
const { renameSync, writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  const file = process.env.COPYDESK_HEAP_PROBE;
  if (!file || typeof global.gc !== 'function') return;
  global.gc();
  writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
  renameSync(`${file}.tmp`, file);
});
