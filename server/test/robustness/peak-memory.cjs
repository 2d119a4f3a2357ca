// Preloaded into a CLI run under test (node --require peak-memory.cjs): at
// exit it writes the process's peak resident memory, in kilobytes, to the
// file named by COPYDESK_PEAK_MEMORY.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.COPYDESK_PEAK_MEMORY;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
