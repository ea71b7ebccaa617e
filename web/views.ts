/**
 * Mounts the task pane's own views (pane/mount.ts) over the FileHost, with the heavy renderers
 * sent to the worker. The page adds nothing to the views: the same pane as in Excel.
 */
import { mountPane, viewFromLocation } from '../pane/mount';
import type { PaneController } from '../pane/controller';
import type { FileHost } from './fileHost';
import { workerLoaders } from './loaders';
import type { ProgressListener } from './workerClient';
import type { CalendarDate } from '../core/dates';
import { isLedgerCandidate } from '../pane/actions/sheets';

/** Mounts the pane once a file is open; `refresh` re-reads sheets and settings after a file is opened or closed. */
export function mountViews(
  container: HTMLElement,
  host: FileHost,
  onProgress?: ProgressListener,
  today?: () => CalendarDate,
): { refresh(): Promise<void>; pane(): PaneController | undefined } {
  let pane: PaneController | undefined;
  return {
    async refresh() {
      if (!pane) {
        // The pane opens on 工作台; `?view=check` (like the add-in's ribbon buttons) opens another view.
        pane = mountPane(container, host, workerLoaders(host.client, onProgress), { today, view: viewFromLocation(location) });
        // mountPane starts reading sheets and settings; the page is ready once that is done.
        await whenIdle(pane);
        return;
      }
      // Files opened or closed: forget what was checked (sheet names may have changed), then read them all again.
      await pane.reset();
      await pane.init();
      // The 工作台 checks by itself only the first time it is shown: on it, the new set of files is checked at once too.
      if (pane.state.view === 'workbench' && pane.state.sheets.some(isLedgerCandidate)) await pane.check.checkAll();
    },
    pane: () => pane,
  };
}

/** Resolves once the pane has no action running. */
function whenIdle(pane: PaneController): Promise<void> {
  if (!pane.state.busy) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = pane.subscribe(() => {
      if (pane.state.busy) return;
      stop();
      resolve();
    });
  });
}
