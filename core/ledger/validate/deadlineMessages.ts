/** Chinese wording of the ledger's reply-clock findings that the clock itself does not word. */
export const deadlineFindingMessages = {
  intervalInvalid: (text: string, reason: string) =>
    `征求意见记录“${text}”无法识别：${reason}。请写成“开始日期至结束日期”，多段用“；”分隔，如 2025-03-10至2025-03-20；其他机关：2025-04-01至2025-04-08`,
  oldRegime: '（2019-05-15前收到，适用2008年版条例第二十四条：15个工作日，延长不超过15个工作日）',
  extensionNoNotice: (days: number) =>
    `登记了延期${days}个工作日但没有延期告知日期：延期须在原答复期限届满前告知申请人（条例第三十三条第二款），请补填`,
  delayNoNotice: (to: string) => `登记了延迟答复期限 ${to} 但没有告知申请人的日期（条例第三十五条），请补填延迟答复告知日期`,
  correctionAfterPeriod: (received: string, until: string) =>
    `补正收到日期 ${received} 晚于补正期限 ${until}：申请人有正当理由的可以继续办理，否则视为放弃申请（条例第三十条），请在备注中说明`,
} as const;
