import { FakeWorkbook } from '../fakeExcel';
import { addGridSheet } from '../gridSheet';
import { ExcelHost } from '../../../addin/excel/excelHost';
import { applicationsGrid } from '../../fixtures/grids/applications';

const sheet = applicationsGrid().sheet;

function setup() {
  const wb = new FakeWorkbook();
  addGridSheet(wb, applicationsGrid());
  return { wb, host: new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' }) };
}

describe('ExcelHost.writeCell (改为 …)', () => {
  it('formats the one cell as text before writing, so a date stays the text YYYY-MM-DD', async () => {
    const { wb, host } = setup();
    expect(host.capabilities.editCells).toBe(true);
    const neighbour = { ...wb.sheet(sheet).get(8, 4) };
    await host.writeCell(sheet, 'C8', '2025-10-09');
    expect(wb.sheet(sheet).get(8, 3)).toMatchObject({ value: '2025-10-09', format: '@' });
    expect(wb.sheet(sheet).get(8, 4)).toEqual(neighbour);
  });

  it('never lets digits become a number or = + - @ a formula', async () => {
    const { wb, host } = setup();
    await host.writeCell(sheet, 'B8', '2025003');
    expect(wb.sheet(sheet).get(8, 2)).toMatchObject({ value: '2025003', format: '@' });
    await host.writeCell(sheet, 'H8', '=1+1');
    expect(wb.sheet(sheet).get(8, 8)?.formula).toBeUndefined();
    expect(wb.sheet(sheet).get(8, 8)?.value).toBe('=1+1');
  });
});
