/** Chinese messages of the statistics feature, kept together. */

const where = (appNo: string | undefined) => (appNo ? `申请编号“${appNo}”` : '该申请');

export const TABLE3_ROW_LABELS: Record<string, string> = {
  new: '一、本年新收政府信息公开申请数量',
  carry_in: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partial: '（二）部分公开',
  deny_secret: '（三）不予公开 1.属于国家秘密',
  deny_law: '（三）不予公开 2.其他法律行政法规禁止公开',
  deny_3safe: '（三）不予公开 3.危及“三安全一稳定”',
  deny_3rdparty: '（三）不予公开 4.保护第三方合法权益',
  deny_internal: '（三）不予公开 5.属于三类内部事务信息',
  deny_process: '（三）不予公开 6.属于四类过程性信息',
  deny_casefile: '（三）不予公开 7.属于行政执法案卷',
  deny_query: '（三）不予公开 8.属于行政查询事项',
  na_notheld: '（四）无法提供 1.本机关不掌握相关政府信息',
  na_create: '（四）无法提供 2.没有现成信息需要另行制作',
  na_unclear: '（四）无法提供 3.补正后申请内容仍不明确',
  np_petition: '（五）不予处理 1.信访举报投诉类申请',
  np_repeat: '（五）不予处理 2.重复申请',
  np_publication: '（五）不予处理 3.要求提供公开出版物',
  np_mass: '（五）不予处理 4.无正当理由大量反复申请',
  np_confirm: '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
  other_nocorrect: '（六）其他处理 1.申请人无正当理由逾期不补正',
  other_nofee: '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用',
  other_other: '（六）其他处理 3.其他',
  total: '（七）总计',
  carry_out: '四、结转下年度继续办理',
};

export const TABLE3_COLUMN_LABELS: Record<string, string> = {
  natural: '自然人',
  business: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

export const TABLE4_GROUP_LABELS: Record<string, string> = {
  review: '行政复议',
  suitDirect: '未经复议直接起诉',
  suitAfterReview: '复议后起诉',
};
export const TABLE4_CELL_LABELS: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const TABLE2_LABELS: Record<string, string> = {
  rules: '规章',
  normativeDocs: '行政规范性文件',
  issued: '本年制发件数',
  abolished: '本年废止件数',
  inForce: '现行有效件数',
  licensing: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  feesWanYuan: '行政事业性收费（万元）',
};

export const msg = {
  inputsInvalid: (details: string) => `年报补充数据格式有误：${details}`,
  inputCellInvalid: (label: string, text: string, integer: boolean) =>
    `“${label}”的值“${text}”无法使用：应为${integer ? '非负整数' : '不小于 0 的数（万元，可有小数）'}；不清楚请留空，不要填 0。`,
  noReceivedDate: (appNo: string | undefined) => `${where(appNo)}缺少有效的收到日期，无法判断所属年度，未计入年报；请补全收到日期。`,
  noApplicantType: (appNo: string | undefined, year: number) =>
    `${where(appNo)}的申请人类型缺失或无法识别（法人或其他组织需细分为商业企业、科研机构等），未计入 ${year} 年度报告表三；请补全申请人类型。`,
  noResult: (appNo: string | undefined, year: number) =>
    `${where(appNo)}已于 ${year} 年答复，但答复类型或具体情形缺失、无法对应表三的办理结果行：已计入“本年新收”（或“上年结转”），未计入办理结果，表三勾稽关系因此不成立；请补全答复类型及依据。`,
  unreadAnswers: (n: number, where: string) =>
    `表三有 ${n} 件已答复的申请答复无法识别，已计入收到数、未计入办理结果（${where}），报告不能通过；请先在台账中改正`,
  missingSource: {
    applications: '依申请公开登记台账（表三）',
    catalogue: '主动公开目录（表二第二十条第（一）项）',
    appeals: '复议诉讼台账（表四）',
    office: '机关名称',
  } as Record<string, string>,
  incomplete: (names: string, hints: string) => `报告不完整：未提供${names}，相应表格为“未提供”，不是 0；请补充后重新生成${hints}`,
  missingHint: {
    applications: '（本年没有申请的，附一张只有表头的依申请公开登记台账）',
    catalogue: '（或在“年报补充”中填写规章、行政规范性文件的件数）',
    appeals: '（本年没有复议诉讼案件的，附一张只有表头的复议诉讼台账）',
    office: '（在“设置”工作表填写机关名称）',
  } as Record<string, string>,
  incompleteTables: (names: string) => `报告不完整：${names}全部为空白（未提供）`,
  replyBeforeReceipt: (appNo: string | undefined) => `${where(appNo)}的答复日期早于收到日期，无法统计，未计入年报；请核对两个日期。`,
  appealIncomplete: (caseNo: string | undefined, year: number) =>
    `${caseNo ? `案件“${caseNo}”` : '该案件'}缺少案件类型或有效的立案日期，未计入 ${year} 年度报告表四；请补全。`,
  appealNoClosedDate: (caseNo: string | undefined) =>
    `${caseNo ? `案件“${caseNo}”` : '该案件'}已有审理结果但没有审结日期，按已审结统计；请补全审结日期。`,
};
