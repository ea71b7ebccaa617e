/** Every Chinese string of the task pane, in one place. Texts that differ by face take the host's capabilities. */
import type { HostCapabilities, NoteKind } from './host';

/** The face a text is for: what `kind` and `label` of the host's capabilities say. */
export type Face = Pick<HostCapabilities, 'kind' | 'label' | 'program'>;

/** The spreadsheet program the pane runs in ('Excel', 'WPS 表格'), or null on the page (a file opened from disk). */
export function programName(face: Face): string | null {
  // The WPS host is an 'excel'-kind host (same sheet operations): its capabilities name the program.
  return face.kind === 'file' ? null : (face.program ?? 'Excel');
}

const MONTH = (month: string) => `${month.slice(0, 4)} 年 ${Number(month.slice(5, 7))} 月`;

const NOTE_WHERE: Record<NoteKind, string> = { notes: '单元格备注', comments: '单元格批注', sheet: '「检查结果」工作表' };

export const MSG = {
  appName: '政务公开台账助手',
  views: { workbench: '工作台', check: '检查', deadlines: '期限', reports: '报表', forms: '表单', settings: '设置' },
  cancelled: '已取消。',
  failed: (detail: string) => `操作未完成：${detail}`,
  noSheet: '工作簿中没有可检查的工作表。',
  skipped: (sheet: string, reason: string) => `「${sheet}」未作为台账检查：${reason}`,
  checked: (sheet: string, rows: number, errors: number, warnings: number, infos: number) =>
    `「${sheet}」已检查 ${rows} 行：错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} 个。`,
  marked: (cells: number, notes: NoteKind) => `已在原表标注 ${cells} 个单元格，说明写在${NOTE_WHERE[notes]}。按「清除标注」可全部去除。`,
  cleared: '已清除本助手添加的全部标注，原表其他格式未改动。',
  checkFirst: '请先检查一个台账工作表。',
  registerWritten: (name: string, face: Face) =>
    face.kind === 'file' ? `已下载登记表工作簿 ${name}，原文件未改动。` : `已将登记表写入新工作表「${name}」，原表未改动。`,
  reportFirst: '请先生成年报。',
  annualWritten: (year: number, sheet: string, excluded: number, failed: number, incomplete: string | undefined, face: Face) =>
    (face.kind === 'file' ? `${year} 年年报统计表已下载为 ${sheet}。` : `${year} 年年报统计表已写入「${sheet}」。`) +
    (excluded > 0 ? `有 ${excluded} 条记录无法统计（见检查结果）。` : '') +
    (incomplete ? `${incomplete}。` : failed > 0 ? `勾稽关系有 ${failed} 项未通过。` : '勾稽关系全部通过。'),
  // 月报 (报表)
  monthLabel: '月份',
  monthlyButton: '生成月报统计表',
  monthlyFirst: '请先生成月报。',
  /** A month box left empty or not YYYY-MM (`detail`: the model's own reason); nothing is written. */
  badMonth: (month: string, detail: string) => (month.trim() === '' ? '请先选择月份（例如 2025-03）' : detail) + '，未生成月报。',
  /** The month's figures, in the status line and under the 月报 buttons. */
  monthlySummary: (m: { received: number; answered: number; open: number; overdue: number }, monthEnd: string) =>
    `本月收到申请 ${m.received} 件，办结 ${m.answered} 件；月末（${monthEnd}）未办结 ${m.open} 件，其中已逾期 ${m.overdue} 件。`,
  /** What the month's statistics leave out: records without their date, receipts no 收到 figure counts. */
  monthlyLeftOut: (excluded: number, notCounted: number) =>
    (excluded > 0 ? `有 ${excluded} 条记录缺少统计所需日期，未计入（见检查结果）。` : '') +
    (notCounted > 0 ? `本年有 ${notCounted} 件申请未计入收到数（原因见统计表下的统计口径）。` : ''),
  monthlyWritten: (month: string, sheet: string, face: Face) =>
    face.kind === 'file' ? `${MONTH(month)}月报统计表已下载为 ${sheet}。` : `${MONTH(month)}月报统计表已写入「${sheet}」。`,
  /** The check date stays: the month was counted as of its end for this report only. */
  monthlyAsOf: (monthEnd: string, checkDate: string) =>
    monthEnd === checkDate ? '' : `按月末 ${monthEnd} 统计；检查日期仍为 ${checkDate}。`,
  useSheet: (sheet: string, face: Face) =>
    `此版本的 ${programName(face) ?? '表格软件'} 无法从任务窗格保存文件：统计表已在工作表「${sheet}」中，请用 文件 > 另存为 / 打印。`,
  noCatalogue: '没有已检查的主动公开目录：请先在「检查」中检查目录工作表。',
  selectRow: '请先在依申请公开台账中选中一条申请所在的行。',
  blocked: (problems: string) => `不能出具正式文书：\n${problems}\n补全后再生成；只需核对内容时可点「生成草稿」（每页标有“草稿”）。`,
  noApplicationAt: (sheet: string, row: number) => `「${sheet}」第 ${row} 行不是已检查台账中的申请记录：请先检查该工作表并选中数据行。`,
  settingsSaved: '设置已保存到「设置」工作表。',
  settingsBadDates: (days: string) => `日期格式不正确：${days}（应为 YYYY-MM-DD）。已填写的内容仍在，改正后再保存。`,
  printSheet: (sheet: string, face: Face) =>
    face.kind === 'file' ? `已下载工作簿 ${sheet}，打开后可打印或导出 PDF。` : `已写入工作表「${sheet}」，可用 文件 > 打印 或 导出 PDF。`,
  /** The 写入工作表 button: on the page the sheet is a downloaded workbook. */
  writeSheetLabel: (face: Face) => (face.kind === 'file' ? '下载工作簿（.xlsx）' : '写入工作表'),
  /** What 生成年报统计表 did, shown in the 报表 view. */
  annualWhere: (sheet: string, face: Face) => (face.kind === 'file' ? `已下载 ${sheet}。` : `已写入工作表「${sheet}」。`),
  xlsxLabel: '下载 .xlsx 工作簿',
  progress: (read: number, total: number) => `正在读取 ${read} / ${total} 行…`,
  severity: { error: '错误', warning: '警告', info: '提示' },
  noField: '整表',
  liveOn: '实时检查已开启：修改台账后自动重新检查改动的行。',
  liveOff: (face: Face) =>
    face.kind === 'file'
      ? '页面检查的是打开时的文件内容：修改并保存原文件后，请重新打开该文件再检查。'
      : `此版本的 ${programName(face) ?? ''} 不支持实时检查，修改后请按「重新检查」。`,
  deadlineGroups: { overdue: '已逾期', dueSoon: '3 个工作日内到期', inProgress: '办理中' },
  why: '为什么是这一天',
  daysLeft: (n: number | undefined) => (n === undefined ? '' : n < 0 ? `已逾期 ${-n} 个工作日` : `剩余 ${n} 个工作日`),
  uncertain: '（涉及未发布节假日安排的年份，按周末规则推算）',
  noDeadlines: '没有未办结的申请。请先在「检查」中检查依申请公开台账。',
  // 按哪一天检查 (检查, 期限, 工作台)
  checkDate: (date: string) => `按哪一天检查：${date}`,
  checkDateLabel: '按哪一天检查',
  checkDateSet: (date: string) => `已按 ${date} 重新检查：期限、提示和文书日期都按这一天。`,
  notToday: (today: string) => `所选日期不是今天（${today}）：检查、期限和文书的日期都按所选日期。`,
  backToToday: '回到今天',
  // 列对应关系
  mappingSummary: (headerRow: number, kind: string) => `列对应关系（表头在第 ${headerRow} 行，${kind}）`,
  mappingHint:
    '为每个字段选择它所在的列（旁边是该列的表头和前两个值），改完按「应用」一次保存到「设置」工作表并重新检查；「还原」恢复自动识别。',
  mappingAuto: '（自动识别）',
  mappingNone: '（无）',
  mappingColumn: (letter: string, header: string) => (header ? `${letter} · ${header}` : letter),
  mappingApply: '应用',
  mappingRestore: '还原自动识别',
  mappingSaved: (n: number) => `已保存 ${n} 项列对应关系并重新检查。`,
  mappingRestored: '已还原为自动识别的列对应关系并重新检查。',
  mappingUnchanged: '列对应关系没有改动。',
  mappingBadColumn: (letters: string) => `“${letters}”不是列字母（应为 A–XFD 中的字母，如 C），列对应关系未改动。`,
  mappingSamples: (values: string) => (values ? `例：${values}` : '该列前两行为空'),
};
