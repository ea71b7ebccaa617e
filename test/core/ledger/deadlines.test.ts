import { asCalendarDate } from '../../../core/dates';
import { CellValue, Grid } from '../../../core/grid';
import { validateLedger } from '../../../core/ledger';
import { ApplicationRecord, CatalogueRecord } from '../../../core/register/types';
import { SettingsSchema } from '../../../core/settings/schema';

const today = asCalendarDate('2025-12-31');
const APP_HEADER = [
  '申请编号',
  '收到日期',
  '申请人类型',
  '补正告知日期',
  '征求意见日期',
  '征求意见答复日期',
  '收费通知日期',
  '缴费日期',
  '延期工作日',
  '答复日期',
  '答复类型',
  '答复依据',
];

function apps(rows: CellValue[][]): Grid {
  return { sheet: '台账', rows: [APP_HEADER, ...rows], firstRow: 1, firstColumn: 1 };
}

describe('deadline rules on application rows', () => {
  it('does not call a closing answer late when the requested correction never came', () => {
    const out = validateLedger(
      apps([
        ['1', '2025-09-01', '自然人', '2025-09-05', null, null, null, null, null, '2025-11-20', '其他处理', '申请人无正当理由逾期不补正'],
      ]),
      { today },
    );
    const rec = out.register!.records[0] as ApplicationRecord;
    expect(out.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(rec.computed.status).toBe('按期办结');
    expect(rec.resultRow).toBe('other_nocorrect');
  });

  it('pauses the clock while a third party is consulted, up to its 15 working days when it never answers', () => {
    const out = validateLedger(
      apps([
        ['1', '2025-11-03', '自然人', null, '2025-11-05', null, null, null, null, '2025-12-10', '予以公开', null],
        ['2', '2025-11-03', '自然人', null, '2025-11-05', '2025-11-12', null, null, null, '2025-12-10', '予以公开', null],
        ['3', '2025-11-03', '自然人', null, null, null, null, null, null, '2025-12-10', '予以公开', null],
      ]),
      { today },
    );
    const [silent, answered, none] = out.register!.records as ApplicationRecord[];
    expect(silent.computed).toMatchObject({ due: '2025-12-22', status: '按期办结' });
    expect(answered.computed).toMatchObject({ due: '2025-12-08', status: '逾期办结' });
    expect(none.computed).toMatchObject({ due: '2025-12-01', status: '逾期办结' });
    expect(out.findings.filter((f) => f.code === 'deadline.reply.late').map((f) => f.row)).toEqual([3, 4]);
  });

  it('counts the fee window as a pause unless the settings turn it off', () => {
    const rows = [['1', '2025-11-03', '自然人', null, null, null, '2025-11-10', '2025-11-17', null, '2025-12-05', '予以公开', null]];
    const paused = validateLedger(apps(rows), { today });
    expect((paused.register!.records[0] as ApplicationRecord).computed.due).toBe('2025-12-08');
    expect(paused.findings.filter((f) => f.code === 'deadline.reply.late')).toEqual([]);
    const settings = SettingsSchema.parse({ feePausesClock: false });
    const notPaused = validateLedger(apps(rows), { today, settings });
    expect((notPaused.register!.records[0] as ApplicationRecord).computed.due).toBe('2025-12-01');
    expect(notPaused.findings).toContainEqual(
      expect.objectContaining({ row: 2, field: 'replyDate', code: 'deadline.reply.late', severity: 'error' }),
    );
  });

  it('judges a case received under the old 条例 (before 2019-05-15) by its 15 working days, and says so', () => {
    const out = validateLedger(
      apps([
        ['1', '2019-03-01', '自然人', null, null, null, null, null, null, '2019-03-22', '予以公开', null],
        ['2', '2019-03-01', '自然人', null, null, null, null, null, null, '2019-03-29', '予以公开', null],
      ]),
      { today },
    );
    expect(out.findings.map((f) => [f.row, f.field, f.severity, f.code])).toEqual([[3, 'replyDate', 'error', 'deadline.reply.late']]);
    expect(out.findings[0].message).toContain('适用2008年版条例第二十四条：15个工作日');
    const [onTime, late] = out.register!.records as ApplicationRecord[];
    expect(onTime.computed).toMatchObject({ due: '2019-03-22', status: '按期办结' });
    expect(late.computed).toMatchObject({ due: '2019-03-22', status: '逾期办结' });
    expect(late.computed.steps?.[0]).toMatch(/^适用2008年施行的《中华人民共和国政府信息公开条例》（旧条例）：15个工作日内答复/);
  });

  it('warns when a result is filled in without a reply date', () => {
    const out = validateLedger(apps([['1', '2025-12-20', '自然人', null, null, null, null, null, null, null, '予以公开', null]]), {
      today,
    });
    expect(out.findings.filter((f) => f.severity !== 'info').map((f) => [f.row, f.field, f.column, f.severity, f.code])).toEqual([
      [2, 'replyDate', 'J', 'warning', 'result.noReplyDate'],
    ]);
  });

  it('reports an extension longer than 20 working days on extensionDays', () => {
    const out = validateLedger(
      apps([['1', '2025-09-01', '自然人', null, null, null, null, null, '30个工作日', '2025-10-20', '予以公开', null]]),
      { today },
    );
    expect(out.findings.filter((f) => f.severity !== 'info').map((f) => [f.row, f.field, f.column, f.severity, f.code])).toEqual([
      [2, 'extensionDays', 'I', 'error', 'deadline.extension.tooLong'],
    ]);
  });

  it('marks a case about to fall due as an info, not a warning', () => {
    const out = validateLedger(apps([['1', '2025-12-01', '自然人', null, null, null, null, null, null, null, null, null]]), { today });
    expect((out.register!.records[0] as ApplicationRecord).computed).toMatchObject({ due: '2025-12-29', status: '已逾期' });
    const soon = validateLedger(apps([['1', '2025-12-03', '自然人', null, null, null, null, null, null, null, null, null]]), { today });
    expect(soon.findings.map((f) => [f.code, f.severity])).toEqual([['deadline.reply.soon', 'info']]);
    expect((soon.register!.records[0] as ApplicationRecord).computed.workdaysLeft).toBe(0);
  });
});

describe('deadline rules on catalogue rows under the changning preset', () => {
  const grid: Grid = {
    sheet: '目录',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['信息名称', '生成日期', '公开属性', '公开日期', '送交日期'],
      ['甲通知', '2025-03-03', '主动公开', '2025-03-10', '2025-03-20'],
      ['乙通知', '2025-03-03', '主动公开', '2025-03-24', '2025-04-15'],
    ],
  };
  const out = validateLedger(grid, { today, presetName: 'changning' });

  it('warns past the 10-day publication target and the 20-day delivery to the archives', () => {
    const got = out.findings.map((f) => [f.row, f.field, f.severity, f.code]);
    expect(got).toEqual([
      [3, 'publishedDate', 'warning', 'deadline.publication.target'],
      [3, 'transferredDate', 'warning', 'deadline.transfer.late'],
    ]);
    const rec = out.register!.records[1] as CatalogueRecord;
    expect(rec.computed).toMatchObject({ publicationDue: '2025-03-31', transferDue: '2025-03-31' });
  });
});

