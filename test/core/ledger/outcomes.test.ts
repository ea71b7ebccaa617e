import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { ApplicationRecord } from '../../../core/register/types';

const today = asCalendarDate('2025-12-31');
const HEADER = ['申请编号', '收到日期', '申请人类型', '申请内容', '答复日期', '答复类型', '答复依据'];

/** A 街道 ledger of answers written the ways offices write them. */
function ledger() {
  return {
    sheet: '依申请公开登记',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      HEADER,
      ['2025-031', '2025-09-01', '自然人', '某路段拆迁补偿方案', '2025-09-15', '予以公开，不予公开（国家秘密）', null],
      ['2025-032', '2025-09-01', '商业企业', '2024年道路养护合同', '2025-09-15', '予以公开；不予公开（涉及商业秘密）', null],
      ['2025-033', '2025-09-02', '自然人', '居委会换届选举材料', '2025-09-16', '部分予以公开，部分不予公开', '部分内容涉及个人隐私'],
      ['2025-034', '2025-09-02', '自然人', '旧区改造会议纪要', '2025-09-16', '部分予以公开，部分不予公开', null],
      ['2025-035', '2025-09-03', '自然人', '某小区加装电梯审批', '2025-09-17', '不予公开', '领导要求暂不公开'],
      ['2025-036', '2025-09-03', '其他', '街道年度预算执行', '2025-09-17', '不予公开', '暂时无法公开'],
      ['2025-037', '2025-09-04', '自然人', '违建拆除相对人名单', '2025-09-18', '不予公开', '条例第十五条'],
      ['2025-038', '2025-09-04', '自然人', '垃圾分类考核', '2025-09-18', '不予公开；无法提供', null],
      ['2025-039', '2025-09-05', '法律服务机构', '街道2024年政府信息公开工作年度报告', '2025-09-19', '予以公开', null],
      ['2025-040', '2025-09-05', '自然人', '社区工作者招聘', '2025-09-19', '部分公开', '按本科室内部规定不公开'],
      ['2025-041', '2025-09-08', '自然人', '防汛应急预案', '2025-09-22', '不予公开', '条例第十四条'],
      ['2025-042', '2025-09-08', '自然人', '街道办公用房分配', '2025-09-22', '予以公开、其余不予公开（内部事务信息）', null],
    ],
  };
}

describe('answers: outcomes and their grounds', () => {
  const out = validateLedger(ledger(), { today });
  const records = out.register!.records as ApplicationRecord[];
  const byRow = (row: number) => records.find((r) => r.source.row === row)!;
  const alarms = out.findings.filter((f) => f.severity !== 'info').map((f) => [f.row, f.field, f.severity, f.code]);

  it('reads a granted and a withheld part, however written, as 部分公开 with the withheld reason', () => {
    expect(byRow(2)).toMatchObject({
      resultType: '部分公开',
      resultRow: 'partial',
      resultReason: '国家秘密',
      original: { resultType: '予以公开，不予公开（国家秘密）' },
    });
    expect(byRow(3)).toMatchObject({ resultType: '部分公开', resultRow: 'partial', resultReason: '涉及商业秘密' });
    expect(byRow(4)).toMatchObject({ resultType: '部分公开', resultRow: 'partial', resultReason: '部分内容涉及个人隐私' });
    expect(byRow(13)).toMatchObject({ resultType: '部分公开', resultRow: 'partial', resultReason: '内部事务信息' });
  });

  it('says in an info finding how each combined answer was read', () => {
    const infos = out.findings.filter((f) => f.code === 'result.combined');
    expect(infos.map((f) => [f.row, f.field, f.severity])).toEqual([
      [2, 'resultType', 'info'],
      [3, 'resultType', 'info'],
      [4, 'resultType', 'info'],
      [5, 'resultType', 'info'],
      [13, 'resultType', 'info'],
    ]);
    expect(infos[0].message).toBe(
      '答复“予以公开，不予公开（国家秘密）”含“予以公开”和“不予公开”两部分，按“部分公开”计入年度报告（表三：区分处理的，只计部分公开）；不予公开部分的理由按“国家秘密”',
    );
  });

  it('reports every answer without a lawful ground as an error, at its row and field', () => {
    expect(alarms).toEqual([
      [5, 'resultReason', 'error', 'result.partial.noReason'],
      [6, 'resultReason', 'error', 'result.ground.unlawful'],
      [7, 'resultReason', 'error', 'result.ground.unlawful'],
      [9, 'resultType', 'error', 'result.ambiguous'],
      [11, 'resultReason', 'error', 'result.ground.unlawful'],
      [12, 'resultReason', 'error', 'result.reason.missing'],
    ]);
  });

  it('names the grounds that exist when refusing one', () => {
    const msg = out.findings.find((f) => f.row === 7 && f.code === 'result.ground.unlawful')!.message;
    expect(msg).toContain('“暂时无法公开”不是条例规定的不予公开理由');
    expect(msg).toContain('条例第十五条：涉及商业秘密');
    expect(msg).toContain('条例第三十六条第（七）项');
    expect(out.findings.find((f) => f.row === 5 && f.code === 'result.partial.noReason')!.message).toContain('条例第三十七条');
    expect(out.findings.find((f) => f.row === 12)!.message).toContain('条例第十四条');
  });

  it('counts an article number alone when it names one table 三 row (第十五条 → 保护第三方合法权益)', () => {
    expect(byRow(8)).toMatchObject({ resultType: '不予公开', resultRow: 'deny_3rdparty' });
  });

  it('leaves two outcomes with nothing granted unread, keeping what was typed', () => {
    expect(byRow(9).resultType).toBeUndefined();
    expect(byRow(9).original.resultType).toBe('不予公开；无法提供');
  });

  it('keeps clean rows clean', () => {
    for (const row of [2, 3, 4, 8, 10, 13]) expect(out.findings.filter((f) => f.row === row && f.severity !== 'info')).toEqual([]);
  });
});

describe('a 不予公开 answer whose reason is another outcome', () => {
  it('is an error naming the grounds of a refusal, not counted as 不予公开', () => {
    const out = validateLedger(
      {
        sheet: '登记',
        firstRow: 1,
        firstColumn: 1,
        rows: [
          ['申请编号', '收到日期', '申请人类型', '答复日期', '答复类型', '答复依据'],
          ['2025-050', '2025-09-01', '自然人', '2025-09-12', '不予公开', '信息不存在'],
        ],
      },
      { today },
    );
    expect(out.findings.filter((f) => f.severity !== 'info').map((f) => [f.row, f.field, f.severity, f.code])).toEqual([
      [2, 'resultReason', 'error', 'result.ground.unlawful'],
    ]);
    expect((out.register!.records[0] as ApplicationRecord).resultRow).toBeUndefined();
  });
});
