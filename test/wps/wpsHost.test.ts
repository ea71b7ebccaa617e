import { FakeEt, addGrid, ERROR_CODES } from './fakeEt';
import { WpsHost, wpsCapabilities } from '../../wps/wpsHost';
import { isOurSheet } from '../../core/workbook/sheetRoles';
import { MARKS_SHEET, bgr } from '../../wps/marks';
import { toCell, valueMatrix } from '../../wps/readSheet';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { validateLedger } from '../../core/ledger';
import { WorkCalendar } from '../../core/calendar';
import { asCalendarDate } from '../../core/dates';
import { defaultSettings } from '../../core/settings/schema';
import { NOTE_PREFIX, RESULTS_SHEET } from '../../pane/marking';
import type { Finding } from '../../core/findings';
import type { SheetChange } from '../../pane/host';
import { applicationsRegister, manyFindings } from '../addin/fixtures';

const today = asCalendarDate(APPLICATIONS_TODAY);
const options = { settings: defaultSettings(), today, calendar: WorkCalendar.standard(defaultSettings().calendar) };

function finding(sheet: string, cell: string, severity: Finding['severity'], message = '问题'): Finding {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { sheet, row: Number(m[2]), column: m[1], field: null, severity, code: 'date.invalid', message };
}

describe('reading a WPS sheet', () => {
  it('reads the messy ledger with the same findings as the pipeline on the grid itself', async () => {
    const et = new FakeEt();
    addGrid(et, applicationsGrid());
    const host = new WpsHost(et.api());
    const grid = await host.readSheet(applicationsGrid().sheet);
    expect(grid.firstRow).toBe(1);
    // The #N/A of row 20 arrives as COM's integer code and is read back as an error cell.
    expect(grid.rows[19][7]).toEqual({ error: '#N/A' });
    // The JS Date of row 6 is a serial with a date format, as WPS holds it.
    expect(typeof grid.rows[5][2]).toBe('number');
    expect(grid.numberFormats?.[5][2]).toBe('yyyy/m/d');
    const key = (f: Finding) => `${f.row}:${f.column}:${f.code}`;
    const fromWps = validateLedger(grid, options).findings.map(key).sort();
    const fromGrid = validateLedger(applicationsGrid(), options).findings.map(key).sort();
    expect(fromWps).toEqual(fromGrid);
    expect(fromWps.length).toBeGreaterThan(10);
  });

  it('takes Value2 in every shape: a scalar for one cell, rows of a 2-D array', () => {
    expect(valueMatrix('x', 1, 1)).toEqual([['x']]);
    expect(
      valueMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        2,
        2,
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(valueMatrix([5, 6], 2, 1)).toEqual([[5], [6]]);
  });

  it('counts a number as an error only when the cell shows one: the year 2015 stays a number', () => {
    expect(toCell(ERROR_CODES['#DIV/0!'], () => '#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(toCell(2042, () => '#N/A')).toEqual({ error: '#N/A' });
    expect(toCell(2015, () => '2015')).toBe(2015);
    expect(toCell(undefined, () => '')).toBeNull();
  });

  it('reads a one-cell sheet and an empty one', async () => {
    const et = new FakeEt();
    et.addSheet('一格').set(3, 2, { value: '只有一格' });
    et.addSheet('空表');
    const host = new WpsHost(et.api());
    expect((await host.readSheet('一格')).rows).toEqual([['只有一格']]);
    expect(await host.listSheets()).toEqual([
      { name: '一格', rows: 1, columns: 1, ours: false },
      { name: '空表', rows: 0, columns: 0, ours: false },
    ]);
  });

  it('reads changed rows only, one Value2 per run of rows', async () => {
    const et = new FakeEt();
    addGrid(et, applicationsGrid());
    const host = new WpsHost(et.api());
    const rows = await host.readRows(applicationsGrid().sheet, [14, 5, 6], 1, 3);
    expect(rows.map((r) => r.row)).toEqual([5, 6, 14]);
    expect(rows[2].cells).toEqual([9, '2025009', '2025-02-30']);
  });
});

describe('writing sheets', () => {
  it('writes the register as text where text belongs: a leading = never becomes a formula', async () => {
    const et = new FakeEt();
    et.addSheet('台账');
    const register = applicationsRegister();
    (register.records[0] as { content?: string }).content = '=SUM(A1:A9)';
    const host = new WpsHost(et.api());
    const name = await host.writeRegisterSheet(register);
    expect(name).toBe('登记_依申请公开');
    const sheet = et.sheet(name);
    expect(sheet.get(1, 1)).toMatchObject({ value: '源行号', format: '@', bold: true });
    const cells = [...sheet.cells.values()];
    expect(cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(cells.some((c) => c.value === "'=SUM(A1:A9)" && c.format === '@')).toBe(true);
    expect(cells.some((c) => c.format === 'yyyy-mm-dd' && typeof c.value === 'number')).toBe(true);
    // Dropdowns come from the very hidden 代码表.
    expect(et.sheet('代码表').visible).toBe(2);
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(sheet.validations[0].formula).toMatch(/^='代码表'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    expect(await host.writeRegisterSheet(register)).toBe('登记_依申请公开 (2)');
  });

  it('round-trips settings through the readable 设置 sheet', async () => {
    const et = new FakeEt();
    const host = new WpsHost(et.api());
    expect((await host.readSettings()).found).toBe(false);
    const settings = {
      ...defaultSettings(),
      office: { ...defaultSettings().office, name: '上海市普陀区应急管理局', phone: '021-12345678' },
    };
    settings.calendar.offDays = ['2026-02-20'];
    settings.columns = { '2025台账': { receivedDate: 'C' } };
    await host.writeSettings(settings);
    await host.writeSettings(settings);
    expect(et.sheets.map((s) => s.name)).toEqual(['设置']);
    expect(et.sheet('设置').get(2, 2)).toMatchObject({ value: '上海市普陀区应急管理局', format: '@' });
    const read = await host.readSettings();
    expect(read).toEqual({ settings, found: true, findings: [] });
    expect((await host.listSheets())[0].ours).toBe(true);
  });

  it('writes a report sheet with its page setup', async () => {
    const et = new FakeEt();
    const host = new WpsHost(et.api());
    const name = await host.writeReportSheet({
      name: '年报2025',
      rows: [['标题'], ['收到日期', { date: '2025-03-05' }], ['件数', 3]],
      merges: ['A1:B1'],
      boldRows: [0],
      widths: [20, 12],
      print: { landscape: true, repeatRows: { from: 0, to: 1 }, header: '草稿' },
    });
    const sheet = et.sheet(name);
    expect(sheet.get(2, 2)).toMatchObject({ value: 45721, format: 'yyyy-mm-dd' });
    expect(sheet.get(3, 2)).toMatchObject({ value: 3, format: 'General' });
    expect(sheet.merges).toEqual(['A1:B1']);
    expect(sheet.pageSetup).toMatchObject({ Orientation: 2, PaperSize: 9, PrintTitleRows: '$1:$2', CenterHeader: '草稿' });
    expect(isOurSheet(name)).toBe(true);
  });
});

describe('marks', () => {
  function marked() {
    const et = new FakeEt();
    const s = et.addSheet('台账');
    for (let r = 1; r <= 30; r++) for (let c = 1; c <= 6; c++) s.set(r, c, { value: `${r}-${c}` });
    // The user's own yellow fill and own comment.
    s.set(5, 3, { fill: 0x00ffff });
    s.set(7, 4, { comment: '科长：请核对' });
    return { et, s, host: new WpsHost(et.api()) };
  }

  it('fills in BGR with comments, keeps the user comment, and clears exactly its own marks', async () => {
    const { et, s, host } = marked();
    const before = JSON.stringify([...s.cells.entries()]);
    const findings = [
      finding('台账', 'C5', 'error', '日期无效'),
      finding('台账', 'C5', 'warning', '另一问题'),
      finding('台账', 'D7', 'warning'),
      finding('台账', 'C6', 'info'),
    ];
    const outcome = await host.markFindings(findings);
    expect(outcome.cells).toBe(3);
    expect(et.fills().get('台账!C5')).toBe(bgr('#FFC7CE'));
    expect(bgr('#FFC7CE')).toBe(0xcec7ff);
    expect(et.fills().get('台账!C6')).toBe(bgr('#DDEBF7'));
    expect(et.comments().get('台账!C5')).toBe(`${NOTE_PREFIX}日期无效\n另一问题`);
    // D7 has the user's comment: it stays, and the finding is listed on 检查结果.
    expect(et.comments().get('台账!D7')).toBe('科长：请核对');
    expect(outcome.notes).toBe('sheet');
    expect(et.sheet(RESULTS_SHEET).get(1, 1)?.value).toBe('工作表');
    expect(et.sheet(MARKS_SHEET).visible).toBe(2);
    expect((await host.listSheets()).map((x) => x.name)).not.toContain(MARKS_SHEET);

    // A new host (the pane reopened, the workbook reloaded) still clears from the record.
    await new WpsHost(et.api()).clearMarks();
    expect(JSON.stringify([...s.cells.entries()])).toBe(before);
    expect(et.sheets.map((x) => x.name)).toEqual(['台账']);
  });

  it('replaces previous marks when marking again', async () => {
    const { et, host } = marked();
    await host.markFindings([finding('台账', 'A1', 'error')]);
    await host.markFindings([finding('台账', 'B2', 'error')]);
    expect([...et.fills().keys()].sort()).toEqual(['台账!B2', '台账!C5']);
    expect([...et.comments().keys()].sort()).toEqual(['台账!B2', '台账!D7']);
  });

  it('marks 10,000 findings by area, with 2,000 comments and the rest on 检查结果', async () => {
    const et = new FakeEt();
    const s = et.addSheet('台账');
    for (let r = 1; r <= 2100; r++) s.set(r, 1, { value: r });
    const host = new WpsHost(et.api());
    const outcome = await host.markFindings(manyFindings('台账', 10_000));
    expect(outcome).toEqual({ cells: 10_000, notes: 'sheet' });
    expect(et.comments().size).toBe(2000);
    expect(et.fills().size).toBe(10_000);
    await host.clearMarks();
    expect(et.fills().size).toBe(0);
    expect(et.comments().size).toBe(0);
  });
});

describe('live checks', () => {
  it("reports the user's edits and ignores the host's own writes", async () => {
    const et = new FakeEt();
    addGrid(et, applicationsGrid());
    const sheet = applicationsGrid().sheet;
    const host = new WpsHost(et.api());
    const changes: SheetChange[] = [];
    const stop = await host.watchChanges([sheet], (c) => changes.push(c));
    et.userEdit(sheet, 'C14', [['2025-02-28']]);
    et.userEdit(sheet, 'B5:C6', [
      ['x', 'y'],
      ['z', 'w'],
    ]);
    expect(changes).toEqual([
      { sheet, rows: [14] },
      { sheet, rows: [5, 6] },
    ]);
    // Our writes fire SheetChange as well (on this sheet, too): none of them reaches the pane.
    const fired = et.changesFired;
    await host.markFindings([finding(sheet, 'C14', 'error')]);
    await host.writeReportSheet({ name: '年报2025', rows: [['x']] });
    await host.clearMarks();
    expect(et.changesFired).toBeGreaterThan(fired);
    expect(changes).toHaveLength(2);
    // After the quiet time the user's edits count again; other sheets never.
    et.advance(1000);
    et.userEdit(sheet, 'A1:XFD1', [['插入的行']]);
    et.userEdit('年报2025', 'A1', [['y']]);
    expect(changes[2]).toEqual({ sheet, rows: [1], structural: true });
    expect(changes).toHaveLength(3);
    await stop();
    et.userEdit(sheet, 'C15', [['2025-11-21']]);
    expect(changes).toHaveLength(3);
  });

  it('offers no live checks where ApiEvent is missing', () => {
    const et = new FakeEt();
    et.events = false;
    expect(wpsCapabilities(et.api()).liveChecks).toBe(false);
  });
});

describe('selection and delivery', () => {
  it("selects a finding's cell and reports the selected row for notices", async () => {
    const et = new FakeEt();
    et.addSheet('台账');
    et.addSheet('其他');
    const host = new WpsHost(et.api());
    expect(await host.selectedRow()).toBeNull();
    await host.selectCell('台账', 'C5');
    expect(et.active).toBe('台账');
    expect(et.selected).toBe('台账!C5');
    expect(await host.selectedRow()).toEqual({ sheet: '台账', row: 5 });
  });

  it('saves through the save dialog and FileSystem, byte for byte', async () => {
    const et = new FakeEt();
    const host = new WpsHost(et.api());
    expect(host.capabilities.delivery).toEqual(['download', 'sheet']);
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const outcome = await host.deliverFile({ name: 'annual-2025.pdf', bytes, mime: 'application/pdf' });
    expect(outcome).toEqual({ path: 'download', message: '已保存到 /home/user/文档/annual-2025.pdf' });
    expect(Buffer.from(et.files.get('/home/user/文档/annual-2025.pdf')!).equals(Buffer.from(bytes))).toBe(true);
    et.saveAnswer = false;
    expect((await host.deliverFile({ name: 'a.pdf', bytes, mime: 'application/pdf' })).message).toBe('已取消保存。');
  });

  it('falls back to print-ready sheets (输出为PDF) where the client cannot write files', async () => {
    const et = new FakeEt();
    et.fileSystem = false;
    const host = new WpsHost(et.api());
    expect(host.capabilities.delivery).toEqual(['sheet']);
    const outcome = await host.deliverFile({ name: 'a.pdf', bytes: new Uint8Array([1]), mime: 'application/pdf' });
    expect(outcome.path).toBe('sheet');
    expect(outcome.message).toContain('输出为PDF');
  });
});