describe('submission and publication after submission under the kuancheng preset', () => {
  it('warns on a late submission and a late publication after it, each on its own date', () => {
    const out = validateLedger(
      {
        sheet: '目录',
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ['信息名称', '生成日期', '报送日期', '公开日期', '公开属性'],
          ['甲通知', '2025-03-03', '2025-03-10', '2025-03-12', '主动公开'],
          ['乙通知', '2025-03-03', '2025-04-01', '2025-04-10', '主动公开'],
        ],
      },
      { today, presetName: 'kuancheng' },
    );
    const got = out.findings.map((f) => [f.row, f.field, f.column, f.severity, f.code]);
    expect(got).toEqual([
      [3, 'publishedDate', 'D', 'error', 'deadline.publication.late'],
      [3, 'submittedDate', 'C', 'warning', 'deadline.submission.late'],
      [3, 'publishedDate', 'D', 'warning', 'deadline.publishAfterSubmission.late'],
    ]);
    expect(out.findings[1].message).toContain('报送日期 2025-04-01 晚于各单位报送新产生的政府信息期限 2025-03-24');
  });
});

describe('the other periods of a preset on application rows (changning)', () => {
  it('reports a late platform entry, a late third-party answer and a late payment, each on its own date', () => {
    const out = validateLedger(
      {
        sheet: '台账',
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ['收到日期', '申请方式', '申请人类型', '平台录入日期', '征求意见日期', '征求意见答复日期', '收费通知日期', '缴费日期'],
          ['2025-11-03', '当面', '自然人', '2025-11-07', null, null, null, null],
          ['2025-11-03', '网络', '自然人', '2025-11-07', null, null, null, null],
          ['2025-11-03', '当面', '自然人', '2025-11-04', '2025-11-05', '2025-12-10', '2025-11-10', '2025-12-15'],
        ],
      },
      { today, presetName: 'changning' },
    );
    const got = out.findings
      .filter((f) => f.code !== 'deadline.reply.soon' && f.code !== 'deadline.reply.overdue')
      .map((f) => [f.row, f.field, f.column, f.severity, f.code]);
    expect(got).toEqual([
      [2, 'platformEntryDate', 'D', 'warning', 'deadline.platformEntry.late'],
      [4, 'consultReplyDate', 'F', 'info', 'deadline.thirdPartyReply.late'],
      [4, 'feePaidDate', 'H', 'warning', 'deadline.feePayment.late'],
    ]);
    expect(out.findings.find((f) => f.code === 'deadline.platformEntry.late')?.message).toContain(
      '平台录入日期 2025-11-07 晚于非网络申请录入依申请公开平台期限 2025-11-05',
    );
  });
});
