/** Help and messages of `ogi calendar` (Chinese, with the English flag names), kept together. */
export const CALENDAR_HELP = `ogi calendar — 查看某年的法定节假日和调休上班日，以及该年是否已收录；导入国务院节假日安排通知

用法 Usage:
  ogi calendar --year YYYY [--settings FILE] [--json]
  ogi calendar --from-notice FILE [--year YYYY] [--settings FILE] [--settings-out FILE] [--json]

参数 Flags:
  --year YYYY            年份（查看时必填；导入通知时仅在通知没有标题时需要）
  --settings FILE        设置 JSON（其中导入过的通知、本单位调整一并计入）
  --from-notice FILE     国务院办公厅关于YYYY年部分节假日安排的通知 的文本（UTF-8 或 GBK）
  --settings-out FILE    把通知的安排写入（或合并进）该设置 JSON，之后给任何命令 --settings FILE 即视为该年已收录
  --off-day DATE         本单位额外休息日，可重复
  --workday DATE         本单位额外上班日，可重复
  --json                 以 JSON 输出：{"year","covered","offDays","workdays"}（workdays 仅列调休上班日；
                         导入通知时另有 "source"；未收录年份另有 "provisional" 列出每天是法定还是估计）
  --help                 显示本帮助

未收录的年份：法定节假日（全国年节及纪念日放假办法）确定不上班，逢周末的按节后第一个工作日估计补假；
周末调休上班日无法预知，不作推测。

退出码 Exit codes: 0 正常；2 参数或通知文本无法使用（无法读取的行会逐行指出）
`;

export const calendarCliMessages = {
  yearMissing: '缺少必填参数 --year（四位年份），或用 --from-notice 导入通知',
  yearInvalid: (value: string) => `--year 应为 1000–9999 之间的四位年份，收到“${value}”`,
  yearCovered: (year: number) => `${year} 年：已收录国务院节假日安排。`,
  yearImported: (year: number, source: string) => `${year} 年：已收录国务院节假日安排（导入的通知：${source}）。`,
  yearNotCovered: (year: number, first: number, last: number) =>
    `${year} 年：尚未收录国务院节假日安排（已收录 ${first}–${last} 年）。法定节假日确定不上班；逢周末的按节后第一个工作日估计补假；周末调休上班日待通知公布，相关期限均标注为“待核实”。`,
  offDaysTitle: '放假（不计入工作日）：',
  workdaysTitle: '调休上班（计入工作日）：',
  none: '  （无）',
  kind: { statutory: '法定', estimated: '估计补假' } as Record<string, string>,
  noticeUnreadable: (file: string, reason: string) => `--from-notice 文件“${file}”无法读取：${reason}`,
  noticeProblems: (file: string, count: number) => `通知“${file}”中有 ${count} 处无法读取，未导入任何日期（请核对后重试）：`,
  noticeRead: (title: string, year: number, off: number, work: number) =>
    `已读取${title ? `《${title}》` : '通知'}：${year} 年放假 ${off} 天（含周末），调休上班 ${work} 天。`,
  settingsWritten: (file: string, year: number) =>
    `已把 ${year} 年的安排写入设置文件 ${file}；之后使用 --settings ${file} 即视为该年已收录。`,
  settingsOutUnwritable: (file: string, reason: string) => `--settings-out 文件“${file}”无法写入：${reason}`,
} as const;
