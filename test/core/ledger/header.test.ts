import { asCalendarDate } from '../../../core/dates';
import { CellValue, Grid } from '../../../core/grid';
import { validateLedger } from '../../../core/ledger';
import { SettingsSchema } from '../../../core/settings/schema';
import { ApplicationRecord } from '../../../core/register/types';

const today = asCalendarDate('2025-12-01');

function grid(rows: CellValue[][], sheet = '台账'): Grid {
  return { sheet, rows, firstRow: 1, firstColumn: 1 };
}

describe('header detection and mapping', () => {
  it('skips a sheet that is not a register, with a Chinese reason', () => {
    const out = validateLedger(grid([['说明'], ['本工作簿用于登记申请'], ['联系人', '王五']]), { today });
    expect(out.register).toBeUndefined();
    expect(out.skipped).toMatch(/没有找到台账表头/);
  });

  it('does not take two generic columns (备注, 责任科室) for a register', () => {
    const out = validateLedger(
      grid([
        ['责任科室', '备注', '金额'],
        ['办公室', '已报', '100'],
      ]),
      { today },
    );
    expect(out.skipped).toMatch(/没有找到台账表头/);
  });

  it('skips an empty sheet and the 设置 sheet', () => {
    expect(validateLedger(grid([]), { today }).skipped).toMatch(/为空/);
    expect(validateLedger(grid([[null, ' ']]), { today }).skipped).toMatch(/为空/);
    const settings = validateLedger(
      grid(
        [
          ['设置项', '值'],
          ['收到日期', 'C'],
          ['申请人类型', 'D'],
        ],
        '设置',
      ),
      { today },
    );
    expect(settings.register).toBeUndefined();
    expect(settings.skipped).toMatch(/设置/);
  });

  it('reports a duplicate header and keeps the second column as an extra', () => {
    const out = validateLedger(
      grid([
        ['申请编号', '收到日期', '申请人类型', '收到日期', '备注'],
        ['A1', '2025-11-03', '自然人', '2025-11-04', null],
      ]),
      { today },
    );
    const reg = out.register!;
    expect(reg.mapping.receivedDate).toBe('B');
    expect(reg.unmappedHeaders).toEqual({ D: '收到日期' });
    expect(out.findings).toContainEqual(
      expect.objectContaining({ row: 1, column: 'D', field: 'receivedDate', severity: 'warning', code: 'header.duplicate' }),
    );
    expect((reg.records[0] as ApplicationRecord).extra).toEqual({ 收到日期: '2025-11-04' });
  });

  it('lets the low-priority 申请日期 yield quietly to 收到日期, and map when alone', () => {
    const both = validateLedger(
      grid([
        ['申请日期', '收到日期', '申请人类型'],
        ['2025-11-01', '2025-11-03', '自然人'],
      ]),
      { today },
    );
    expect(both.register?.mapping.receivedDate).toBe('B');
    expect(both.findings.filter((f) => f.code === 'header.duplicate')).toEqual([]);
    const alone = validateLedger(
      grid([
        ['申请日期', '申请人类型', '答复日期', '答复类型'],
        ['2025-11-01', '自然人', null, null],
      ]),
      { today },
    );
    expect(alone.register?.kind).toBe('applications');
    expect(alone.register?.mapping.receivedDate).toBe('A');
  });

  it('uses the kind it is given, and says which kind it looked for when it finds none', () => {
    const rows = [
      ['编号', '申请日期', '类型', '结果'],
      ['1', '2025-11-01', '行政复议', '维持'],
    ];
    expect(validateLedger(grid(rows), { today, kind: 'appeals' }).register?.kind).toBe('appeals');
    expect(validateLedger(grid(rows), { today }).register?.kind).toBe('appeals');
    const wrong = validateLedger(grid(rows), { today, kind: 'catalogue' });
    expect(wrong.register).toBeUndefined();
    expect(wrong.skipped).toMatch(/没有找到主动公开目录的表头/);
  });

  it('applies column overrides from settings by letter and by header text', () => {
    const settings = SettingsSchema.parse({
      columns: { '*': { applicantType: '性质' }, 台账: { 收到日期: 'C', 不存在的字段: 'A' } },
    });
    const out = validateLedger(
      grid([
        ['编号', '登记日期', '实际收件', '性质'],
        ['1', '2025-11-01', '2025-11-03', '公民'],
      ]),
      { today, settings },
    );
    const reg = out.register!;
    expect(reg.mapping).toEqual({ appNo: 'A', receivedDate: 'C', applicantType: 'D' });
    expect(reg.unmappedHeaders).toEqual({ B: '登记日期' });
    expect((reg.records[0] as ApplicationRecord).receivedDate).toBe('2025-11-03');
    expect(out.findings).toContainEqual(expect.objectContaining({ code: 'settings.column.unknownField', severity: 'warning' }));
  });

  it('reports a missing required column once for the sheet', () => {
    const out = validateLedger(
      grid([
        ['申请编号', '收到日期', '答复日期'],
        ['1', '2025-11-03', null],
        ['2', '2025-11-04', null],
      ]),
      { today },
    );
    const missing = out.findings.filter((f) => f.code === 'field.missingColumn');
    expect(missing.map((f) => [f.field, f.row, f.severity])).toEqual([
      ['applicantType', 1, 'error'],
      ['resultType', 1, 'error'],
    ]);
    expect(out.findings.filter((f) => f.code === 'field.required')).toEqual([]);
  });

  it('skips a header repeated inside the data (printed page breaks) with a finding', () => {
    const out = validateLedger(
      grid([
        ['申请编号', '收到日期', '申请人类型'],
        ['1', '2025-11-03', '自然人'],
        ['申请编号', '收到日期', '申请人类型'],
        ['2', '2025-11-04', '自然人'],
      ]),
      { today },
    );
    expect(out.register?.records).toHaveLength(2);
    expect(out.findings).toContainEqual(expect.objectContaining({ row: 3, code: 'row.skipped' }));
  });

  it('reports an unknown preset and falls back to the national rules', () => {
    const out = validateLedger(
      grid([
        ['收到日期', '申请人类型'],
        ['2025-11-03', '自然人'],
      ]),
      { today, presetName: 'mars' },
    );
    expect(out.findings[0]).toMatchObject({ code: 'settings.preset.unknown', severity: 'error' });
    expect((out.register?.records[0] as ApplicationRecord).computed.due).toBe('2025-12-01');
  });

  it('flags an ID number stored as a number (Excel dropped its last digits)', () => {
    const out = validateLedger(
      grid([
        ['收到日期', '申请人类型', '身份证号'],
        ['2025-11-03', '自然人', 310104198001010017],
      ]),
      { today },
    );
    expect(out.findings).toContainEqual(expect.objectContaining({ row: 2, column: 'C', code: 'id.storedAsNumber', severity: 'warning' }));
    expect(out.findings.filter((f) => f.code === 'id.resident.checksum')).toEqual([]);
  });

  it('gives each row the value of a data cell merged down over several rows', () => {
    const out = validateLedger(
      {
        sheet: '台账',
        firstRow: 1,
        firstColumn: 1,
        merges: ['C2:C4', 'A5:D5'],
        rows: [
          ['申请编号', '收到日期', '承办科室', '申请人类型'],
          ['1', '2025-11-03', '办公室', '自然人'],
          ['2', '2025-11-04', null, '自然人'],
          ['3', '2025-11-05', null, '自然人'],
          ['说明：第1-3件为同一申请人', null, null, null],
        ],
      },
      { today },
    );
    const recs = out.register!.records as ApplicationRecord[];
    expect(recs.slice(0, 3).map((r) => r.department)).toEqual(['办公室', '办公室', '办公室']);
    expect(out.findings).toContainEqual(
      expect.objectContaining({ row: 2, column: 'C', field: 'department', code: 'cell.mergedFilled', severity: 'info' }),
    );
    expect(out.findings).toContainEqual(expect.objectContaining({ row: 5, code: 'row.skipped' }));
  });

  it('reads placeholders such as ／, — and 无 as empty cells, not as bad dates', () => {
    const out = validateLedger(
      grid([
        ['收到日期', '申请人类型', '补正告知日期', '延期告知日期', '答复日期', '答复类型'],
        ['2025-11-03', '自然人', '／', '—', '无', 'N/A'],
      ]),
      { today },
    );
    expect(out.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const rec = out.register!.records[0] as ApplicationRecord;
    expect(rec.correctionNoticeDate).toBeUndefined();
    expect(rec.replyDate).toBeUndefined();
  });

  it('skips rows that hold only a pre-filled 序号 as empty lines, naming them once', () => {
    const out = validateLedger(
      grid([
        ['序号', '收到日期', '申请人类型'],
        [1, '2025-11-03', '自然人'],
        [2, null, null],
        [3, null, null],
        [4, null, null],
        [5, '2025-11-04', '自然人'],
        [6, null, null],
      ]),
      { today },
    );
    expect(out.register?.records).toHaveLength(2);
    expect(out.register?.dataRows).toBe(2);
    expect(out.register?.blankRows).toBe(4);
    expect(out.findings.filter((f) => f.code === 'row.noData').map((f) => [f.row, f.severity, f.message])).toEqual([
      [3, 'info', '第 3–5 行只有序号等未对应列的内容，没有台账数据，按空行跳过'],
      [7, 'info', '第 7 行只有序号等未对应列的内容，没有台账数据，按空行跳过'],
    ]);
    expect(out.findings.filter((f) => f.code === 'field.required')).toEqual([]);
  });

  it('keeps data in columns without a header, and lists them as unmapped only when they hold data', () => {
    const out = validateLedger(
      grid([
        ['收到日期', null, '申请人类型', '备忘'],
        ['2025-11-03', '加急', '自然人', null, '张科长批示'],
        ['2025-11-04', null, '自然人', '已回访'],
      ]),
      { today },
    );
    const reg = out.register!;
    expect(reg.unmapped).toEqual(['B', 'D', 'E']);
    expect(reg.unmappedHeaders).toEqual({ B: 'B列（无表头）', D: '备忘', E: 'E列（无表头）' });
    expect((reg.records[0] as ApplicationRecord).extra).toEqual({ 'B列（无表头）': '加急', 'E列（无表头）': '张科长批示' });
    expect((reg.records[1] as ApplicationRecord).extra).toEqual({ 备忘: '已回访' });
  });

  it('checks ID numbers by their 证件类型: resident IDs, credit codes, and nothing for a passport', () => {
    const out = validateLedger(
      grid([
        ['收到日期', '申请人类型', '证件类型', '证件号码'],
        ['2025-11-03', '自然人', '居民身份证', '11010519491231002X'],
        ['2025-11-03', '自然人', '居民身份证', '110105194912310021'],
        ['2025-11-03', '商业企业', '统一社会信用代码', '91350100M000100Y43'],
        ['2025-11-03', '商业企业', '营业执照', '91350100M000100Y44'],
        ['2025-11-03', '自然人', '护照', '110105194912310021'],
      ]),
      { today },
    );
    expect(out.findings.filter((f) => f.code.startsWith('id.')).map((f) => [f.row, f.column, f.severity, f.code])).toEqual([
      [3, 'D', 'warning', 'id.resident.checksum'],
      [5, 'D', 'warning', 'id.creditCode.checksum'],
    ]);
  });

  it('takes the sub-type of a bare 法人或其他组织 from its own column when the ledger has one', () => {
    const out = validateLedger(
      grid([
        ['收到日期', '申请人类型', '法人或其他组织类型'],
        ['2025-11-03', '法人或其他组织', '律师事务所'],
        ['2025-11-03', '法人或其他组织', null],
        ['2025-11-03', '自然人', null],
      ]),
      { today },
    );
    const recs = out.register!.records as ApplicationRecord[];
    expect(recs.map((r) => r.applicantType)).toEqual(['法律服务机构', undefined, '自然人']);
    expect(recs[0].original.applicantType).toBe('法人或其他组织');
    expect(out.findings.filter((f) => f.severity !== 'info').map((f) => [f.row, f.column, f.code])).toEqual([
      [3, 'B', 'applicant.subtype.missing'],
    ]);
  });
});
