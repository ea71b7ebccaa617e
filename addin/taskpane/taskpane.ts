/**
 * Task pane entry: waits for Office, builds the Excel host and mounts the shared pane. pdfmake,
 * exceljs and the fonts are separate chunks loaded with `import()` only when a file is produced.
 */
import { officeExcelApi } from '../excel/api';
import { ExcelHost } from '../excel/excelHost';
import { mountPane, viewFromLocation } from '../../pane/mount';
import { pageLoaders } from '../../pane/loaders';
import { useChineseZodMessages } from '../../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

// Checks run in checkWorker.js (same origin) so big sheets do not freeze the pane; inline where no worker starts.
const loaders = pageLoaders(new URL('checkWorker.js', document.baseURI).href);

function start(): void {
  const root = document.getElementById('ogi-root');
  if (!root) return;
  if (typeof Excel === 'undefined') {
    root.textContent = '请在 Excel 中打开本加载项（未检测到 Excel）。没有 Excel 时可使用离线网页版。';
    return;
  }
  const host = new ExcelHost(officeExcelApi());
  mountPane(root, host, loaders, { view: viewFromLocation(window.location) });
}

if (typeof Office === 'undefined') {
  const root = document.getElementById('ogi-root');
  if (root) root.textContent = '无法加载 Office.js（微软 CDN 和本地备用副本都不可用）。请检查网络，或使用离线网页版。';
} else {
  void Office.onReady(() => start());
}
