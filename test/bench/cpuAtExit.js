// Preloaded (`node -r`) into a benchmarked CLI run: writes the process's CPU time (all threads) to stderr at
// exit, which a busy machine inflates far less than wall time.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${((user + system) / 1000).toFixed(1)}\n`);
});
