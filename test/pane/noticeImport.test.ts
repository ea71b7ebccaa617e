import * as fs from 'node:fs';
import * as path from 'node:path';
import { FakeWorkbook } from '../addin/fakeExcel';
import { addGridSheet } from '../addin/gridSheet';
import { ExcelHost } from '../../addin/excel/excelHost';
import { PaneController, type Loaders } from '../../pane/controller';
import { previewNotice } from '../../pane/noticeImport';
import { applicationsGrid } from '../fixtures/grids/applications';
import { WorkCalendar } from '../../core/calendar';
import { asCalendarDate } from '../../core/dates';
import { defaultSettings } from '../../core/settings/schema';

const notice2026 = fs.readFileSync(path.join(__dirname, '../fixtures/notices/2026.txt'), 'utf8');
// Not a published notice (2027's is not out yet): written the way the notices are.
const notice2027 =
  '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。';

describe('粘贴国务院节假日安排通知 — the preview', () => {
  it('shows each holiday with its days off and make-up workdays before anything is saved', () => {
    const p = previewNotice(notice2026, defaultSettings());
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.heading).toBe('2026 年：放假 33 天（含周末），调休上班 6 天。');
    expect(p.lines[0]).toBe('元旦：放假 01-01至01-03（3天）；上班 01-04（周日）');
    expect(p.lines[1]).toBe('春节：放假 02-15至02-23（9天）；上班 02-14（周六）、02-28（周六）');
    expect(p.settings.calendar.notices.map((n) => n.year)).toEqual([2026]);
  });
  it('lists the lines it cannot read and offers nothing to save', () => {
    const p = previewNotice(`${notice2027}\n三、清明节：4月5日（周二）放假。`, defaultSettings());
    expect(p).toEqual({
      ok: false,
      lines: ['通知中有 1 处无法读取，未保存任何日期：', expect.stringMatching(/^第 4 行：.*2027-04-05 是周一/)],
    });
    expect(previewNotice('  ', defaultSettings())).toEqual({ ok: false, lines: ['请先粘贴通知全文。'] });
  });
  it('uses the year field when the pasted text has no title', () => {
    const body = notice2027.split('\n').slice(1).join('\n');
    expect(previewNotice(body, defaultSettings()).ok).toBe(false);
    expect(previewNotice(body, defaultSettings(), '2027')).toMatchObject({ ok: true, year: 2027 });
  });
});

describe('粘贴国务院节假日安排通知 — saving through the host', () => {
  it('writes the 设置 sheet; read back, the year is covered', async () => {
    const wb = new FakeWorkbook();
    addGridSheet(wb, applicationsGrid());
    const loaders = {} as Loaders;
    const host = new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' });
    const pane = new PaneController(host, loaders, () => asCalendarDate('2026-12-01'));
    await pane.init();
    const p = previewNotice(notice2027, pane.state.settings);
    if (!p.ok) throw new Error(p.lines.join('\n'));
    await pane.settings.save(p.settings);

    const reopened = new PaneController(
      new ExcelHost(wb.api('web'), { download: () => undefined, baseUrl: 'https://127.0.0.1/' }),
      loaders,
      () => asCalendarDate('2026-12-01'),
    );
    await reopened.init();
    expect(reopened.state.settingsFindings).toEqual([]);
    expect(reopened.state.settings.calendar.notices).toEqual(p.settings.calendar.notices);
    const calendar = WorkCalendar.standard(reopened.state.settings.calendar);
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.isWorkday(asCalendarDate('2027-02-20'))).toBe(true);
  });
});
