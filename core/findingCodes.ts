import type { Severity } from './findings';

/** What the catalogue says about one finding code. */
export interface FindingSpec {
  /** The severity the finding is raised with (the usual one when `severityFrom` is set). */
  readonly severity: Severity;
  /** Set when the severity is chosen elsewhere: by the preset's period, or by where the problem is found. */
  readonly severityFrom?: 'preset' | 'place';
  /** Chinese: the finding in a few words; the full message (with the numbers and the fix) is built by the feature's messages.ts. */
  readonly title: string;
  /** One line of documentation: when the finding is raised. */
  readonly doc: string;
}

/**
 * Every finding code, in the order core/ledger/README.md lists them (a test keeps the two equal).
 * Codes are dotted and stable: the CLI's JSON, the 检查结果 sheet and the pane all carry them.
 */
export const FINDINGS = {
  // Reading a workbook or CSV file (core/workbook)
  'file.encoding.gbk': {
    severity: 'info',
    title: '文件按 GBK 编码读取',
    doc: 'A CSV file without a UTF-8 BOM that is not UTF-8 was read as GBK.',
  },
  'file.encoding.bomMismatch': {
    severity: 'warning',
    title: '文件开头的编码标记与内容不符',
    doc: 'A CSV file starts with a UTF-8 BOM but its bytes are GBK; it was read as GBK.',
  },
  'file.encoding.invalid': {
    severity: 'warning',
    title: '文件含无法识别的字符',
    doc: 'A CSV file is neither valid UTF-8 nor GBK; unreadable bytes became replacement characters.',
  },
  'csv.quote.unclosed': { severity: 'warning', title: 'CSV 引号未闭合', doc: 'A quoted CSV field runs to the end of the file.' },
  'sheet.skipped': { severity: 'info', title: '工作表已跳过', doc: 'A chart sheet or dialog sheet holds no cells and was skipped.' },
  'sheet.name.duplicate': { severity: 'warning', title: '工作表重名', doc: 'Two sheets of a workbook carry the same name.' },
  'cell.sharedString.missing': {
    severity: 'error',
    title: '单元格引用的文字不存在',
    doc: 'A cell refers to a shared string the workbook does not have.',
  },
  'cell.error': {
    severity: 'error',
    severityFrom: 'place',
    title: '单元格是公式错误值',
    doc: 'A cell holds #N/A, #VALUE! …: an error on a ledger field, a warning on an extra column or when read from a workbook.',
  },
  'cell.text.tooLong': {
    severity: 'warning',
    title: '单元格文字过长',
    doc: 'A cell holds more text than Excel keeps (32,767 characters); the rest was cut.',
  },
  'cell.beyondGrid': { severity: 'error', title: '单元格超出工作表范围', doc: 'A cell lies beyond the last row or column Excel allows.' },

  // Settings (core/settings, core/ledger/header/mapColumns)
  'settings.invalid': {
    severity: 'warning',
    title: '设置值无法识别',
    doc: 'A value of the 设置 sheet cannot be read; the default is used.',
  },
  'settings.unknownKey': { severity: 'warning', title: '未知的设置项', doc: 'A row of the 设置 sheet names no known setting.' },
  'settings.preset.unknown': {
    severity: 'error',
    title: '未知的规则预设',
    doc: 'The preset named in settings or on the command line does not exist; national is used.',
  },
  'settings.column.unknownField': {
    severity: 'warning',
    title: '列映射的字段不存在',
    doc: 'A column override names a field the register kind does not have.',
  },
  'settings.column.notFound': {
    severity: 'warning',
    title: '列映射的列不存在',
    doc: 'A column override names a letter or header text the sheet does not have.',
  },
  'settings.conflict': {
    severity: 'warning',
    title: '几份设置不一致',
    doc: 'Several files open on the page carry 设置 sheets that disagree; the first opened one is used.',
  },

  // Header and rows (core/ledger)
  'header.duplicate': {
    severity: 'warning',
    title: '两列对应同一字段',
    doc: 'A second column maps to a field already mapped; it is kept as an extra column.',
  },
  'field.missingColumn': {
    severity: 'error',
    title: '缺少必填列',
    doc: 'The sheet has no column for a required field (or 答复类型 beside 答复日期).',
  },
  'attribute.assumed': {
    severity: 'info',
    title: '无公开属性列，按主动公开处理',
    doc: 'A catalogue without a 公开属性 column: every item is 主动公开.',
  },
  'cell.mergedFilled': {
    severity: 'info',
    title: '合并单元格的值用于每一行',
    doc: 'A data cell merged down over rows gives each row its value.',
  },
  'row.skipped': {
    severity: 'info',
    title: '非数据行已跳过',
    doc: 'A signature, total or repeated header line inside the data was skipped.',
  },
  'row.noData': {
    severity: 'info',
    title: '只有序号的空行',
    doc: 'Rows holding only unmapped cells (a pre-filled 序号) are empty form lines.',
  },

  // Cells and records (core/ledger)
  'field.required': { severity: 'error', title: '必填项为空', doc: 'A required field is blank (答复类型 once a reply date is there).' },
  'date.invalid': { severity: 'error', title: '日期无法识别', doc: 'A date cell the one date parser cannot read.' },
  'date.future': { severity: 'error', title: '日期晚于今天', doc: 'A date that cannot lie in the future does.' },
  'date.order': {
    severity: 'error',
    title: '日期先后顺序不可能',
    doc: 'A later date of a pair (答复 after 收到 …) comes before the earlier one.',
  },
  'number.invalid': { severity: 'warning', title: '数字无法识别', doc: 'A number column holds text that is no number.' },
  'enum.invalid': {
    severity: 'error',
    title: '值不在可选范围内',
    doc: 'An enumerated field holds a value outside its list (and its synonyms).',
  },
  'attribute.legacy': {
    severity: 'info',
    title: '公开属性为旧称',
    doc: '免予公开 and other old words are read as 不予公开; the original is kept.',
  },
  'attribute.withheld.noReason': {
    severity: 'error',
    title: '不予公开未写理由',
    doc: 'A catalogue item is 不予公开 with neither reason nor legal basis.',
  },
  'attribute.withheld.unlawful': {
    severity: 'error',
    title: '不予公开理由不是法定理由',
    doc: 'A catalogue item is 不予公开 on a reason that names no lawful ground.',
  },
  'applicant.subtype.missing': {
    severity: 'error',
    title: '法人或其他组织未分类',
    doc: 'A bare 法人或其他组织 without a sub-type: the annual report cannot place it.',
  },
  'result.legacy': {
    severity: 'info',
    title: '答复类型为旧称',
    doc: 'An old or loose outcome word was read as one of the six types; the original is kept.',
  },
  'result.combined': {
    severity: 'info',
    title: '答复含两部分，按部分公开计',
    doc: 'An answer with a granted and a withheld part is read as 部分公开.',
  },
  'result.ambiguous': {
    severity: 'error',
    title: '答复类型同时写了两种结果',
    doc: 'Two outcomes with nothing granted cannot be counted in one row.',
  },
  'result.partial.noReason': {
    severity: 'error',
    title: '部分公开未写理由',
    doc: 'A 部分公开 answer without the reason of the withheld part (条例第三十七条).',
  },
  'result.ground.unlawful': {
    severity: 'error',
    title: '不予公开理由不是法定理由',
    doc: 'A 不予公开 answer on a reason that names no lawful ground.',
  },
  'result.reason.missing': {
    severity: 'error',
    title: '答复理由无法归入年报情形',
    doc: 'An answer whose reason names no row of table 三 (or an article with several cases).',
  },
  'result.noReplyDate': {
    severity: 'warning',
    title: '有答复类型但无答复日期',
    doc: 'An outcome without a reply date cannot be placed in a report year.',
  },
  'id.duplicate': { severity: 'error', title: '编号重复', doc: 'The identifying number of a record (索引号, 申请编号, 案号) repeats.' },
  'id.resident.checksum': { severity: 'warning', title: '身份证号码校验不通过', doc: 'A resident ID number fails the GB 11643 checksum.' },
  'id.creditCode.checksum': { severity: 'warning', title: '统一社会信用代码校验不通过', doc: 'A credit code fails the GB 32100 checksum.' },
  'id.storedAsNumber': {
    severity: 'warning',
    title: '证件号码以数字保存，已丢失末几位',
    doc: 'An ID number stored as a number with 16 or more digits has lost digits in Excel.',
  },
  'appeal.result.missing': { severity: 'warning', title: '已审结但无审理结果', doc: 'An appeal with a closing date and no 审理结果.' },
  'appeal.result.pendingButClosed': {
    severity: 'warning',
    title: '尚未审结却有审结日期',
    doc: 'An appeal marked 尚未审结 with a closing date.',
  },
  'consultations.invalid': {
    severity: 'error',
    title: '征求意见记录无法识别',
    doc: 'An entry of the 征求意见记录 cell cannot be read; the others still count.',
  },

  // Deadlines of an application (core/ledger/validate/applicationDeadlines, core/rules/deadlines)
  'deadline.reply.late': { severity: 'error', severityFrom: 'preset', title: '逾期答复', doc: 'The reply came after the due date.' },
  'deadline.reply.overdue': {
    severity: 'error',
    severityFrom: 'preset',
    title: '已逾期未答复',
    doc: 'An open application is past its due date.',
  },
  'deadline.reply.soon': { severity: 'info', title: '即将到期', doc: 'An open application is due within three working days.' },
  'deadline.correction.late': {
    severity: 'error',
    severityFrom: 'preset',
    title: '补正告知逾期',
    doc: 'The 补正 notice came after the preset period (7 WD).',
  },
  'deadline.correction.afterPeriod': {
    severity: 'info',
    title: '补正在补正期限后收到',
    doc: 'The corrected application arrived after the 补正期限 (the office accepted it).',
  },
  'deadline.correction.beforeReceived': {
    severity: 'warning',
    title: '补正收到日期早于收到申请',
    doc: 'A clock problem: the correction arrived before the application (a ledger reports it as date.order).',
  },
  'deadline.correction.abandoned': {
    severity: 'warning',
    title: '逾期不补正',
    doc: 'The 补正期限 ran out while the row is open (视为放弃).',
  },
  'deadline.days.invalid': {
    severity: 'warning',
    title: '答复期限天数无效',
    doc: 'A clock problem: the reply period is not a positive whole number; the statutory one is used.',
  },
  'deadline.pause.invalid': {
    severity: 'warning',
    title: '中止期间的日期顺序不可能',
    doc: 'A clock problem: a pause ends before it starts (a ledger reports it as date.order).',
  },
  'deadline.pause.afterDue': {
    severity: 'warning',
    title: '中止开始于期限之后',
    doc: 'A consultation or fee notice began after the due date, so it does not pause the clock.',
  },
  'deadline.thirdPartyReply.late': {
    severity: 'info',
    title: '第三方逾期答复',
    doc: 'The third party answered after its window (第三十二条): the office could have decided.',
  },
  'deadline.agencyReply.late': {
    severity: 'info',
    title: '其他机关逾期答复',
    doc: 'The other agency answered after its window (第三十四条).',
  },
  'deadline.feePayment.late': {
    severity: 'warning',
    severityFrom: 'preset',
    title: '逾期缴费',
    doc: 'Fees were paid after the preset payment window.',
  },
  'deadline.fee.abandoned': {
    severity: 'warning',
    title: '逾期未缴费',
    doc: 'The payment window ran out while the row is open (视为放弃).',
  },
  'deadline.platformEntry.late': {
    severity: 'warning',
    severityFrom: 'preset',
    title: '平台录入逾期',
    doc: 'A non-network application was entered into the platform after the preset period.',
  },
  'deadline.extension.invalid': {
    severity: 'warning',
    title: '延期天数无效',
    doc: 'A clock problem: a negative extension; none is counted.',
  },
  'deadline.extension.late': {
    severity: 'error',
    title: '延期告知晚于原期限',
    doc: 'The 延期告知 came after the original due date; the reply is judged without it.',
  },
  'deadline.extension.tooLong': { severity: 'error', title: '延期超过 20 个工作日', doc: 'More than 20 days of extension; only 20 count.' },
  'deadline.extension.noNotice': { severity: 'warning', title: '延期无告知日期', doc: 'Extension days without a 延期告知日期.' },
  'deadline.delay.late': {
    severity: 'warning',
    title: '延迟答复告知晚于期限',
    doc: 'The 延迟答复 was told after the due date (第三十五条).',
  },
  'deadline.delay.notLater': {
    severity: 'warning',
    title: '延迟答复期限不晚于原期限',
    doc: 'The 延迟答复期限 is not later than the due date.',
  },
  'deadline.delay.noNotice': {
    severity: 'warning',
    title: '延迟答复无告知日期',
    doc: 'A 延迟答复期限 without the day the applicant was told.',
  },

  // Deadlines of a catalogue item (core/ledger/validate/catalogue)
  'deadline.publication.late': {
    severity: 'error',
    severityFrom: 'preset',
    title: '主动公开逾期',
    doc: 'An item was published after the preset period from its forming.',
  },
  'deadline.publication.overdue': {
    severity: 'error',
    title: '逾期未公开',
    doc: 'A 主动公开 item is past its publication period and not published.',
  },
  'deadline.publication.target': {
    severity: 'warning',
    severityFrom: 'preset',
    title: '主动公开超过一般时限',
    doc: 'An item was published after the stricter target period of the preset.',
  },
  'deadline.submission.late': {
    severity: 'warning',
    severityFrom: 'preset',
    title: '报送逾期',
    doc: 'An item was submitted for publication after the preset period.',
  },
  'deadline.publishAfterSubmission.late': {
    severity: 'warning',
    severityFrom: 'preset',
    title: '报送后发布逾期',
    doc: 'An item was published after the preset period from its submission.',
  },
  'deadline.transfer.late': {
    severity: 'warning',
    severityFrom: 'preset',
    title: '送交档案馆逾期',
    doc: 'An item was delivered to the archive after the preset period.',
  },

  // The annual report (reports/statistics)
  'report.annual.noReceivedDate': {
    severity: 'error',
    title: '申请无收到日期，未计入年报',
    doc: 'An application without a receipt date is left out of the report.',
  },
  'report.annual.replyBeforeReceipt': {
    severity: 'error',
    title: '答复日期早于收到日期',
    doc: 'An answer before its receipt cannot be counted.',
  },
  'report.annual.noApplicantType': {
    severity: 'error',
    title: '无申请人类型，无法计入年报',
    doc: 'An application of the year without an applicant type.',
  },
  'report.annual.noResult': {
    severity: 'error',
    title: '已答复但无法计入办理结果',
    doc: 'An answer of the year whose outcome row is unknown.',
  },
  'report.annual.appealIncomplete': { severity: 'error', title: '复议诉讼案件信息不全', doc: 'An appeal without its type or filing date.' },
  'report.annual.appealNoClosedDate': {
    severity: 'warning',
    title: '已审结但无审结日期',
    doc: 'A decided appeal without its closing date.',
  },
  'report.inputs.invalid': { severity: 'error', title: '年报补充数据无法识别', doc: 'A value of the 年报补充 sheet cannot be read.' },

  // Writing registers and PDFs (reports/render, cli/output)
  'register.columns.beyondXfd': {
    severity: 'warning',
    title: '列数超过 Excel 上限',
    doc: 'A register has more columns than Excel allows; the rest are not written.',
  },
  'register.cell.xmlChars': {
    severity: 'warning',
    title: '单元格含无法写入的字符',
    doc: 'Control characters Excel cannot store were removed from a cell.',
  },
  'register.cell.truncated': {
    severity: 'warning',
    title: '单元格文字过长已截断',
    doc: 'A cell longer than Excel keeps was cut when written.',
  },
  'output.cell.cleaned': {
    severity: 'warning',
    title: '写出时单元格内容已清理',
    doc: 'What cleaning removed from the cells of a written workbook.',
  },
  'pdf.glyph.missing': { severity: 'error', title: '字体缺少字符', doc: 'The PDF font has no glyph for a character of the document.' },

  // Documents and notices (reports/documents)
  'document.draft': { severity: 'info', title: '草稿', doc: 'A document printed as a draft despite its precondition errors.' },
  'document.office.missing': { severity: 'error', title: '机关信息未填写', doc: 'An office setting the document prints is empty.' },
  'document.extension.replied': {
    severity: 'error',
    title: '已答复，不能再延期',
    doc: 'An extension notice for an application already answered.',
  },
  'document.extension.late': {
    severity: 'error',
    title: '延期告知晚于原期限',
    doc: 'An extension notice dated after the original due date.',
  },
  'document.extension.past': {
    severity: 'error',
    title: '延长后的期限已过',
    doc: 'An extension notice whose new due date is already past.',
  },
  'document.extension.tooLong': {
    severity: 'error',
    title: '延期超过上限',
    doc: 'An extension notice for more days than the preset allows.',
  },
  'document.correction.late': { severity: 'warning', title: '补正告知逾期', doc: 'A 补正 notice dated after the 7-day period.' },
  'document.published.noRoute': {
    severity: 'error',
    title: '未写获取途径',
    doc: 'A 已主动公开 answer without the route to the published information.',
  },
  'document.notours.noAgency': {
    severity: 'error',
    title: '未写负责机关',
    doc: 'A 非本机关 answer without the responsible agency or its contact.',
  },
  'document.fee.noPages': {
    severity: 'error',
    title: '按量计收但无页数',
    doc: 'A fee notice charged by volume without the number of pages.',
  },
  'document.fee.free': { severity: 'error', title: '不应收费', doc: 'A fee notice for an application 109号文 lets go free.' },
  'document.fee.differs': { severity: 'error', title: '登记金额与计算不符', doc: 'The fee in the ledger differs from the computed fee.' },
  'document.fee.late': { severity: 'error', title: '收费通知晚于答复期限', doc: 'A fee notice dated after the due date.' },
  'document.denial.noGround': { severity: 'error', title: '不予公开未写法定理由', doc: 'A refusal notice without a reason.' },
  'document.denial.unlawfulGround': {
    severity: 'error',
    title: '不予公开理由不是法定理由',
    doc: 'A refusal notice on a reason that names no lawful ground.',
  },
  'document.partial.noGround': {
    severity: 'error',
    title: '部分公开未写不予公开部分的理由',
    doc: 'A 部分公开 notice without the reason of the withheld part.',
  },
  'document.partial.unlawfulGround': {
    severity: 'error',
    title: '不予公开部分的理由不是法定理由',
    doc: 'A 部分公开 notice whose withheld part has no lawful ground.',
  },
  'notice.date.today': { severity: 'info', title: '文书日期取今天', doc: 'A notice without a date is dated today.' },
  'notice.date.uncertain': {
    severity: 'warning',
    title: '期限依赖未发布的节假日安排',
    doc: 'A date printed in a notice relies on a year the calendar does not cover.',
  },
  'notice.field.missing': { severity: 'warning', title: '文书缺少内容', doc: 'A placeholder of the notice template has no value.' },
  'notice.extension.assumed': {
    severity: 'info',
    title: '延期天数按上限计',
    doc: 'An extension notice without days counts 20 working days (the statutory maximum).',
  },
  'notice.denial.unknownGround': {
    severity: 'warning',
    title: '理由不属于条例规定的情形',
    doc: 'A refusal reason that is none of the grounds of the 条例; the notice prints it as written.',
  },
  'transfer.attribute.missing': { severity: 'info', title: '无公开属性', doc: 'A transfer-sheet item without 公开属性.' },
  'transfer.formedDate.missing': { severity: 'info', title: '无生成日期', doc: 'A transfer-sheet item without 生成日期.' },
  'transfer.portal.mismatch': {
    severity: 'warning',
    title: '网站公开数与移交数不符',
    doc: 'The 确认单 counts differ from the portal count given.',
  },
} as const satisfies Record<string, FindingSpec>;

/** A finding code of the catalogue; any other string fails to compile. */
export type FindingCode = keyof typeof FINDINGS;

/** The codes in catalogue order. */
export const FINDING_CODES = Object.keys(FINDINGS) as FindingCode[];

/** What the catalogue says about a code. */
export function findingSpec(code: FindingCode): FindingSpec {
  return FINDINGS[code];
}
