/**
 * Test-only browser script injected before the task pane's own scripts: defines `Office` and `Excel`
 * over the in-memory fake workbook (test/addin/fakeExcel.ts) holding a messy applications ledger and
 * a catalogue, so the real built pane runs against it in chromium. Exposes the workbook as
 * `window.__ogiFake` for assertions.
 */
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { applicationsGrid } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';

// `?fakeApi=1.1` pretends to be an old Excel (Office 2016): the pane must degrade, not fail.
const ALL = ['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9', '1.10', '1.14', '1.18'];
const top = new URLSearchParams(location.search).get('fakeApi');
const minor = (v: string) => Number(v.split('.')[1]);
const wb = new FakeWorkbook(top ? ALL.filter((v) => minor(v) <= minor(top)) : ALL);
addGridSheet(wb, applicationsGrid());
addGridSheet(wb, catalogueGrid());
const api = wb.api('web');

const w = window as unknown as Record<string, unknown>;
w.__ogiFake = wb;
w.Office = {
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  context: {
    platform: 'OfficeOnline',
    requirements: { isSetSupported: (_name: string, version: string) => api.supports(version) },
    ui: {},
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return new Promise((resolve) => {
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0);
    });
  },
};
w.Excel = { run: api.run };
