/**
 * The WPS task pane page: finds WPS 表格's Application, builds the WPS host and mounts the shared
 * pane at the view the ribbon asked for (`?view=`). Checks run in checkWorker.js beside this page,
 * inline where this WPS cannot start a worker.
 */
import './polyfills';
import { mountPane, viewFromLocation } from '../pane/mount';
import { pageLoaders } from '../pane/loaders';
import { useChineseZodMessages } from '../core/zodMessages';
import { wpsApplication, wpsEtApi } from './etApi';
import { WpsHost } from './wpsHost';
import { WPS_MSG } from './messages';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

function start(): void {
  const root = document.getElementById('ogi-root');
  if (!root) return;
  const app = wpsApplication();
  if (!app) {
    root.textContent = WPS_MSG.notInWps;
    return;
  }
  if (!app.ActiveWorkbook) {
    root.textContent = WPS_MSG.noWorkbook;
    return;
  }
  const host = new WpsHost(wpsEtApi(app));
  mountPane(root, host, pageLoaders(new URL('checkWorker.js', document.baseURI).href), { view: viewFromLocation(window.location) });
}

start();
