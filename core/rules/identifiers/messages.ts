/** Chinese wording of the identifier checks, kept together. */
export const identifierMessages = {
  empty: '号码为空',
  residentLength: (n: number) => `居民身份证号码应为18位（或旧式15位），实际${n}位`,
  residentChars: '居民身份证号码只能由数字组成，最后一位可为X',
  residentProvince: (code: string) => `前两位“${code}”不是有效的省级行政区划代码`,
  residentBirth: (text: string) => `出生日期码“${text}”不是有效日期`,
  residentFuture: (date: string) => `出生日期 ${date} 晚于今天`,
  residentTooOld: (date: string) => `出生日期 ${date} 早于1800年，请核对`,
  residentCheck: (expected: string, actual: string) => `校验码应为“${expected}”，实际为“${actual}”，号码可能有误`,
  creditLength: (n: number) => `统一社会信用代码应为18位，实际${n}位`,
  creditChars: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）或结构不符（第3–8位应为行政区划数字）',
  creditCheck: (expected: string, actual: string) => `校验码应为“${expected}”，实际为“${actual}”，代码可能有误`,
  creditDepartment: (c: string) => `登记管理部门代码“${c}”不常见，请核对`,
  creditOrgCode: '第9–17位不符合组织机构代码的校验规则，请核对',
  indexNoDuplicate: (no: string, count: number) => `索引号“${no}”出现${count}次，应唯一`,
  indexNoTemplate: (template: string) => `索引号模板“${template}”中没有序号占位符 {seq}`,
} as const;
