/** Chinese wording of the calendar, kept together. */
export const calendarMessages = {
  invalidOverride: (date: string) => `节假日调整中的日期“${date}”不是有效的 YYYY-MM-DD 日期，已忽略`,
};
