import { maskIdNumber } from '../rules/identifiers/mask';

/** Chinese wording of every ledger finding and skip reason, kept together (say what, the numbers, how to fix). */
export const messages = {
  // Sheets and headers
  sheetEmpty: '工作表为空，已跳过',
  noHeader: (scan: number) =>
    `前 ${scan} 行中没有找到台账表头（至少需要两列能对应台账字段，如“收到日期”“申请人类型”或“信息名称”“生成日期”），不是台账，已跳过`,
  settingsSheet: (sheet: string) => `“${sheet}”是设置、年报补充、检查结果等本助手使用的工作表，不是台账，已跳过`,
  noHeaderOfKind: (scan: number, kind: string, example: string) =>
    `前 ${scan} 行中没有找到${kind}的表头（至少需要两列能对应${kind}的字段，如${example}），已跳过；如这是其他种类的台账，请不指定台账种类（自动识别）再检查`,
  duplicateHeader: (header: string, label: string, kept: string) =>
    `表头“${header}”与 ${kept} 列重复对应“${label}”，本列未采用，其内容作为附加列保留；如应以本列为准，请修改表头或在设置中指定列映射`,
  overrideUnknownField: (name: string, kind: string) => `设置的列映射中“${name}”不是${kind}的字段，已忽略`,
  overrideNotFound: (label: string, target: string) =>
    `设置的列映射要求“${label}”取自“${target}”，但表头中没有这一列，请核对列字母或表头文字`,
  missingColumn: (label: string, kind: string) => `${kind}缺少必填列“${label}”，请增加这一列（或在设置中指定哪一列是“${label}”）`,
  attributeAssumed: '没有“公开属性”列，所有条目按“主动公开”处理；如有依申请公开或不予公开的条目，请增加“公开属性”列',
  resultTypeColumnMissing: '台账有“答复日期”但没有“答复类型”列，已答复的申请无法计入年度报告，请增加“答复类型”列',

  headerlessColumn: (letter: string) => `${letter}列（无表头）`,

  // Rows
  footerRow: (text: string) => `“${text}”是表尾的签名或说明行，不是数据，已跳过`,
  noDataRows: (first: number, last: number) =>
    `${first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`}只有序号等未对应列的内容，没有台账数据，按空行跳过`,
  repeatedHeader: '这一行重复了表头，已跳过',

  // Cells
  mergedFilled: (column: string, first: number, last: number) =>
    `${column}${first}:${column}${last} 是合并单元格，其值已用于第 ${first}–${last} 行的每一条记录`,
  cellError: (label: string, error: string) => `“${label}”是公式错误值 ${error}，请改为实际内容`,
  cellErrorExtra: (header: string, error: string) => `附加列“${header}”是公式错误值 ${error}`,
  required: (label: string) => `“${label}”必须填写，本行为空`,
  requiredResultType: (replied: string) =>
    `已于 ${replied} 答复，但“答复类型”为空，请填写（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）`,
  dateInvalid: (label: string, reason: string) => `“${label}”无法识别为日期：${reason}`,
  dateFuture: (label: string, date: string, today: string) => `“${label}” ${date} 晚于今天 ${today}，请核对是否录错`,
  dateOrder: (label: string, date: string, otherLabel: string, other: string) =>
    `“${label}” ${date} 早于“${otherLabel}” ${other}，顺序不可能，请核对两个日期`,
  numberInvalid: (label: string, value: string) => `“${label}”应为数字，“${value}”无法识别`,
  enumInvalid: (label: string, value: string, allowed: readonly string[]) =>
    `“${label}”的值“${value}”不在可选范围内，请改为：${allowed.join('、')}`,
  normalised: (label: string, from: string, to: string) => `“${label}”的“${from}”已按“${to}”处理`,
  attributeLegacy: (from: string) => `公开属性“${from}”是旧称，已按“不予公开”处理（原值保留）`,
  withheldNoReason: '公开属性为“不予公开”，但没有填写不予公开理由，请写明理由及法律依据（如“属于国家秘密”“条例第十四条”）',
  applicantSubtype: (value: string) =>
    `申请人类型“${value}”未区分具体类别，年度报告需要：商业企业、科研机构、社会公益组织、法律服务机构或其他，请改为其中之一`,
  resultLegacy: (from: string, to: string) => `答复类型“${from}”已按“${to}”处理（原值保留），请确认归类无误`,
  resultReasonMissing: (type: string, reason: string) =>
    reason
      ? `答复类型“${type}”的理由“${reason}”对应不到年度报告的具体情形，请改写为具体情形（如“属于国家秘密”“本机关不掌握相关政府信息”“重复申请”）`
      : `答复类型为“${type}”，但没有写明具体情形，年度报告无法归类，请在“答复依据”中写明（如“属于国家秘密”“本机关不掌握相关政府信息”“重复申请”）`,
  resultCombined: (from: string, parts: readonly string[], reason: string) =>
    `答复“${from}”含${[...new Set(parts)].map((p) => `“${p}”`).join('和')}两部分，按“部分公开”计入年度报告（表三：区分处理的，只计部分公开）；` +
    (reason ? `不予公开部分的理由按“${reason}”` : '不予公开部分没有写明理由'),
  resultAmbiguous: (from: string, parts: readonly string[]) =>
    `答复类型“${from}”同时写了${[...new Set(parts)].map((p) => `“${p}”`).join('和')}，一件申请在年度报告中只能计入一种结果：` +
    '如有部分内容予以公开，请写“部分公开”并写明不予公开部分的理由；否则请按申请内容拆分登记',
  partialNoReason:
    '答复类型为“部分公开”，但没有写明不予公开部分的理由（条例第三十七条：对不予公开的内容说明理由），请在“答复依据”中写明（如“部分内容涉及个人隐私”）',
  groundUnlawful: (type: string, message: string) => `答复类型“${type}”：${message}`,
  groundRowUnclear: (reason: string, article: string) =>
    `理由“${reason}”援引${article}，该条有几种情形，年度报告无法归类，请写明具体情形（如“属于国家秘密”“属于过程性信息”）`,
  withheldUnlawful: (message: string) => `公开属性为“不予公开”，但理由不成立：${message}`,
  resultWithoutReply: (type: string) => `已填写答复类型“${type}”，但没有答复日期，年度报告无法确定计入哪一年，请填写答复日期`,
  appealResultMissing: (closed: string) => `已于 ${closed} 审结，但“审理结果”为空，请填写（维持、纠正、其他）`,
  appealPendingButClosed: (closed: string) => `审理结果为“尚未审结”，但填写了审结日期 ${closed}，请核对`,
  duplicateId: (label: string, value: string, firstRow: number) =>
    `${label}“${value}”与第 ${firstRow} 行重复，请核对是否重复登记或编号录错`,
  idStoredAsNumber: (label: string, value: string) =>
    `“${label}”以数字形式保存（${maskIdNumber(value)}），Excel 只保留 15 位有效数字，末几位已丢失；请把该列设为“文本”格式后重新录入`,
  // Never the full number (it reaches the terminal, JSON and the 检查结果 sheet): masked as on receipts.
  residentId: (value: string, reason: string) => `身份证号码“${maskIdNumber(value)}”校验不通过：${reason}`,
  creditCode: (value: string, reason: string) => `统一社会信用代码“${maskIdNumber(value)}”校验不通过：${reason}`,

  // Deadlines
  replyLate: (replied: string, due: string, start: string, startLabel: string, days: number, late: number) =>
    `答复日期 ${replied} 晚于法定期限 ${due}（${startLabel} ${start}，次日起第${days}个工作日），逾期${late}个工作日`,
  replyOverdue: (today: string, due: string, start: string, startLabel: string, days: number, late: number) =>
    `截至 ${today} 尚未答复，已超过法定期限 ${due}（${startLabel} ${start}，次日起第${days}个工作日）${late}个工作日，请尽快答复并填写答复日期`,
  replySoon: (due: string, left: number) => `法定期限 ${due}，还剩${left}个工作日，请及时答复`,
  correctionLate: (notice: string, due: string, received: string, days: number, late: number) =>
    `补正告知日期 ${notice} 晚于期限 ${due}（收到 ${received}，次日起第${days}个工作日，条例第三十条），超出${late}个工作日`,
  extensionAfterDue: (notice: string, due: string) => `延期告知日期 ${notice} 晚于原答复期限 ${due}，延期应在原期限届满前告知申请人`,
  extensionTooLong: (days: number, max: number) => `延期${days}个工作日，超过最长${max}个工作日（条例第三十三条第二款），请核对`,
  periodLate: (
    label: string,
    date: string,
    name: string,
    due: string,
    startLabel: string,
    start: string,
    days: number,
    late: number,
    rule: string,
  ) => `${label} ${date} 晚于${name}期限 ${due}（${startLabel} ${start}，次日起第${days}个工作日，${rule}），逾期${late}个工作日`,
  periodOverdue: (name: string, due: string, startLabel: string, start: string, days: number, today: string, rule: string, what: string) =>
    `截至 ${today} 仍未${what}，已超过${name}期限 ${due}（${startLabel} ${start}，次日起第${days}个工作日，${rule}），请${what}后填写日期`,
  /** Which regulation governed publication when an item was formed (the 2019 text applies from 2019-05-15). */
  publicationEra: (formed: string) =>
    formed < '2008-05-01'
      ? '；该信息形成于《政府信息公开条例》施行（2008-05-01）之前，当时没有法定公开期限，此处按现行20个工作日参照提示'
      : formed < '2019-05-15'
        ? '；形成时适用2008年版条例第十八条，同为20个工作日'
        : '',
  oldRegulation: (received: string) =>
    `收到日期 ${received} 早于 2019-05-15，当时适用旧条例（15个工作日，可延长15个工作日），本工具按现行条例推算的期限仅供参考，不作逾期判断`,
  correctionNeverReceived: '申请人未提交补正，答复期限未重新起算，不按逾期计',
  uncertainNote: '（所涉年份的国务院节假日安排尚未收录：已扣除法定节假日，逢周末的补假为估计，调休上班日不可知，请核对）',
} as const;
