/**
 * Task pane entry: waits for Office, builds the Excel host and mounts the shared pane. pdfmake,
 * exceljs and the fonts are separate chunks loaded with `import()` only when a file is produced.
 */
import { officeExcelApi } from '../excel/api';
import { ExcelHost } from '../excel/excelHost';
import { mountPane, viewFromLocation } from '../../pane/mount';
import type { Loaders } from '../../pane/controller';
import { workerValidate } from '../../pane/checkProtocol';
import { validateLedger } from '../../core/ledger';
import { officeCalendar } from '../../core/workbook/resolveOffice';
import { useChineseZodMessages } from '../../core/zodMessages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

const loaders: Loaders = {
  pdf: () => import(/* webpackChunkName: "pdf" */ '../../pane/pdfJobs.js').then((m) => m.pdfJobs),
  xlsx: () => import(/* webpackChunkName: "xlsx" */ '../../pane/xlsxJobs.js').then((m) => m.xlsxJobs),
  // Checks run in checkWorker.js (same origin) so big sheets do not freeze the pane.
  validate: workerValidate(
    () => new Worker(new URL('checkWorker.js', document.baseURI).href),
    async (grid, settings, today, kind) => validateLedger(grid, { settings, today, kind, calendar: officeCalendar(settings) }),
  ),
};

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
