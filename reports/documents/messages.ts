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
  confirmIntro: (office: string, receiver: string, period: string) =>
    `${office}于${period}向${receiver}移交政府信息，数量如下：`,
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
