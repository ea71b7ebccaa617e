/**
 * Test-only browser script injected before the WPS task pane's own scripts: defines the global
 * `Application` of WPS 表格 over the in-memory fake ET (test/wps/fakeEt.ts) holding the messy
 * applications ledger and a catalogue, so the real built pane (dist/wps/taskpane.html) runs against
 * it in chromium. Exposes the fake as `window.__wpsFake` for assertions.
 */
import { FakeEt, addGrid } from '../wps/fakeEt';
import { applicationsGrid } from '../fixtures/grids/applications';
import { catalogueGrid } from '../fixtures/grids/catalogue';

const et = new FakeEt();
addGrid(et, applicationsGrid());
addGrid(et, catalogueGrid());
// The page's own clock drives the write fence, as in WPS.
et.now = () => Date.now();

const w = window as unknown as Record<string, unknown>;
w.__wpsFake = et;
w.Application = et.application();
