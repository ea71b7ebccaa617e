/** Chinese messages of the notice model (findings and errors). */
export const NOTICE_MESSAGES = {
  missing: (title: string, name: string) => `《${title}》缺少“${name}”，打印件中留空待手填；请在台账中补全。`,
  dateToday: (title: string, date: string) => `台账中没有《${title}》的发文日期，落款日期取 ${date}。`,
  extensionAssumed: '台账未填延期工作日数，按20个工作日（条例第三十三条第二款上限）计算新的答复期限。',
  uncertain: (title: string) =>
    `《${title}》中的日期涉及尚未收录国务院节假日安排的年份：已扣除法定节假日，逢周末的补假为估计，调休上班日不可知，请核对。`,
  // Which answer to print: said without a face's controls (the CLI adds its --type, see NoticeError.code).
  noResult: (appNo: string) =>
    `申请 ${appNo} 尚无答复类型，无法确定答复书的种类；请在台账“答复类型”列填写（如 予以公开、不予公开、不掌握）。`,
  ambiguousResult: (appNo: string, type: string) =>
    `申请 ${appNo} 的答复类型为“${type}”，但未写明具体情形（答复依据），无法确定答复书的种类；请在台账中补全答复依据。`,
  groundUnknown: (reason: string) => `不予公开的理由“${reason}”不属于条例规定的八种情形之一，答复书按原文打印；请核对法律依据。`,
  noReceived: (appNo: string) => `申请 ${appNo} 没有收到日期，无法计算期限。`,
} as const;
