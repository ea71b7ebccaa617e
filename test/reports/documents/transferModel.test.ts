import { buildTransferSheet, defaultBatchNo, transferRemark } from '../../../reports/documents/transfer/model';
import { d, item, OFFICE, sampleCatalogue } from './fixtures';

const base = { transferDate: d('2026-04-10'), office: OFFICE };

describe('buildTransferSheet', () => {
  it('gives the archives every undelivered 主动公开 item, whatever its date, when no period is given', () => {
    const m = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '档案馆' });
    expect(m.rows.map((r) => r.indexNo)).toEqual([
      'MB2F1234X/2025-00088',
      'MB2F1234X/2026-00002',
      'MB2F1234X/2026-00003',
      'MB2F1234X/2026-00006',
    ]);
    expect(m.rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(m.countsByAttribute).toEqual({ 主动公开: 4, 依申请公开: 0, 不予公开: 0 });
  });

  it('gives the acceptance centre the 依申请公开 and 不予公开 lists too, each after the 主动公开 items', () => {
    const m = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '受理中心' });
    expect(m.rows.map((r) => r.attribute)).toEqual(['主动公开', '主动公开', '主动公开', '主动公开', '依申请公开', '不予公开']);
    expect(m.countsByAttribute).toEqual({ 主动公开: 4, 依申请公开: 1, 不予公开: 1 });
  });

  it('filters by 生成日期 range, department and attribute', () => {
    const m = buildTransferSheet(sampleCatalogue(), {
      ...base,
      recipient: '受理中心',
      from: d('2026-01-01'),
      until: d('2026-03-31'),
      departments: ['安监科'],
    });
    expect(m.rows.map((r) => r.title)).toEqual(['危险化学品经营许可办理指南（修订）', '2025年度安全生产约谈记录']);
    const onlyPublic = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '受理中心', attributes: ['依申请公开'] });
    expect(onlyPublic.rows.map((r) => r.title)).toEqual(['关于调整局党组成员分工的通知']);
  });

  it('lists already delivered items again only when asked', () => {
    const again = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '图书馆', until: d('2026-01-31'), includeTransferred: true });
    expect(again.rows.map((r) => r.indexNo)).toEqual(['MB2F1234X/2025-00088', 'MB2F1234X/2026-00001', 'MB2F1234X/2026-00002']);
    const not = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '图书馆', until: d('2026-01-31') });
    expect(not.rows.map((r) => r.indexNo)).not.toContain('MB2F1234X/2026-00001');
  });

  it('reports items without an attribute instead of guessing, and items without a date when a period is asked', () => {
    const records = [...sampleCatalogue(), item({ title: '无日期', attribute: '主动公开' })];
    const m = buildTransferSheet(records, { ...base, recipient: '档案馆', from: d('2026-01-01') });
    expect(m.findings.map((f) => f.code).sort()).toEqual(['transfer.attribute.missing', 'transfer.formedDate.missing']);
    expect(m.rows.some((r) => r.title === '无日期' || r.title === '属性未填的文件')).toBe(false);
  });

  it('defaults copies per recipient and keeps the register value when given', () => {
    const m = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '档案馆' });
    expect(m.rows.map((r) => r.copies)).toEqual([2, 3, 2, 2]);
    const c = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '受理中心' });
    expect(c.rows[0].copies).toBe(1);
  });

  it('prints header data from the office and a stable batch number', () => {
    const m = buildTransferSheet(sampleCatalogue(), { ...base, recipient: '档案馆', receiverName: '上海市普陀区档案馆' });
    expect(m).toMatchObject({ sender: '上海市普陀区应急管理局', receiver: '上海市普陀区档案馆', batchNo: '20260410-DA' });
    expect(defaultBatchNo(d('2026-12-01'), '受理中心')).toBe('20261201-SL');
  });
});

describe('transferRemark', () => {
  it('says 废止 for repealed items and keeps the register remark', () => {
    expect(transferRemark(item({ abolishedDate: d('2026-03-01'), remarks: '由新办法替代' }))).toBe('废止；由新办法替代');
    expect(transferRemark(item({ validity: '失效' }))).toBe('废止');
  });
  it('says 变更 for amended items and nothing for plain ones', () => {
    expect(transferRemark(item({ validity: '已修订' }))).toBe('变更');
    expect(transferRemark(item({ remarks: '内容更正' }))).toBe('变更；内容更正');
    expect(transferRemark(item({}))).toBe('');
  });
});

describe('the order of the transfer list', () => {
  const base = { transferDate: d('2026-04-10'), office: OFFICE, recipient: '档案馆' as const };

  it('lists each attribute’s items in 索引号 order, numbers by value, whatever their dates; items without one last', () => {
    const records = [
      item({ indexNo: 'MB2F1234X/2026-100', title: '甲', formedDate: d('2026-01-05'), attribute: '主动公开' }),
      item({ title: '无索引号', formedDate: d('2026-01-01'), attribute: '主动公开' }),
      item({ indexNo: 'MB2F1234X/2026-99', title: '乙', formedDate: d('2026-03-01'), attribute: '主动公开' }),
      item({ indexNo: 'MB2F1234X/2026-101', title: '丙', formedDate: d('2026-02-01'), attribute: '主动公开' }),
      item({ indexNo: 'MB2F1234X/2025-500', title: '丁', formedDate: d('2026-02-20'), attribute: '主动公开' }),
    ];
    const m = buildTransferSheet(records, base);
    expect(m.rows.map((r) => r.title)).toEqual(['丁', '乙', '甲', '丙', '无索引号']);
    expect(m.rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});
