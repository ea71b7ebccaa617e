'use strict';
// `npm run test:interop` needs LibreOffice Calc (soffice); say so plainly instead of failing with ENOENT.
const { execFileSync } = require('node:child_process');

module.exports = async function globalSetup() {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      '互操作测试需要 LibreOffice Calc（soffice）。请先安装（Debian/Ubuntu）：sudo apt-get install -y libreoffice-calc-nogui，' +
        '或直接运行 bash .ci/run（会自动安装）。\n' +
        'test:interop needs LibreOffice Calc: apt-get install libreoffice-calc-nogui (or run bash .ci/run).',
    );
  }
};
