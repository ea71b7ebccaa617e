import { asCalendarDate } from '../../../core/dates';
import { validateLedger } from '../../../core/ledger';
import { CatalogueRecord } from '../../../core/register/types';
import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import { ApplicationRecord } from '../../../core/register/types';
import { defaultSettings } from '../../../core/settings/schema';
import { buildNotice } from '../../../reports/documents/notices/model';
import { transferRemark } from '../../../reports/documents/transfer/model';

const today = asCalendarDate('2025-12-31');
// 310104198001010018 fails the GB 11643 check digit (…0017 is right); 91310000MA1FL4XX3Y fails GB 32100.
const BAD_ID = '310104198001010018';

function ledger() {
  return {
    sheet: '依申请公开登记',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['申请编号', '收到日期', '申请人类型', '申请人', '证件类型', '证件号码', '联系电话', '申请方式', '答复日期', '答复类型'],
      ['2025-011', '2025-10-09', '自然人', '张三', '身份证', BAD_ID, '13800138000', '网上申请', '2025-10-20', '予以公开'],
      ['2025-012', '2025-10-10', '自然人', '李四', '身份证', '310104198001010017', '13900139000', '13900139000', '2025-10-21', '予以公开'],
      [
        '2025-013',
        '2025-10-11',
        '商业企业',
        '某某有限公司',
        '统一社会信用代码',
        '91310000MA1FL4XX3Y',
        '021-62345678',
        '邮寄',
        '2025-10-22',
        '予以公开',
      ],
      ['2025-014', '2025-10-13', '自然人', '王五', '身份证', 310104198001010017, '13700137000', '当面', '2025-10-24', '予以公开'],
    ],
  };
}

describe('no full ID or phone number in any finding message (terminal, JSON, 检查结果 sheet)', () => {
  const out = validateLedger(ledger(), { today });
  const text = JSON.stringify(out.findings);

  it('reports the bad numbers at their row and field, masked as on receipts', () => {
    const ids = out.findings
      .filter((f) => f.field === 'idNumber' || f.field === 'channel')
      .map((f) => [f.row, f.field, f.severity, f.code]);
    expect(ids).toEqual([
      [2, 'idNumber', 'warning', 'id.resident.checksum'],
      [3, 'channel', 'error', 'enum.invalid'],
      [4, 'idNumber', 'warning', 'id.creditCode.checksum'],
      [5, 'idNumber', 'warning', 'id.storedAsNumber'],
    ]);
    expect(out.findings.find((f) => f.row === 2 && f.field === 'idNumber')!.message).toContain('3101**********0018');
    expect(out.findings.find((f) => f.row === 3)!.message).toContain('139****9000');
  });

  it('never carries a full ID, credit code or phone number', () => {
    expect(text).not.toMatch(/310104198001010018|310104198001010017|91310000MA1FL4XX3Y|1390013900|13800138000|62345678/);
    expect(text).not.toMatch(/张三|李四|王五/);
  });

  it("keeps the register itself whole (the source values are the office's own data)", () => {
    expect(out.register!.records.map((r) => (r as unknown as { idNumber?: string }).idNumber).slice(0, 3)).toEqual([
      BAD_ID,
      '310104198001010017',
      '91310000MA1FL4XX3Y',
    ]);
  });
});

describe('printed forms mask numbers inside free text', () => {
  it('masks an ID and a phone number typed into 申请内容 on the 登记回执', () => {
    const app = {
      source: { sheet: '依申请公开登记', row: 2 },
      extra: {},
      original: {},
      computed: {},
      appNo: '2025-011',
      receivedDate: today,
      applicantType: '自然人',
      content: '本人身份证310104198001010017名下房屋的征收补偿协议，联系电话13800138000',
    } as ApplicationRecord;
    const settings = defaultSettings();
    settings.office = { ...settings.office, name: '某某街道办事处', address: '某某路1号', phone: '021-12345678', postcode: '200000' };
    const notice = buildNotice(app, 'receipt', {
      settings,
      calendar: WorkCalendar.standard(),
      preset: loadPreset('national'),
      today,
      draft: true,
    });
    const printed = JSON.stringify([notice.fields, notice.paragraphs]);
    expect(printed).toContain('本人身份证3101**********0017名下房屋的征收补偿协议，联系电话138****8000');
    expect(printed).not.toMatch(/310104198001010017|13800138000/);
  });

  it('masks an ID and a phone number typed into a catalogue 备注 on the transfer sheet', () => {
    const item = {
      source: { sheet: '目录', row: 5 },
      extra: {},
      original: {},
      computed: {},
      remarks: '经办人电话13800138000，身份证310104198001010017',
    } as CatalogueRecord;
    expect(transferRemark(item)).toBe('经办人电话138****8000，身份证3101**********0017');
  });
});
