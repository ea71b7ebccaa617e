import { maskFreeText } from '../../../../core/rules/identifiers';

describe('maskFreeText: ID-like and phone-like numbers inside 申请内容 / 备注, masked as on receipts', () => {
  it.each([
    ['本人身份证310104198001010017，申请查询房屋征收补偿', '本人身份证3101**********0017，申请查询房屋征收补偿'],
    ['证件号31010419800101001x（旧证310104800101001）', '证件号3101**********001x（旧证3101*******1001）'],
    ['本公司统一社会信用代码91310000MA1FL4XX3X', '本公司统一社会信用代码9131**********XX3X'],
    ['联系电话13800138000', '联系电话138****8000'],
    ['手机 138 0013 8000 或 +86-13912345678', '手机 138****8000 或 139****5678'],
    ['座机021-62345678', '座机021****5678'],
  ])('%s', (text, masked) => {
    expect(maskFreeText(text)).toBe(masked);
  });

  it.each([
    ['请提供2025年3月5日（20250305）街道会议纪要'],
    ['索引号MB2F300040/2025-00004，文号沪府规〔2023〕5号'],
    ['补偿款共计1234567元'],
    ['银行账号6222021234567890123'],
  ])('leaves dates, 文号, 索引号, amounts and longer numbers as written: %s', (text) => {
    expect(maskFreeText(text)).toBe(text);
  });
});
