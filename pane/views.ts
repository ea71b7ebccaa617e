/**
 * The views of the pane as DOM, one module per view in views/, rendered from the controller's state.
 * Framework-free; every control is a real button/input/select so keyboards and screen readers work.
 */
import type { PaneController } from './controller';
import type { ViewId } from './viewIds';
import { checkView } from './views/check';
import { deadlinesView } from './views/deadlines';
import { reportsView } from './views/reports';
import { formsView } from './views/forms';
import { settingsView } from './views/settings';
import { workbenchView } from './workbenchView';

export { checkView, caseNames } from './views/check';
export { deadlinesView } from './views/deadlines';
export { reportsView } from './views/reports';
export { formsView } from './views/forms';
export { settingsView } from './views/settings';

/** The renderer of each view (mount.ts shows one; tests render them all). */
export const VIEW_RENDERERS: Record<ViewId, (pane: PaneController) => HTMLElement> = {
  workbench: workbenchView,
  check: checkView,
  deadlines: deadlinesView,
  reports: reportsView,
  forms: formsView,
  settings: settingsView,
};
