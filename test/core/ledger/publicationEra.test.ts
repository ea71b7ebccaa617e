import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';

describe('late publication names the regulation in force when the item was formed', () => {
  const grid = {
    sheet: '目录',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['信息名称', '生成日期', '公开日期', '公开属性'],
      ['关于甲的通知', '1996-07-17', '2018-12-02', '主动公开'],
      ['关于乙的通知', '2015-03-02', '2015-06-01', '主动公开'],
      ['关于丙的通知', '2025-03-03', '2025-06-03', '主动公开'],
    ],
  };
  const late = validateLedger(grid, { today: asCalendarDate('2025-12-31') }).findings.filter((f) => f.code === 'deadline.publication.late');
  const byRow = (row: number) => late.find((f) => f.row === row)?.message ?? '';

  it('flags all three on publishedDate as errors', () => {
    expect(late.map((f) => [f.row, f.field, f.severity])).toEqual([
      [2, 'publishedDate', 'error'],
      [3, 'publishedDate', 'error'],
      [4, 'publishedDate', 'error'],
    ]);
  });

  it('says an item formed before 2008-05-01 had no statutory period, and a 2015 item fell under the 2008 text', () => {
    expect(byRow(2)).toMatch(/条例》施行（2008-05-01）之前，当时没有法定公开期限/);
    expect(byRow(3)).toMatch(/2008年版条例第十八条/);
    expect(byRow(4)).not.toMatch(/2008/);
    expect(byRow(4)).toMatch(/条例第二十六条/);
  });
});
