import { describeFee, feeByCount, feeByPages } from '../../../../core/rules/fees';

describe('describeFee (the computation a 收费通知书 prints)', () => {
  it('按件: the applicant’s month, this application’s place, the schedule, the charged bands and its share', () => {
    const text = describeFee({ basis: '按件', month: '2025-06', position: 31, computation: feeByCount(31), amount: 200 });
    expect(text).toContain('第四条');
    expect(text).toContain('您于2025年6月累计提出政府信息公开申请31件，本申请为第31件');
    expect(text).toContain('10件以下（含10件）的不收费');
    expect(text).toContain('第11—30件 20件×100元=2000元；第31—31件 1件×200元=200元，合计2200元；本申请（第31件）应缴纳200元');
  });
  it('按量: the pages and each band', () => {
    const text = describeFee({ basis: '按量', month: '2025-06', computation: feeByPages(201), amount: 2740 });
    expect(text).toContain('第五条');
    expect(text).toContain('第31—100页 70页×10元=700元；第101—200页 100页×20元=2000元；第201—201页 1页×40元=40元，合计2740元');
  });
  it('within the free allowance it says so', () => {
    expect(describeFee({ basis: '按件', month: '2025-06', position: 10, computation: feeByCount(10), amount: 0 })).toMatch(
      /未超过免费范围，不收费。$/,
    );
  });
});
