#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds dist/ (add-in, offline page, WPS add-in) when it is missing, then runs the
 * end-to-end suites with jest.e2e.config.js. Extra arguments go to jest.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const needed = ['dist/taskpane.html', 'dist/taskpane.js', 'dist/print.html'];
if (fs.existsSync(path.join(root, 'web/webpack.part.js'))) needed.push('dist/web/index.html');
if (fs.existsSync(path.join(root, 'wps/webpack.part.js'))) needed.push('dist/wps/taskpane.html');
const missing = needed.filter((f) => !fs.existsSync(path.join(root, f)));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (missing.length > 0 || process.env.OGI_E2E_REBUILD) {
  console.error(`[e2e] 构建 dist/（缺少 ${missing.join(', ') || '—'}）…`);
  const build = spawnSync(npx, ['webpack', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const jest = spawnSync(npx, ['jest', '--config', 'jest.e2e.config.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(jest.status ?? 1);
