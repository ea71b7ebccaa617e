/** Chinese wording of `ogi deadline` (that of `ogi calendar` is in calendarMessages.ts). */
export const DEADLINE_USAGE = `ogi deadline — 计算依申请公开答复期限（条例第三十三条）并说明计算过程

用法 Usage:
  ogi deadline --received YYYY-MM-DD [参数]

参数 Flags:
  --received YYYY-MM-DD              法定收到申请日期（必填；条例第三十一条）。2019-05-15 前收到的
                                     自动适用 2008 年版条例（15 个工作日，延长不超过 15 个工作日）
  --days N                           答复期限的工作日数（默认取规则预设，一般为 20）
  --correction-notice YYYY-MM-DD     告知补正的日期：补正期限内为“补正中”，期满未补正为“逾期不补正”（条例第三十条）
  --correction-received YYYY-MM-DD   收到补正后申请的日期：期限自此重新起算，此前的暂停不计（条例第三十条）
  --consultation [其他机关:]FROM..TO  征求意见区间 (FROM, TO]：TO 为对方答复日期，可省略（尚未答复）；
                                     最多计至对方收到后 15 个工作日（条例第三十二条、第三十四条）；可重复
  --fee-notice YYYY-MM-DD            发出收费通知的日期（条例第四十二条、国办函〔2020〕109号；缴费期限 20 个工作日）
  --fee-paid YYYY-MM-DD              申请人缴费的日期（与 --fee-notice 同用）
  --pause FROM..TO                   其他暂停计时区间 (FROM, TO]；可重复（条例第三十三条第三款）
  --extension N                      经批准延长的工作日数（最长 20，条例第三十三条第二款）
  --extension-notice YYYY-MM-DD      告知申请人延期的日期：晚于原答复期限的延期不计入
  --delay-to YYYY-MM-DD              延迟答复的合理期限（条例第三十五条）：答复按此日期判断
  --delay-notice YYYY-MM-DD          告知申请人延迟答复的日期（与 --delay-to 同用）
  --replied YYYY-MM-DD               答复日期（用于判断按期/逾期办结）
  --today YYYY-MM-DD                 以哪一天判断状态（默认今天，北京时间）
  --pending 补正中|征求意见中|待缴费   当前处于等待状态
  --preset NAME                      规则预设（national、shanghai、changning 等）
  --settings FILE                    设置 JSON（本单位调休、收费是否暂停计时、补正期限天数等）
  --json                             以 JSON 输出：{"start","due","uncertain","status","regulation","steps",…}
  --help                             显示本帮助

示例 Example:
  ogi deadline --received 2025-09-26 --consultation 2025-10-13..2025-10-20 --extension 20 --extension-notice 2025-10-27

退出码 Exit codes: 0 正常；1 已计算但发现错误（如延期超过 20 个工作日或告知晚于原期限）；2 参数或日期无法使用
`;

export const deadlineCliMessages = {
  receivedMissing: '缺少必填参数 --received（法定收到申请日期，YYYY-MM-DD）',
  pauseFormat: (value: string) => `--pause 应写成 起始日期..结束日期（如 2025-10-13..2025-10-20），收到“${value}”`,
  consultationFormat: (value: string, reason?: string) =>
    `--consultation 应写成 开始日期..答复日期（如 2025-10-13..2025-10-20；其他机关写成 其他机关:2025-10-13..2025-10-20；尚未答复可省略答复日期），收到“${value}”${reason ? `：${reason}` : ''}`,
  feePaidAlone: '--fee-paid 需要与 --fee-notice（发出收费通知的日期）一起使用',
  delayNoticeAlone: '--delay-notice 需要与 --delay-to（延迟答复的期限）一起使用',
  extensionNoticeAlone: '--extension-notice 需要与 --extension（延长的工作日数）一起使用',
  regulation: (id: string) =>
    id === '2008' ? '适用：2008年版《政府信息公开条例》（2019-05-15前收到）' : '适用：《政府信息公开条例》（2019年修订）',
  pendingInvalid: (value: string) => `--pending 只能是 补正中、征求意见中 或 待缴费，收到“${value}”`,
  due: (date: string, weekday: string) => `答复期限：${date}（${weekday}）`,
  start: (date: string) => `起算日：${date}（次日起算）`,
  status: (status: string) => `状态：${status}`,
  workdaysLeft: (n: number) => (n >= 0 ? `剩余工作日：${n}` : `已超期工作日：${-n}`),
  lateBy: (n: number) => `逾期工作日：${n}`,
  uncertain: '注意：期间涉及尚未收录国务院节假日安排的年份：法定节假日已扣除，逢周末的补假为估计，周末调休上班日尚不可知，结果待核实。',
  steps: '计算过程：',
  problem: (severity: string, message: string) => `${severity === 'error' ? '错误' : severity === 'warning' ? '警告' : '提示'}：${message}`,
  preset: (label: string) => `规则预设：${label}`,
} as const;
