import { feeByCount, feeByPages } from '../../../../core/rules/fees';

// 109号文 第四条 (按件, same applicant, one natural month) and 第五条 (按量, one application), 超额累进 (第三条).
describe('feeByCount (按件计收, 第四条)', () => {
  it.each([
    [0, 0],
    [1, 0],
    [10, 0], // (一) 10件以下（含10件）不收费
    [11, 100],
    [12, 200],
    [30, 2000], // (二) 11—30件的部分 100元/件
    [31, 2200],
    [35, 3000],
    [40, 4000], // (三) 31—40件 200元/件
    [41, 4300],
    [50, 7000], // 41—50件 300元/件
    [51, 7400],
    [60, 11000], // 51—60件 400元/件
  ])('%i 件 in a month cost %i 元 in all', (count, amount) => {
    expect(feeByCount(count).amount).toBe(amount);
  });
  it('lists the charged bands for the notice: 35 件 = 20 × 100 + 5 × 200', () => {
    expect(feeByCount(35)).toEqual({
      basis: '按件',
      units: 35,
      amount: 3000,
      article: '第四条',
      bands: [
        { from: 11, to: 30, unitPrice: 100, units: 20, amount: 2000 },
        { from: 31, to: 35, unitPrice: 200, units: 5, amount: 1000 },
      ],
    });
  });
});

describe('feeByPages (按量计收, 第五条)', () => {
  it.each([
    [0, 0],
    [30, 0], // (一) 30页以下（含30页）不收费
    [31, 10],
    [100, 700], // (二) 31—100页的部分 10元/页
    [101, 720],
    [120, 1100],
    [200, 2700], // (三) 101—200页的部分 20元/页
    [201, 2740],
    [250, 4700], // (四) 201页以上的部分 40元/页
  ])('%i 页 cost %i 元', (pages, amount) => {
    expect(feeByPages(pages).amount).toBe(amount);
  });
  it('lists the charged bands: 120 页 = 70 × 10 + 20 × 20', () => {
    expect(feeByPages(120).bands).toEqual([
      { from: 31, to: 100, unitPrice: 10, units: 70, amount: 700 },
      { from: 101, to: 120, unitPrice: 20, units: 20, amount: 400 },
    ]);
  });
});
