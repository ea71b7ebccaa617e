/**
 * The loaders of a pane that runs as a web page (a task pane): pdfmake and exceljs as chunks loaded
 * on first use, and checks in the check worker beside the page, run inline where no worker starts
 * (older embedded browsers, pages without worker rights).
 */
import type { Loaders } from './controller';
import { workerValidate } from './checkProtocol';
import { validateLedger } from '../core/ledger';
import { officeCalendar } from '../core/workbook/resolveOffice';

/** Loaders over `workerUrl` (the check worker's script, same origin as the page). */
export function pageLoaders(workerUrl: string): Loaders {
  return {
    pdf: () => import(/* webpackChunkName: "pdf" */ './pdfJobs.js').then((m) => m.pdfJobs),
    xlsx: () => import(/* webpackChunkName: "xlsx" */ './xlsxJobs.js').then((m) => m.xlsxJobs),
    validate: workerValidate(
      () => new Worker(workerUrl),
      async (grid, settings, today, kind) => validateLedger(grid, { settings, today, kind, calendar: officeCalendar(settings) }),
    ),
  };
}
