import { FakeEt, addGrid } from './fakeEt';
import { WpsHost } from '../../wps/wpsHost';
import type { SheetChange } from '../../pane/host';
import { applicationsGrid } from '../fixtures/grids/applications';

const sheet = applicationsGrid().sheet;

function setup() {
  const et = new FakeEt();
  const s = addGrid(et, applicationsGrid());
  return { et, s, host: new WpsHost(et.api()) };
}

describe('WpsHost.writeCell (改为 …)', () => {
  it('writes the value as text into that one cell and leaves its neighbours as they were', async () => {
    const { s, host } = setup();
    expect(host.capabilities.editCells).toBe(true);
    const before = s.get(8, 3);
    const neighbour = { ...s.get(8, 2) };
    await host.writeCell(sheet, 'C8', '2025-10-09');
    expect(before?.value).toBe('2025年10月9日');
    expect(s.get(8, 3)).toMatchObject({ value: '2025-10-09', format: '@' });
    expect(s.get(8, 2)).toEqual(neighbour);
  });

  it('keeps digits and text that looks like a formula as text', async () => {
    const { s, host } = setup();
    await host.writeCell(sheet, 'B8', '2025003');
    expect(s.get(8, 2)).toMatchObject({ value: '2025003', format: '@' });
    await host.writeCell(sheet, 'H8', '=HYPERLINK("x")');
    expect(s.get(8, 8)?.formula).toBeUndefined();
    expect(String(s.get(8, 8)?.value)).toContain('=HYPERLINK("x")');
  });

  it('is not reported to the live check as a user edit', async () => {
    const { host } = setup();
    const changes: SheetChange[] = [];
    await host.watchChanges([sheet], (c) => changes.push(c));
    await host.writeCell(sheet, 'C8', '2025-10-09');
    expect(changes).toEqual([]);
  });

  it('says in Chinese when the sheet is gone', async () => {
    const { host } = setup();
    await expect(host.writeCell('已删除', 'A1', 'x')).rejects.toThrow('找不到工作表「已删除」');
  });
});
