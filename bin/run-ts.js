'use strict';
// Runs one of our TypeScript entry points without a build step, so `npx ogi` works right
// after `npm ci`. tsx compiles on the fly (esbuild) and caches in the OS temp folder.
const path = require('node:path');
const { register } = require('tsx/cjs/api');

/** Loads `relativeTs` (from the repository root) and calls its exported `main(argv)`. */
module.exports = function runTs(relativeTs) {
  register();
  const mod = require(path.join(__dirname, '..', relativeTs));
  Promise.resolve(mod.main(process.argv.slice(2)))
    .then((code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    })
    .catch((err) => {
      // Last resort: never a stack trace for users; details only with OGI_DEBUG=1.
      process.stderr.write(`ogi: 内部错误：${err && err.message ? err.message : String(err)}\n`);
      if (process.env.OGI_DEBUG) process.stderr.write(`${err && err.stack}\n`);
      process.exitCode = 3;
    });
};
