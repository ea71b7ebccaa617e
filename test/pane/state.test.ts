import { PaneStore, initialState, withChecked, checkedRegisters, checkedSheet, type CheckedSheet } from '../../pane/state';
import { validateLedger } from '../../core/ledger';
import { asCalendarDate } from '../../core/dates';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';

function checked(): CheckedSheet {
  const grid = applicationsGrid();
  return { grid, outcome: validateLedger(grid, { today: asCalendarDate(APPLICATIONS_TODAY) }), at: 1 };
}

describe('PaneStore', () => {
  it('replaces the state on every change and tells the listeners; earlier snapshots stay as they were', () => {
    const store = new PaneStore();
    const seen: boolean[] = [];
    const stop = store.subscribe(() => seen.push(store.state.busy));
    const before = store.state;
    store.update({ busy: true });
    expect(before.busy).toBe(false);
    expect(store.state.busy).toBe(true);
    expect(seen).toEqual([true]);
    stop();
    store.update({ busy: false });
    expect(seen).toEqual([true]);
  });

  it('records a check in a new map, so a snapshot keeps the checks it had', () => {
    const store = new PaneStore();
    const before = store.state;
    const c = checked();
    store.update({ checked: withChecked(store.state, c.grid.sheet, c), selectedSheet: c.grid.sheet });
    expect(before.checked.size).toBe(0);
    expect(checkedSheet(store.state)).toBe(c);
    expect(checkedRegisters(store.state).map((r) => r.kind)).toEqual(['applications']);
  });

  it('reset forgets the workbook but stays on the view', () => {
    const store = new PaneStore();
    const c = checked();
    store.update({ view: 'deadlines', selectedSheet: c.grid.sheet, checked: withChecked(store.state, c.grid.sheet, c) });
    store.reset();
    expect(store.state).toEqual(initialState('deadlines'));
  });
});
