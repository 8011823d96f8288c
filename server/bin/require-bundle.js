'use strict';
// The bins are committed launchers; the code they run is the esbuild bundle in server/dist,
// which is generated and never committed. Say so plainly instead of a MODULE_NOT_FOUND trace.
// The bundle is loaded through V8's code cache (compile-cache.js): a second start skips compiling it.
const path = require('path');
const fs = require('fs');
const { loadBundle } = require('./compile-cache');
module.exports = function requireBundle(name) {
  const file = path.join(__dirname, '..', 'dist', name);
  if (!fs.existsSync(file)) {
    process.stderr.write(`warmly: ${file} is missing; run "npm run build" in the repository first.\n`);
    process.exit(2);
  }
  return loadBundle(file).exports;
};
