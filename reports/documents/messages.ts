/** Chinese strings of the printable forms (移交表, 确认单), kept together. Notice wording lives in templates/notices. */
export const FORM_TEXT = {
  transferTitle: '政府信息移交表',
  confirmationTitle: '政府信息公开确认单',
  sender: '移交单位',
  receiver: '接收单位',
  batchNo: '批次号',
  transferDate: '移交日期',
  period: '移交期间',
  periodOpen: '全部未移交信息',
  columns: ['序号', '索引号', '信息名称', '文号', '生成日期', '公开属性', '载体', '页数', '份数', '备注'] as const,
  pageCount: (n: number) => `本页 ${n} 件`,
  total: (n: number, parts: string) => `合计 ${n} 件${parts ? `（${parts}）` : ''}`,
  signature: ['移交人', '联系电话', '接收人', '接收日期'] as const,
  seal: '（移交单位盖章）',
  receiverSeal: '（接收单位盖章）',
  emptyList: '本期无需移交的政府信息（零报送）。',
  abolished: '废止',
  changed: '变更',
  pageOf: (page: number, pages: number) => `第 ${page} 页 共 ${pages} 页`,
  confirmIntro: (office: string, receiver: string, period: string) => `${office}于${period}向${receiver}移交政府信息，数量如下：`,
  countsHeader: ['公开属性', '件数'] as const,
  countTotal: '合计',
  consistent: (delivered: number, published: number) =>
    `本单位确认：本次报送的主动公开政府信息 ${delivered} 件，与区政府门户网站发布的主动公开政府信息 ${published} 件数量一致。`,
  inconsistent: (delivered: number, published: number) =>
    `本单位报送的主动公开政府信息 ${delivered} 件，区政府门户网站已发布 ${published} 件，数量不一致，差额 ${Math.abs(delivered - published)} 件，请核对后补报或说明。`,
  principal: '单位主要负责人（签字）',
  confirmSeal: '（单位盖章）',
  confirmDate: '日期',
  missingAttribute: '公开属性为空，未列入移交表；请在台账中填写公开属性。',
  missingFormedDate: '生成日期为空，无法按期间筛选，未列入移交表。',
  portalMismatch: (delivered: number, published: number) =>
    `移交的主动公开信息 ${delivered} 件与门户网站已发布 ${published} 件不一致：请检查未填写公开日期的主动公开信息。`,
} as const;

/** Chinese messages of the document preconditions (reports/documents/preconditions.ts), kept together. */
export const PRECONDITION_TEXT = {
  officeMissing: (title: string, label: string, key: string, use: string) =>
    `《${title}》要印出“${label}”（${use}），但设置中没有填写，不能出具正式文书。请在工作簿“设置”工作表的“${label}”一行填写（键 ${key}）；只需核对内容时可生成草稿。`,
  useNumber: (pattern: string) => `文号格式 ${pattern}`,
  usePrinted: '文书正文、联系方式或落款',
  extensionLate: (notice: string, originalDue: string) =>
    `延期答复告知书的日期 ${notice} 晚于原答复期限 ${originalDue}：条例第三十三条第二款要求在原期限内告知延期，期限届满后不能再延期，不能出具延期答复告知书。请直接作出答复；台账中的延期告知日期若有误，请更正。`,
  extensionPast: (newDue: string, today: string) =>
    `延期后的答复期限 ${newDue} 已经过去（今天 ${today}），告知书会承诺一个已过的日期，不能出具延期答复告知书。`,
  extensionReplied: (reply: string) => `该申请已于 ${reply} 答复，不能再出具延期答复告知书。`,
  extensionTooLong: (days: number, max: number) =>
    `延期 ${days} 个工作日超过条例第三十三条第二款允许的 ${max} 个工作日，不能出具延期答复告知书；请在台账“延期工作日”中改为不超过 ${max} 的天数。`,
  correctionLate: (notice: string, due: string) =>
    `补正告知日期 ${notice} 晚于收到申请后第7个工作日（${due}），不符合条例第三十条“7个工作日内一次性告知”；告知书照常出具，请在台账备注中说明原因。`,
  groundMissing: (grounds: string) =>
    `不予公开答复书必须写明法定理由（条例第三十六条第（三）项），台账“答复依据”为空。可以援引的理由有——${grounds}。请在台账中填写后再出具。`,
  groundUnlawful: (why: string) => `不能出具不予公开答复书：${why}。请在台账“答复依据”中写明所依据的理由。`,
  partialGroundMissing: (grounds: string) =>
    `部分公开答复书必须写明不予公开部分的法定理由（条例第三十七条），台账“答复依据”为空。可以援引的理由有——${grounds}。`,
  partialGroundUnlawful: (why: string) => `不能出具部分公开答复书（条例第三十七条）：不予公开部分的${why}。`,
  feeNoPages: '按量计收要按提供的页数计算（109号文第五条），台账“收费页数”为空，不能出具收费通知书；请填写页数，或把“计费方式”改为按件。',
  feeFree: (how: string) => `按109号文的标准本申请不应收费（${how}），不能出具收费通知书。`,
  feeFreeCount: (position: number) => `同一申请人本自然月第${position}件，10件以下（含10件）不收费`,
  feeFreePages: (pages: number) => `共${pages}页，30页以下（含30页）不收费`,
  feeDiffers: (registered: string, computed: string, basis: string) =>
    `台账登记的收费金额 ${registered} 元与按${basis}计收算出的 ${computed} 元不同，通知书上的计算与金额会互相矛盾，不能出具收费通知书。请核对台账的收费金额、计费方式、收费页数（按“一事一申请”拆分计件的，请把拆分后的每件各登记一行）。`,
  feeLate: (notice: string, due: string) =>
    `收费通知日期 ${notice} 晚于答复期限 ${due}：收费通知应在申请处理期限内发出（109号文），不能出具收费通知书。`,
  publishedNoRoute:
    '已主动公开的答复须告知获取该政府信息的方式和途径（条例第三十六条第（一）项），台账“获取途径”为空，设置中也没有“主动公开获取途径”，不能出具答复书；请在台账该行填写（如门户网站栏目网址、查阅点地址），或在“设置”工作表填写本机关的主动公开获取途径。',
  notoursNoAgency: (missing: string) =>
    `非本机关负责公开的答复须告知负责公开该信息的行政机关的名称和联系方式（条例第三十六条第（五）项），台账缺少“${missing}”，不能出具答复书；请在台账该行填写。确实无法确定负责机关的，按“本机关不掌握相关政府信息”答复。`,
  transferSender: '移交单位',
  transferSenderUse: '移交表、确认单的“移交单位”',
  draftMark: '草稿',
  draftHeader: '草稿　仅供核对，不得作为正式文书送达或归档',
  draftNote: (title: string, problems: number) =>
    problems > 0
      ? `《${title}》按草稿出具（有 ${problems} 项未满足出具条件，见上文），每页标有“草稿”。`
      : `《${title}》按草稿出具，每页标有“草稿”。`,
} as const;
