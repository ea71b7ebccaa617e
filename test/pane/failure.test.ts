import { failureText } from '../../pane/failure';
import { CancelledError, UserError } from '../../core/errors';
import { PresetError } from '../../core/presets';
import { UnreadableWorkbook } from '../../core/workbook/errors';
import { MonthError } from '../../reports/statistics/monthly';
import { ConsolidateError } from '../../reports/statistics/consolidate';
import { DocumentBlockedError } from '../../reports/documents/preconditions';
import { NoticeError } from '../../reports/documents/notices/model';
import { NoticeTemplateError } from '../../reports/documents/notices/templates';
import { FileError } from '../../web/session';
import { UsageError } from '../../cli/exitCodes';
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController } from '../../pane/controller';
import { applicationsGrid, APPLICATIONS_TODAY } from '../fixtures/grids/applications';
import { asCalendarDate } from '../../core/dates';
import { FakeEt, addGrid } from '../wps/fakeEt';
import { readSheetGrid as readWpsSheet } from '../../wps/readSheet';

describe('failureText', () => {
  it('says exactly 已取消。 for a cancel, ours or a DOM abort', () => {
    expect(failureText(new CancelledError())).toBe('已取消。');
    const abort = new Error('The operation was aborted.');
    abort.name = 'AbortError';
    expect(failureText(abort)).toBe('已取消。');
  });

  it('shows every domain error as it is: they are user errors', () => {
    const errors: UserError[] = [
      new PresetError('没有名为“x”的规则预设'),
      new UnreadableWorkbook('xlsx.zip', '文件不是有效的 .xlsx'),
      new MonthError('月份应为 YYYY-MM'),
      new ConsolidateError('没有可汇总的年报'),
      new DocumentBlockedError([]),
      new NoticeError('该申请不能出具此告知书'),
      new NoticeTemplateError('告知书模板有误'),
      new FileError('文件中没有工作表「x」。'),
      new UsageError('缺少文件名'),
    ];
    for (const e of errors) {
      expect(e).toBeInstanceOf(UserError);
      expect(failureText(e)).toBe(e.message);
    }
  });

  it('shows anything else as a bug, with what went wrong', () => {
    expect(failureText(new TypeError('x is undefined'))).toBe('操作未完成：x is undefined');
    expect(failureText('boom')).toBe('操作未完成：boom');
  });
});

describe('cancelling in the add-in', () => {
  it('says exactly 已取消。 when 取消 stops a check of a sheet in Excel', async () => {
    const wb = new FakeWorkbook();
    addGridSheet(wb, applicationsGrid());
    const pane = new PaneController(new ExcelHost(wb.api()), { pdf: jest.fn(), xlsx: jest.fn() }, () => asCalendarDate(APPLICATIONS_TODAY));
    await pane.init('check');
    const checking = pane.check.run(applicationsGrid().sheet);
    pane.check.cancel();
    expect(await checking).toBeUndefined();
    expect(pane.state.message).toEqual({ kind: 'error', text: '已取消。', view: 'check' });
  });
});

describe('cancelling in WPS', () => {
  it('a cancelled read of a WPS sheet is the one CancelledError, so the pane says 已取消。', () => {
    const et = new FakeEt();
    addGrid(et, applicationsGrid());
    const controller = new AbortController();
    controller.abort();
    let thrown: unknown;
    try {
      readWpsSheet(et.api(), applicationsGrid().sheet, { signal: controller.signal });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CancelledError);
    expect(failureText(thrown)).toBe('已取消。');
  });
});
