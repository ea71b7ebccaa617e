/** The pane's views, in tab order (the ribbon's buttons and `?view=` name them). */
export type ViewId = 'workbench' | 'check' | 'deadlines' | 'reports' | 'forms' | 'settings';
export const VIEWS: readonly ViewId[] = ['workbench', 'check', 'deadlines', 'reports', 'forms', 'settings'];
