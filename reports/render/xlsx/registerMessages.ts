import { OUR_SHEET_NAMES } from '../../../core/workbook/sheetRoles';

/** Chinese labels of the register workbook, kept together. */
export const registerLabels = {
  sourceSheet: '来源工作表',
  sourceRow: '来源行',
  original: '原始值（规范化前）',
  due: '法定期限',
  workdaysLeft: '剩余工作日',
  status: '状态',
  explanation: '期限说明',
  publicationDue: '公开期限',
  transferDue: '送交期限',
  uncertain: '（节假日数据未覆盖该年份，按周末推算）',
  // The readers hold these sheets apart by name (sheetRoles), so the names come from there.
  codeSheet: OUR_SHEET_NAMES.codes,
  findingsSheet: OUR_SHEET_NAMES.findings,
  findingColumns: ['序号', '严重程度', '工作表', '行', '列', '字段', '代码', '说明', '定位'],
  severity: { error: '错误', warning: '警告', info: '提示' },
  locate: (sheet: string, address: string) => `${sheet}!${address}`,
  notInRegister: '（该行未进入登记表）',
  noteTitle: '检查发现：',
  dropdownError: '请从下拉列表中选择（取值见“代码表”工作表）。',
  dropdownTitle: '取值不在代码表中',
  noFindings: '未发现问题。',
  tooManyColumns: (n: number, letters: string, max: number) =>
    `源表有 ${n} 列放不进登记表（Excel 每个工作表最多 ${max.toLocaleString('en-US')} 列）：${letters}。这些列未写入登记表，内容仍在源文件中；如需保留，请把它们移到另一个工作表再检查。`,
  xmlChars: (label: string, n: number) =>
    `“${label}”中有 ${n} 个 Excel 文件不允许的字符（控制字符、U+FFFE/U+FFFF 或不成对的代理字符），登记表中已删去；源文件未改动，请在源表中删除这些字符。`,
  truncated: (label: string, length: number, max: number) =>
    `“${label}”有 ${length.toLocaleString('en-US')} 个字符，超过 Excel 单元格上限 ${max.toLocaleString('en-US')}，登记表中只保留前 ${max.toLocaleString('en-US')} 个；完整内容仍在源文件中。`,
} as const;
