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

const wb = new FakeWorkbook();
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
