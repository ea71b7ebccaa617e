import { buildConfirmationSlip } from '../../../reports/documents/confirmation/model';
import { confirmationSlipDefinition, portalStatement } from '../../../reports/documents/confirmation/definition';
import { buildTransferSheet } from '../../../reports/documents/transfer/model';
import { d, item, OFFICE, sampleCatalogue } from './fixtures';
import { pdfFonts, renderAndRead } from './pdfTools';

jest.setTimeout(60_000);

const sheetFor = (records = sampleCatalogue()) =>
  buildTransferSheet(records, {
    recipient: '受理中心',
    transferDate: d('2026-04-10'),
    office: OFFICE,
    receiverName: '普陀区政府信息公开受理中心',
    from: d('2026-01-01'),
    until: d('2026-03-31'),
  });

describe('buildConfirmationSlip', () => {
  it('counts the delivered items by attribute and compares 主动公开 with the portal', () => {
    const slip = buildConfirmationSlip(sheetFor(), { principal: OFFICE.principal });
    expect(slip.countsByAttribute).toEqual({ 主动公开: 2, 依申请公开: 1, 不予公开: 1 });
    expect(slip.total).toBe(4);
    expect(slip).toMatchObject({ delivered: 2, published: 2, consistent: true, findings: [] });
    expect(portalStatement(slip)).toBe(
      '本单位确认：本次报送的主动公开政府信息 2 件，与区政府门户网站发布的主动公开政府信息 2 件数量一致。',
    );
  });

  it('says plainly when an item sent as 主动公开 is not on the portal yet', () => {
    const records = [...sampleCatalogue(), item({ title: '未上网的通知', formedDate: d('2026-03-30'), attribute: '主动公开' })];
    const slip = buildConfirmationSlip(sheetFor(records), { principal: '' });
    expect(slip).toMatchObject({ delivered: 3, published: 2, consistent: false });
    expect(slip.findings.map((f) => f.code)).toEqual(['transfer.portal.mismatch']);
    expect(portalStatement(slip)).toContain('数量不一致，差额 1 件');
  });

  it('takes the portal count the office entered over the register count', () => {
    const slip = buildConfirmationSlip(sheetFor(), { principal: '', portalCount: 5 });
    expect(slip).toMatchObject({ published: 5, consistent: false });
  });
});

describe('confirmation slip PDF', () => {
  it('matches the snapshot', () => {
    expect(confirmationSlipDefinition(buildConfirmationSlip(sheetFor(), { principal: OFFICE.principal }))).toMatchSnapshot();
  });

  it('prints period, counts, the portal statement with both numbers, signature line, seal area and date', async () => {
    const slip = buildConfirmationSlip(sheetFor(), { principal: OFFICE.principal, date: d('2026-04-12') });
    const pdf = await renderAndRead(confirmationSlipDefinition(slip), 'confirmation-slip');
    for (const phrase of [
      '政府信息公开确认单',
      '移交期间：2026年1月1日至2026年3月31日',
      '公开属性件数',
      '主动公开2',
      '依申请公开1',
      '不予公开1',
      '合计4',
      '本次报送的主动公开政府信息2件，与区政府门户网站发布的主动公开政府信息2件数量一致',
      '单位主要负责人（签字）：',
      '（王建国）',
      '（单位盖章）',
      '日期：2026年4月12日',
    ]) {
      expect(pdf.flat).toContain(phrase);
    }
    expect(pdfFonts(pdf.file).every((f) => f.embedded && f.subset)).toBe(true);
  });
});
