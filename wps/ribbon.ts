/**
 * What the ribbon's buttons do: open the task pane at a view. Kept apart from main.ts (which only
 * binds these to WPS's global callback names) so it runs under jest against the fake.
 * Ribbon callbacks stay synchronous: an async callback broke the ribbon in WPS 12.1.0.23542.
 */
import type { ViewId } from '../pane/controller';
import type { EtApplication } from './etApi';
import { WPS_MSG } from './messages';

/** Button id → the pane view it opens (the same four as the Excel ribbon in manifest.xml). */
export const RIBBON_BUTTONS: Readonly<Record<string, ViewId>> = {
  ogiCheck: 'check',
  ogiDeadlines: 'deadlines',
  ogiReports: 'reports',
  ogiForms: 'forms',
};

const PANE_KEY = 'ogi-ledger.taskpane';

/** Opens (or re-points) the task pane at `view`; returns false when this WPS cannot make task panes. */
export function openPane(app: EtApplication, baseUrl: string, view: ViewId): boolean {
  const url = new URL(`taskpane.html?view=${view}`, baseUrl).href;
  const storage = app.PluginStorage;
  const id = storage?.getItem(PANE_KEY);
  const existing = id && app.GetTaskPane ? app.GetTaskPane(id) : null;
  if (existing && typeof existing.Navigate === 'function') {
    existing.Navigate(url);
    existing.Visible = true;
    return true;
  }
  if (typeof app.CreateTaskPane !== 'function') return false;
  const pane = app.CreateTaskPane(url, WPS_MSG.paneTitle);
  if (typeof pane.ID === 'number' || typeof pane.ID === 'string') storage?.setItem(PANE_KEY, String(pane.ID));
  pane.Visible = true;
  return true;
}

/** The icon of a button (the add-in's own, copied beside ribbon.xml). */
export function buttonImage(): string {
  return 'images/icon-32.png';
}
