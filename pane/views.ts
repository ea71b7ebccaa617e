/**
 * The views of the pane as DOM, one module per view in views/, rendered from the controller's state.
 * Framework-free; every control is a real button/input/select so keyboards and screen readers work.
 */
export { checkView, caseNames } from './views/check';
export { deadlinesView } from './views/deadlines';
export { reportsView } from './views/reports';
export { formsView } from './views/forms';
export { settingsView } from './views/settings';
