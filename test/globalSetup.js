'use strict';
// Before any test: say plainly which system tools are missing (instead of dozens of ENOENT failures).
// The PDF tests read our PDFs back with poppler; the register must open in LibreOffice Calc.
const { execFileSync } = require('node:child_process');

const TOOLS = [
  ['pdftotext', 'poppler-utils'],
  ['pdffonts', 'poppler-utils'],
  ['pdftoppm', 'poppler-utils'],
  ['soffice', 'libreoffice-calc-nogui'],
];

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

module.exports = async function globalSetup() {
  const missing = TOOLS.filter(([command]) => !has(command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
  throw new Error(
    `测试需要的系统工具缺失：${missing.map(([c]) => c).join('、')}。\n` +
      `请先安装（Debian/Ubuntu）：sudo apt-get install -y ${packages}，或直接运行 bash .ci/run（会自动安装）。\n` +
      `Missing system tools for the tests: install ${packages} (or run bash .ci/run).`,
  );
};
