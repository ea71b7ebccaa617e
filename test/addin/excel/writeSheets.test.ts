import { FakeWorkbook } from '../fakeExcel';
import { writeRegister, writeDocumentSheet, uniqueSheetName, excelSerial, CODE_SHEET } from '../../../addin/excel/writeSheets';
import { applicationsRegister } from '../fixtures';
import { asCalendarDate } from '../../../core/dates';

function columnOf(wb: FakeWorkbook, sheet: string, header: string): number {
  const s = wb.sheet(sheet);
  for (let c = 1; c <= 60; c++) if (s.get(1, c)?.value === header) return c;
  throw new Error(`no column ${header}`);
}

describe('writeRegister', () => {
  it('writes text as text: formula-looking and leading-zero values never change', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('2025台账');
    const name = await writeRegister(wb.api(), applicationsRegister());
    expect(name).toBe('登记_依申请公开');
    const s = wb.sheet(name);
    const content = columnOf(wb, name, '申请内容');
    expect(s.get(2, content)?.value).toBe('=HYPERLINK("http://x","点我")');
    expect(s.get(2, content)?.formula).toBeUndefined();
    expect(s.get(3, content)?.value).toBe('@提及');
    const appNo = columnOf(wb, name, '申请编号');
    expect(s.get(2, appNo)?.value).toBe('00123');
    expect(s.get(2, appNo)?.format).toBe('@');
    const extra = columnOf(wb, name, '经办人');
    expect(s.get(2, extra)?.value).toBe('+王五');
    expect(s.get(3, extra)?.value).toBe('-');
  });

  it('writes dates as real Excel dates and computed columns after the extras', async () => {
    const wb = new FakeWorkbook();
    const name = await writeRegister(wb.api(), applicationsRegister());
    const s = wb.sheet(name);
    const received = columnOf(wb, name, '收到日期');
    expect(s.get(2, received)?.value).toBe(excelSerial(asCalendarDate('2025-03-03')));
    expect(s.get(2, received)?.format).toBe('yyyy-mm-dd');
    expect(excelSerial(asCalendarDate('2025-03-03'))).toBe(45719);
    expect(columnOf(wb, name, '法定期限')).toBeGreaterThan(columnOf(wb, name, '经办人'));
    expect(s.get(2, columnOf(wb, name, '状态'))?.value).toBe('已逾期');
    expect(s.tables).toHaveLength(1);
    expect(s.frozenRows).toBe(1);
  });

  it("writes dates in the workbook's own date system (1904 workbooks from old Macs)", async () => {
    const wb = new FakeWorkbook();
    wb.date1904 = true;
    const name = await writeRegister(wb.api(), applicationsRegister());
    const received = wb.sheet(name).get(2, columnOf(wb, name, '收到日期'))?.value;
    expect(received).toBe(45719 - 1462);
    expect(excelSerial(asCalendarDate('2025-03-03'), '1904')).toBe(44257);
  });

  it('adds dropdowns from a hidden 代码表 on ExcelApi 1.8+, none on 1.1', async () => {
    const wb = new FakeWorkbook();
    const name = await writeRegister(wb.api(), applicationsRegister());
    expect(wb.sheet(CODE_SHEET).visibility).toBe('Hidden');
    const v = wb.sheet(name).validations.find((x) => x.source.includes('代码表'));
    expect(v).toBeDefined();
    const old = new FakeWorkbook(['1.1']);
    const oldName = await writeRegister(old.api(), applicationsRegister());
    expect(old.sheet(oldName).validations).toHaveLength(0);
    expect(old.sheets.some((x) => x.name === CODE_SHEET)).toBe(false);
  });

  it('never overwrites an existing sheet', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('登记_依申请公开').setValues('A1', [['用户的数据']]);
    const name = await writeRegister(wb.api(), applicationsRegister());
    expect(name).toBe('登记_依申请公开 (2)');
    expect(wb.sheet('登记_依申请公开').get(1, 1)?.value).toBe('用户的数据');
  });
});

describe('writeDocumentSheet', () => {
  it('writes a report sheet with numbers as numbers and text as text', async () => {
    const wb = new FakeWorkbook();
    const name = await writeDocumentSheet(wb.api(), {
      name: '年报2025',
      rows: [['标题'], ['=1+1', 3, { date: '2025-12-31' }]],
      merges: ['A1:C1'],
      boldRows: [0],
    });
    const s = wb.sheet(name);
    expect(s.get(2, 1)?.value).toBe('=1+1');
    expect(s.get(2, 1)?.formula).toBeUndefined();
    expect(s.get(2, 2)?.value).toBe(3);
    expect(s.get(2, 3)?.value).toBe(46022);
    expect(s.merges).toEqual(['A1:C1']);
    expect(s.get(1, 1)?.bold).toBe(true);
  });
});

describe('uniqueSheetName', () => {
  it('adds a number and keeps to 31 characters', () => {
    expect(uniqueSheetName('年报', ['年报', '年报 (2)'])).toBe('年报 (3)');
    expect(uniqueSheetName('a'.repeat(40), []).length).toBe(31);
    expect(uniqueSheetName('a/b:c', [])).toBe('a_b_c');
  });
});
