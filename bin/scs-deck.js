#!/usr/bin/env node
'use strict';
// A command runs once and builds its whole deck model at once (10,000 slides: about 20 MB in a few hundred ms).
// V8's young generation starts small and doubles after each scavenge, and every scavenge copies the live model
// again: growing it to full size at the first one halves the collections. The language server (`lsp`) keeps
// V8's defaults.
if (process.argv[2] !== 'lsp') require('node:v8').setFlagsFromString('--semi-space-growth-factor=16');
require('../dist/server.js').run();
