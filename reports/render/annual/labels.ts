import { ResultRow } from '../../../core/register/types';
import { Table4Cell, Table4GroupId } from '../../statistics/model';

/** Official wording of the annual-report tables (国办公开办函〔2021〕30号; ogi-reference §1.3–1.5), verbatim. */
export const SECTION_HEADINGS = {
  table2: '二、主动公开政府信息情况',
  table3: '三、收到和处理政府信息公开申请情况',
  table4: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/** The note in the top-left merged cell of table 三. */
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const TABLE2_TEXT = {
  itemA: '第二十条第（一）项',
  itemB: '第二十条第（五）项',
  itemC: '第二十条第（六）项',
  itemD: '第二十条第（八）项',
  content: '信息内容',
  issued: '本年制发件数',
  abolished: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  feeAmount: '本年收费金额（单位：万元）',
  rules: '规章',
  normativeDocs: '行政规范性文件',
  licensing: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
} as const;

export const TABLE3_HEADER = {
  applicants: '申请人情况',
  natural: '自然人',
  organisations: '法人或其他组织',
  total: '总计',
  orgColumns: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const,
} as const;

export const TABLE3_TOP_ROWS = {
  new: '一、本年新收政府信息公开申请数量',
  carry_in: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  total: '（七）总计',
  carry_out: '四、结转下年度继续办理',
} as const;

/** The outcome rows under 三、本年度办理结果: a single row, or a group with numbered sub-rows. */
export type OutcomeBlock = { label: string; row: ResultRow } | { label: string; rows: ReadonlyArray<{ label: string; row: ResultRow }> };

export const TABLE3_OUTCOMES: readonly OutcomeBlock[] = [
  { label: '（一）予以公开', row: 'granted' },
  { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', row: 'partial' },
  {
    label: '（三）不予公开',
    rows: [
      { label: '1.属于国家秘密', row: 'deny_secret' },
      { label: '2.其他法律行政法规禁止公开', row: 'deny_law' },
      { label: '3.危及“三安全一稳定”', row: 'deny_3safe' },
      { label: '4.保护第三方合法权益', row: 'deny_3rdparty' },
      { label: '5.属于三类内部事务信息', row: 'deny_internal' },
      { label: '6.属于四类过程性信息', row: 'deny_process' },
      { label: '7.属于行政执法案卷', row: 'deny_casefile' },
      { label: '8.属于行政查询事项', row: 'deny_query' },
    ],
  },
  {
    label: '（四）无法提供',
    rows: [
      { label: '1.本机关不掌握相关政府信息', row: 'na_notheld' },
      { label: '2.没有现成信息需要另行制作', row: 'na_create' },
      { label: '3.补正后申请内容仍不明确', row: 'na_unclear' },
    ],
  },
  {
    label: '（五）不予处理',
    rows: [
      { label: '1.信访举报投诉类申请', row: 'np_petition' },
      { label: '2.重复申请', row: 'np_repeat' },
      { label: '3.要求提供公开出版物', row: 'np_publication' },
      { label: '4.无正当理由大量反复申请', row: 'np_mass' },
      { label: '5.要求行政机关确认或重新出具已获取信息', row: 'np_confirm' },
    ],
  },
  {
    label: '（六）其他处理',
    rows: [
      { label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', row: 'other_nocorrect' },
      { label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', row: 'other_nofee' },
      { label: '3.其他', row: 'other_other' },
    ],
  },
];

export const TABLE4_TEXT = {
  review: '行政复议',
  suit: '行政诉讼',
  groups: { review: '行政复议', suitDirect: '未经复议直接起诉', suitAfterReview: '复议后起诉' } satisfies Record<Table4GroupId, string>,
  cells: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' } satisfies Record<
    Table4Cell,
    string
  >,
} as const;

/** Words of the report around the tables (title, text part, checks, per-office breakdown). */
export const REPORT_TEXT = {
  title: (office: string, year: number) => `${office}${year}年政府信息公开工作年度报告`,
  tablesTitle: (office: string, year: number) => `${office}${year}年政府信息公开工作年度报告统计表`,
  subtitle: '（国办公开办函〔2021〕30号格式）',
  textHeading: '报告文字（由台账数据生成）',
  overview: '一、总体情况（依申请公开）',
  fees: '六、其他需要报告的事项（信息处理费）',
  excluded: (n: number) => `另有 ${n} 件申请因数据不全未计入上表，详见检查结果。`,
  checksHeading: '表内勾稽校验',
  checkRule: '规则',
  checkResult: '结果',
  checkMessage: '说明',
  pass: '通过',
  fail: '未通过',
  warn: '提示',
  allPassed: '全部校验通过。',
  /** A figure whose source (register) was not given: never shown as 0. */
  notProvided: '未提供',
  /** A figure of table 二 the ledgers cannot give and nobody filled in (年报补充): printed, never blank. */
  toFill: '待填',
  incompleteStatus: '不完整',
  officesHeading: '分单位情况',
  officeColumns: ['单位', '本年新收', '上年结转', '予以公开', '部分公开', '办结总计', '结转下年', '行政复议', '行政诉讼'] as const,
  officesTotal: '合计',
} as const;
