#!/usr/bin/env node
// Launches the bundled CLI; `npm ci` builds it (the root package's prepare script).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'out', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('copydesk: the CLI is not built yet. Run "npm run build" in the Copydesk folder.\n');
  process.exit(2);
}
void require(cli).main();
