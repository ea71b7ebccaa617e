/** Chinese wording of the monthly report (月度报表). */
export const MONTHLY_TEXT = {
  title: (office: string, month: string) => {
    const [y, m] = month.split('-');
    return `${office}${y}年${Number(m)}月政府信息公开工作月度统计`;
  },
  tableHeading: '一、本月分科室情况',
  chartHeading: (year: string) => `二、${year}年各月收到与办结申请情况`,
  notesHeading: '统计口径',
  department: '承办科室',
  catalogueGroup: '主动公开目录',
  applicationGroup: '依申请公开',
  answersGroup: '本月答复类型',
  catalogue: ['本月生成', '本月公开', '按期公开率', '平均公开用时（工作日）'] as const,
  applications: ['本月收到', '本月办结', '月末未办结', '其中已逾期', '按期办结率'] as const,
  received: '收到',
  answered: '办结',
  monthLabel: (m: number) => `${m}月`,
  chartCaption: '单位：件',
  gridStep: (n: number) => `每格 ${n} 件`,
  seriesMonth: '月份',
  sheet: '月度报表',
  /** The print-ready sheet a host adds (core/workbook/sheetRoles knows the 月报 prefix as ours). */
  sheetName: (month: string) => `月报${month}`,
  seriesSheet: '各月收到与办结',
} as const;
