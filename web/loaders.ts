/**
 * The pane's on-demand renderers (`Loaders` of addin/ui/controller.ts) for the offline page: every
 * PDF and workbook is made in the worker, so the page never blocks on pdfmake or exceljs.
 */
import type { Loaders } from '../addin/ui/controller';
import type { WorkerClient, ProgressListener } from './workerClient';

/** Loaders that send the pane's jobs to the worker. */
export function workerLoaders(client: WorkerClient, onProgress?: ProgressListener): Loaders {
  return {
    pdf: async () => ({
      renderJob: (job, date) => client.call('renderJob', { job, date }, { onProgress }),
    }),
    xlsx: async () => ({
      annualXlsxFile: (model, date) => client.call('annualXlsxFile', { model, date }, { onProgress }),
    }),
  };
}
