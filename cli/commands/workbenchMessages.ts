/** Chinese texts of `ogi workbench` (the labels of counters, columns and actions come from core/workbench). */
export const workbenchCliMessages = {
  summary: '工作台：今天要办的申请（逾期、到期、办理中、补正中……）及每件可出具的文书',
  checkDate: (today: string, given: boolean) =>
    `按 ${today} 检查${given ? '（--today 指定）' : '（今天，北京时间；可用 --today 指定另一天）'}`,
  counter: (label: string, n: number) => `${label} ${n}`,
  group: (label: string, n: number) => `${label}（${n} 件）`,
  columns: ['申请编号', '申请人', '内容', '承办科室', '收到日期', '法定期限', '剩余'] as const,
  actions: (labels: string) => `可办：${labels}`,
  uncertain: '（期限涉及未收录的节假日安排，待核实）',
  abandoned: '视为放弃，待办结',
  none: (today: string) => `截至 ${today} 没有未办结的申请。`,
} as const;

export const WORKBENCH_USAGE = `ogi workbench FILE… [--today YYYY-MM-DD] [--preset NAME] [--settings FILE] [--json]

工作台：列出依申请公开台账中截至某日尚未答复的每件申请——申请编号、申请人（自然人已遮蔽）、内容、
承办科室、收到日期、法定期限、剩余或逾期的工作日——按已逾期、今日到期、3个工作日内到期、办理中、
补正中、征求意见中、待缴费分组，并写明每件此时可出具的文书（答复书；到期前的延期告知；收到后7个工作日内的
补正告知；到期前的征求意见书）。期限与 ogi check、ogi deadline 同一算法。源文件只读。

参数 Flags:
  --today DATE       按该日检查（默认今天，北京时间）
  --preset NAME      规则预设（默认取设置中的 preset，否则 national）
  --settings FILE    设置文件（JSON，与工作簿“设置”工作表同一格式）
  --json             在标准输出只打印一个 JSON 文档：{ today, counters, rows }

退出码 Exit codes: 0 无逾期；1 有已逾期的申请；2 文件无法使用或参数有误`;
