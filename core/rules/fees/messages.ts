/** Chinese wording of a fee computation as the 收费通知书 prints it (109号文 第三、四、五条). */
export const FEE_TEXT = {
  byCountRule: '10件以下（含10件）的不收费；11—30件（含30件）的部分100元/件；31件以上的部分以10件为一档，每增加一档，收费标准提高100元/件',
  byPagesRule: '30页以下（含30页）的不收费；31—100页（含100页）的部分10元/页；101—200页（含200页）的部分20元/页；201页以上的部分40元/页',
  byCount: (year: number, month: number, position: number, rule: string) =>
    `按件计收（《政府信息公开信息处理费管理办法》第四条，超额累进）：您于${year}年${month}月累计提出政府信息公开申请${position}件，本申请为第${position}件。收费标准为同一申请人一个自然月内${rule}。`,
  byPages: (pages: number, rule: string) =>
    `按量计收（《政府信息公开信息处理费管理办法》第五条，超额累进）：本申请需提供的政府信息共${pages}页。收费标准为${rule}。`,
  band: (from: number, to: number, units: number, unit: string, price: number, amount: number) =>
    `第${from}—${to}${unit} ${units}${unit}×${price}元=${amount}元`,
  countTotal: (bands: string, total: number, position: number, share: number) =>
    `本月累计应收：${bands}，合计${total}元；本申请（第${position}件）应缴纳${share}元。`,
  pagesTotal: (bands: string, total: number) => `计算：${bands}，合计${total}元。`,
  free: '未超过免费范围，不收费。',
} as const;
