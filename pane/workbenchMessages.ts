/** Chinese texts of the pane's 工作台 view (the counter, action and remaining-days words come from core/workbench). */
export const WORKBENCH_MSG = {
  title: '工作台',
  empty: '打开含依申请公开台账的工作簿后，这里列出截至所选日期尚未答复的每件申请、它的法定期限和此时可出具的文书。',
  checkAll: '检查全部台账',
  noOpenCases: (today: string) => `截至 ${today} 没有未答复的申请。`,
  received: (date: string) => `收到 ${date}`,
  due: (date: string) => `期限 ${date}`,
  department: (name: string) => `承办 ${name}`,
  select: (appNo: string) => `在工作表中选中 ${appNo}`,
  action: (label: string, appNo: string) => `为 ${appNo} 生成${label}`,
  draft: '生成草稿',
  draftAction: (label: string, appNo: string) => `为 ${appNo} 生成${label}草稿（每页标有“草稿”）`,
  abandoned: '视为放弃，待办结',
  more: (n: number) => `另有 ${n} 件未列出，请在「期限」中按到期先后查看。`,
  uncertain: '（涉及未发布节假日安排的年份，按周末规则推算）',
  why: '为什么是这一天',
} as const;
