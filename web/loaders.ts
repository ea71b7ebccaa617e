/**
 * The pane's on-demand renderers and checker (`Loaders` of pane/controller.ts) for the offline
 * page: every check, PDF and workbook runs in the worker, so the page never blocks on the ledger
 * pipeline, pdfmake or exceljs.
 */
import type { Loaders } from '../pane/controller';
import type { WorkerClient, ProgressListener } from './workerClient';

/** Loaders that send the pane's jobs to the worker. */
export function workerLoaders(client: WorkerClient, onProgress?: ProgressListener): Loaders {
  return {
    pdf: async () => ({
      renderJob: (job, date) => client.call('renderJob', { job, date }, { onProgress }),
    }),
    xlsx: async () => ({
      annualXlsxFile: (model, date) => client.call('annualXlsxFile', { model, date }, { onProgress }),
      monthlyXlsxFile: (model) => client.call('monthlyXlsxFile', { model }, { onProgress }),
    }),
    // The worker holds the file's sheets already: only the sheet's name crosses, not its grid.
    validate: (grid, settings, today, kind) => client.call('validateSheet', { sheet: grid.sheet, settings, today, kind }, { onProgress }),
  };
}
