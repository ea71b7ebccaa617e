#!/usr/bin/env node
/**
 * `npm start`: on Windows and macOS, sideload into desktop Excel with office-addin-debugging (run
 * through npx; it is not a dependency of this project). On Linux, where desktop Excel does not
 * exist, print the steps for Excel on the web and start the dev server instead of failing.
 */
const { spawn } = require('child_process');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(args) {
  const child = spawn(npx, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  run(['office-addin-debugging', 'start', 'manifest.xml']);
} else {
  console.log(
    [
      '本机没有桌面版 Excel：请在 Excel 网页版中旁加载（sideload）本加载项：',
      '  1. 开发服务器启动后，在浏览器中打开 https://localhost:3000/taskpane.html 并信任开发证书',
      '     （首次运行 `npx office-addin-dev-certs install` 安装证书）。',
      '  2. 打开 https://www.office.com ，新建或打开一个 Excel 工作簿。',
      '  3. 「开始」>「加载项」>「更多加载项」>「我的加载项」>「上传我的加载项」，选择本项目的 manifest.xml。',
      '  4. 「开始」选项卡出现「政务公开」组：检查台账、期限提醒、生成报表、打印表单。',
      '详见 docs/excel-checklist.md。正在启动开发服务器……',
    ].join('\n'),
  );
  run(['webpack', 'serve', '--mode', 'development']);
}
