/** Chinese wording of the deadline explanations and problems, kept together. */

/** How the explanation names 国办函〔2020〕109号. Its article on the payment window was not confirmed, so none is cited. */
export const FEE_RULE = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';
/** 第四十二条 allows the fee; 109号文 sets the notice and the 20-working-day payment window. */
export const FEE_ARTICLES = `条例第四十二条、${FEE_RULE}`;
/** 第三十五条: a later reasonable date for a request that cannot be answered within 第三十三条. */
export const DELAY_ARTICLE = '条例第三十五条';

export const deadlineMessages = {
  regime: (name: string, days: number, max: number, article: string) =>
    `适用${name}：${days}个工作日内答复，延长最长${max}个工作日（${article}）`,
  received: (date: string, weekday: string, note: string, article?: string) =>
    `收到申请 ${date}（${weekday}${note}${article ? `；${article}` : ''}）`,
  periodStart: (label: string, date: string, weekday: string, note: string) => `${label} ${date}（${weekday}${note}）`,
  restDayNote: '，休息日',
  makeupDayNote: '，调休上班日',
  correction: (date: string, weekday: string, article: string) =>
    `${date}（${weekday}）收到补正后的申请，期限自此重新起算，此前的时间均不计（${article}）`,
  nextDay: '次日起算',
  pause: (from: string, to: string, reason: string, days: number, article: string) =>
    `暂停计时 ${from}次日至${to}${reason ? `（${reason}）` : ''}，其间${days}个工作日不计入（${article}）`,
  consultation: (label: string, from: string, to: string, capped: boolean, window: number, days: number, article: string) =>
    `${label} ${from}次日至${to}${capped ? `（对方${window}个工作日内未答复，计至期满）` : ''}，其间${days}个工作日不计入（${article}）`,
  fee: (from: string, to: string, paid: boolean, days: number, article: string) =>
    `收费通知 ${from}次日至${paid ? '缴费' : '缴费期限届满'} ${to}，其间${days}个工作日不计入（${article}；收费是否暂停计时以本单位设置为准）`,
  pauseVoided: (label: string, from: string, to: string, article: string) =>
    `${label} ${from}次日至${to}在收到补正后的申请之前，不计（${article}）`,
  pauseAfterDue: (label: string, from: string, due: string, article: string) =>
    `${label}自 ${from} 开始，已晚于当时的答复期限 ${due}：期限届满后不能再暂停计时，不计入（${article}）`,
  extension: (days: number, notice: string | undefined, article: string) =>
    `${notice ? `${notice}告知申请人，` : ''}延长答复期限${days}个工作日（${article}）`,
  extensionCapped: (days: number, max: number, article: string) =>
    `延期${days}个工作日超过最长${max}个工作日，只计${max}个工作日（${article}）`,
  extensionLateStep: (notice: string, due: string, days: number, article: string) =>
    `${notice}才告知延期，晚于原答复期限 ${due}，延期${days}个工作日不计入（${article}）`,
  delay: (to: string, notice: string | undefined) =>
    `延迟答复：${notice ? `${notice}告知申请人，` : ''}答复期限定为 ${to}（${DELAY_ARTICLE}）`,
  delayNotLater: (to: string, due: string) => `延迟答复期限 ${to} 不晚于法定答复期限 ${due}，仍以法定期限为准（${DELAY_ARTICLE}）`,
  delayLateStep: (notice: string, due: string) => `${notice}才告知延迟答复，晚于答复期限 ${due}，不予采用（${DELAY_ARTICLE}）`,
  offRun: (from: string, to: string, name: string) => `${from === to ? from : `${from}至${to}`}${name}不计`,
  makeupRun: (dates: string[], name: string) => `${dates.join('、')}${name}计入`,
  holidaySuffix: '假期',
  makeupName: '调休上班',
  officeOffName: '本单位调整休息',
  officeWorkName: '本单位调整上班',
  noHolidays: '期间无节假日调整，仅周六、周日不计',
  uncertain: (years: number[], statutory: string[], estimated: string[]) =>
    `${years.join('、')}年的国务院节假日安排尚未发布：` +
    (statutory.length > 0 ? `${statutory.join('、')}为法定节假日（全国年节及纪念日放假办法），确定不计；` : '') +
    (estimated.length > 0 ? `${estimated.join('、')}按补假惯例推算不计；` : '') +
    `其余按周一至周五计算，调休上班日无法预知，结果待核实`,
  due: (n: number, date: string, article: string) => `第${n}个工作日 ${date}（${article}）`,
  dueSum: (parts: string, n: number, date: string, article: string) => `${parts}，即第${n}个工作日 ${date}（${article}）`,
  replyArticle: '条例第三十三条',
  repliedOnTime: (date: string) => `${date} 答复，按期办结`,
  repliedLate: (date: string, days: number) => `${date} 答复，超过期限${days}个工作日，逾期办结`,
  correctionNeverReceived: (date: string, article: string) => `${date} 办结：申请人未补正，答复期限未重新起算，不计逾期（${article}）`,
  left: (today: string, days: number) => `截至 ${today} 还剩${days}个工作日`,
  overdue: (today: string, days: number) => `截至 ${today} 已超过期限${days}个工作日`,
  pending: (state: string) => `当前状态：${state}`,
  correctionWaiting: (notice: string, until: string, days: number, article: string) =>
    `${notice}告知补正，补正期限 ${until}（${days}个工作日，${article}）；收到补正后的申请前答复期限不起算`,
  correctionAbandoned: (until: string, article: string) => `补正期限 ${until} 已过仍未补正，视为放弃申请（${article}）：逾期不补正`,
  feeWaiting: (notice: string, until: string, days: number) =>
    `${notice}发出收费通知，缴费期限 ${until}（收到通知次日起${days}个工作日，${FEE_RULE}）`,
  feeAbandoned: (until: string) => `缴费期限 ${until} 已过仍未缴费，视为放弃申请（${FEE_RULE}）：逾期未缴费`,
  consultWaiting: (label: string, until: string, article: string) => `${label}中，对方答复期限 ${until}（${article}）`,
  abandonedClosed: (date: string, state: string) => `${date} 办结（${state}，视为放弃申请），不计逾期`,
  extensionTooLong: (days: number, max: number, article: string) =>
    `延长期限${days}个工作日超过${article}规定的最长${max}个工作日，超出部分不延长期限，请核对延期告知`,
  extensionLate: (notice: string, due: string, article: string) =>
    `延期告知日期 ${notice} 晚于原答复期限 ${due}：期限届满后不能再延长（${article}），答复按原期限判断`,
  extensionNegative: (days: number) => `延长期限不能为负数（收到 ${days}），已按 0 计算`,
  daysInvalid: (days: number, fallback: number) => `答复期限应为正整数个工作日（收到 ${days}），已按 ${fallback} 个工作日计算`,
  pauseInvalid: (from: string, to: string) => `暂停计时区间 ${from}..${to} 的结束日期早于开始日期，已忽略，请核对`,
  pauseAfterDueProblem: (label: string, from: string, due: string) =>
    `${label}自 ${from} 开始，此时答复期限 ${due} 已届满，不能暂停计时，该段时间不计入；请核对日期或尽快答复`,
  consultLateReply: (label: string, replied: string, cap: string, window: number, article: string) =>
    `${label}的答复 ${replied} 晚于收到征求意见后${window}个工作日（${cap}）：${cap} 起本机关即可依法作出决定（${article}），此后的时间不暂停计时`,
  delayLate: (notice: string, due: string) =>
    `延迟答复告知日期 ${notice} 晚于答复期限 ${due}，延迟答复期限不予采用（${DELAY_ARTICLE}），请核对`,
  delayNotLaterProblem: (to: string, due: string) => `延迟答复期限 ${to} 不晚于法定答复期限 ${due}，按法定期限判断，请核对`,
  correctionBeforeReceived: (corr: string, received: string) => `补正收到日期 ${corr} 早于收到申请日期 ${received}，请核对`,
  correctionAbandonedProblem: (until: string) =>
    `补正期限 ${until} 已过，申请人未补正，视为放弃申请（条例第三十条）：请将答复类型登记为“其他处理—申请人无正当理由逾期不补正”并填写办结日期`,
  feeAbandonedProblem: (until: string) =>
    `缴费期限 ${until} 已过，申请人未缴费，视为放弃申请（${FEE_RULE}）：请将答复类型登记为“其他处理—申请人逾期未按收费通知要求缴纳费用”并填写办结日期`,
  thirdPartyLabel: '征求第三方意见',
  agencyLabel: '征求其他机关意见',
  consultingLabel: '征求意见',
  feeLabel: '收费',
  pauseLabel: '暂停计时',
} as const;
