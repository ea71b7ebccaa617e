/** Chinese wording of the notice reader (国务院节假日安排通知), kept together. */
export const noticeMessages = {
  noYear: '通知中找不到年份：标题应写成“国务院办公厅关于YYYY年部分节假日安排的通知”，或另行指定年份',
  yearRange: (year: number) => `${year} 年不在日历可计算的范围（1900–2199 年）内`,
  yearMismatch: (title: number, given: number) => `通知标题的年份是 ${title} 年，与指定的年份 ${given} 年不一致，请核对`,
  noArrangement: '通知中没有找到放假或调休上班的安排（如“一、元旦：1月1日放假”），请粘贴通知全文',
  noMonth: (token: string) => `“${token}”没有写月份，前面也没有可沿用的月份`,
  badDate: (token: string) => `“${token}”不是有效日期`,
  weekday: (token: string, written: string, date: string, actual: string) =>
    `“${token}”标注为${written}，但 ${date} 是${actual}；年份或日期可能有误`,
  lunar: (token: string, written: string, date: string) => `“${token}”标注为${written}，但 ${date} 不是${written}；年份或日期可能有误`,
  unread: (clause: string) => `看不懂“${clause}”：应写明哪些日期放假或上班（如“5月1日至5日放假调休”“4月27日（周日）上班”）`,
  rangeBackwards: (from: string, to: string) => `日期范围 ${from} 至 ${to} 的结束早于开始`,
  count: (written: number, counted: number) => `写明“共${written}天”，但所列日期共 ${counted} 天，请核对`,
  extensionStart: (holiday: string, to: string) => `无法确定${holiday || '假期'}延长至 ${to} 的起点：请先导入原放假安排通知`,
  conflict: (date: string) => `${date} 既写为放假又写为上班`,
  line: (line: number, text: string, message: string) => `第 ${line} 行“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”：${message}`,
};
