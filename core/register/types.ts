import { CalendarDate } from '../dates';
import { Finding } from '../findings';

/** The three kinds of register (contracts §3). */
export type RegisterKind = 'catalogue' | 'applications' | 'appeals';

/** Where a record came from: sheet and Excel row number. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/** 公开属性 after normalisation (免予公开/免于公开 → 不予公开). */
export type Attribute = '主动公开' | '依申请公开' | '不予公开';
export const ATTRIBUTES: readonly Attribute[] = ['主动公开', '依申请公开', '不予公开'];

/** 申请方式 after normalisation. */
export type Channel = '当面' | '邮寄' | '平常信函' | '网络' | '电子邮件' | '传真' | '口头' | '受理中心转来' | '其他';
export const CHANNELS: readonly Channel[] = ['当面', '邮寄', '平常信函', '网络', '电子邮件', '传真', '口头', '受理中心转来', '其他'];

/** 申请人类型 = the six applicant columns of annual-report table 三. */
export type ApplicantType = '自然人' | '商业企业' | '科研机构' | '社会公益组织' | '法律服务机构' | '其他';
export const APPLICANT_TYPES: readonly ApplicantType[] = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/** Canonical column ids of table 三 (contracts §4), in order. */
export type Table3Column = 'natural' | 'business' | 'research' | 'nonprofit' | 'legal' | 'other' | 'total';
export const TABLE3_COLUMNS: readonly Table3Column[] = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
export const APPLICANT_COLUMN: Record<ApplicantType, Table3Column> = {
  自然人: 'natural',
  商业企业: 'business',
  科研机构: 'research',
  社会公益组织: 'nonprofit',
  法律服务机构: 'legal',
  其他: 'other',
};

/** 答复类型 (the six outcome groups of table 三). */
export type ResultType = '予以公开' | '部分公开' | '不予公开' | '无法提供' | '不予处理' | '其他处理';
export const RESULT_TYPES: readonly ResultType[] = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];

/** The 21 outcome rows of table 三 (contracts §4) — one per final answer. */
export type ResultRow =
  | 'granted'
  | 'partial'
  | 'deny_secret'
  | 'deny_law'
  | 'deny_3safe'
  | 'deny_3rdparty'
  | 'deny_internal'
  | 'deny_process'
  | 'deny_casefile'
  | 'deny_query'
  | 'na_notheld'
  | 'na_create'
  | 'na_unclear'
  | 'np_petition'
  | 'np_repeat'
  | 'np_publication'
  | 'np_mass'
  | 'np_confirm'
  | 'other_nocorrect'
  | 'other_nofee'
  | 'other_other';

/** All table 三 rows in official order (contracts §4). */
export type Table3Row = 'new' | 'carry_in' | ResultRow | 'total' | 'carry_out';
export const TABLE3_ROWS: readonly Table3Row[] = [
  'new',
  'carry_in',
  'granted',
  'partial',
  'deny_secret',
  'deny_law',
  'deny_3safe',
  'deny_3rdparty',
  'deny_internal',
  'deny_process',
  'deny_casefile',
  'deny_query',
  'na_notheld',
  'na_create',
  'na_unclear',
  'np_petition',
  'np_repeat',
  'np_publication',
  'np_mass',
  'np_confirm',
  'other_nocorrect',
  'other_nofee',
  'other_other',
  'total',
  'carry_out',
];
export const RESULT_ROWS: readonly ResultRow[] = TABLE3_ROWS.filter(
  (r): r is ResultRow => r !== 'new' && r !== 'carry_in' && r !== 'total' && r !== 'carry_out',
);

/** Which outcome group each result row belongs to. */
export const RESULT_ROW_TYPE: Record<ResultRow, ResultType> = {
  granted: '予以公开',
  partial: '部分公开',
  deny_secret: '不予公开',
  deny_law: '不予公开',
  deny_3safe: '不予公开',
  deny_3rdparty: '不予公开',
  deny_internal: '不予公开',
  deny_process: '不予公开',
  deny_casefile: '不予公开',
  deny_query: '不予公开',
  na_notheld: '无法提供',
  na_create: '无法提供',
  na_unclear: '无法提供',
  np_petition: '不予处理',
  np_repeat: '不予处理',
  np_publication: '不予处理',
  np_mass: '不予处理',
  np_confirm: '不予处理',
  other_nocorrect: '其他处理',
  other_nofee: '其他处理',
  other_other: '其他处理',
};

/** 案件类型 of an appeal. */
export type CaseType = '行政复议' | '直接起诉' | '复议后起诉';
export const CASE_TYPES: readonly CaseType[] = ['行政复议', '直接起诉', '复议后起诉'];
/** 审理结果 of an appeal. */
export type CaseResult = '维持' | '纠正' | '其他' | '尚未审结';
export const CASE_RESULTS: readonly CaseResult[] = ['维持', '纠正', '其他', '尚未审结'];

/** Status of an application on a given day (contracts §1). */
export type ApplicationStatus =
  | '按期办结'
  | '逾期办结'
  | '已逾期'
  | '即将到期'
  | '办理中'
  | '补正中'
  | '征求意见中'
  | '待缴费'
  // 视为放弃 (条例第三十条, 109号文): the applicant let the correction period or payment window run out.
  | '逾期不补正'
  | '逾期未缴费';

/** Values computed for an application by the deadline engine. */
export interface ApplicationComputed {
  /** 法定期限 */
  due?: CalendarDate;
  status?: ApplicationStatus;
  /** Working days from today to due (negative when overdue); absent once replied. */
  workdaysLeft?: number;
  /** True when the due date relies on a year the holiday calendar does not cover. */
  uncertain?: boolean;
  /** The clock's explanation, as steps in Chinese. */
  steps?: string[];
}

/** Values computed for a catalogue item (publication and delivery deadlines). */
export interface CatalogueComputed {
  publicationDue?: CalendarDate;
  transferDue?: CalendarDate;
  steps?: string[];
}

/** Fields every record carries besides its canonical values. */
export interface RecordBase {
  source: SourceRef;
  /** Unmapped columns, keyed by their header text, carried into the register unchanged. */
  extra: Record<string, string>;
  /** Original cell text of fields whose value normalisation changed (e.g. 免予公开 → 不予公开). */
  original: Record<string, string>;
}

/** 主动公开目录 item (contracts §3, kind `catalogue`). */
export interface CatalogueRecord extends RecordBase {
  indexNo?: string;
  title?: string;
  docNo?: string;
  publisher?: string;
  department?: string;
  formedDate?: CalendarDate;
  submittedDate?: CalendarDate;
  publishedDate?: CalendarDate;
  attribute?: Attribute;
  withheldReason?: string;
  legalBasis?: string;
  topic?: string;
  genre?: string;
  summary?: string;
  validity?: string;
  abolishedDate?: CalendarDate;
  transferredDate?: CalendarDate;
  pages?: number;
  copies?: number;
  remarks?: string;
  computed: CatalogueComputed;
}

/** 依申请公开 application (contracts §3, kind `applications`). */
export interface ApplicationRecord extends RecordBase {
  appNo?: string;
  receivedDate?: CalendarDate;
  channel?: Channel;
  applicantType?: ApplicantType;
  /** 法人或其他组织类型 as written, where a ledger keeps the sub-type in its own column (our addition). */
  applicantSubtype?: string;
  applicantName?: string;
  idType?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  content?: string;
  department?: string;
  correctionNoticeDate?: CalendarDate;
  correctionReceivedDate?: CalendarDate;
  consultSentDate?: CalendarDate;
  consultReplyDate?: CalendarDate;
  feeNoticeDate?: CalendarDate;
  feePaidDate?: CalendarDate;
  /** 平台录入日期: when a non-network application was entered into the OGI platform (our addition; preset `platformEntry`). */
  platformEntryDate?: CalendarDate;
  /** 信息处理费 amount in 元 (our addition: feeds the part 六 fee sentence). */
  feeAmount?: number;
  /** 计费方式 as written: 按件 or 按量 (109号文 第三条; our addition, read by core/rules/fees). */
  feeBasis?: string;
  /** 收费页数: pages provided, for 按量计收 (109号文 第五条; our addition). */
  feePages?: number;
  /** 实收金额 in 元 when it differs from the notice (our addition: the part 六 amount collected). */
  feePaidAmount?: number;
  /** 获取途径: where and how to obtain information already published (已主动公开, 条例第三十六条第（一）项; our addition). */
  accessRoute?: string;
  /** 负责机关 and its contact, for 非本机关 answers (条例第三十六条第（五）项; our addition). */
  responsibleAgency?: string;
  responsibleContact?: string;
  extensionNoticeDate?: CalendarDate;
  extensionDays?: number;
  /** 征求意见记录: several consultations in one cell, e.g. `2025-03-10至2025-03-20；其他机关：2025-04-01至2025-04-08` (our addition). */
  consultations?: string;
  /** 补正期限: the last day the correction notice gave the applicant (our addition; default: preset `correctionPeriod`). */
  correctionDueDate?: CalendarDate;
  /** 延迟答复 (条例第三十五条): the later reasonable date the office set, and the day it told the applicant (our addition). */
  delayToDate?: CalendarDate;
  delayNoticeDate?: CalendarDate;
  replyDate?: CalendarDate;
  resultType?: ResultType;
  /** The table 三 row of the answer, when type (and reason where needed) are known. */
  resultRow?: ResultRow;
  /** Free-text reason / legal basis as written. */
  resultReason?: string;
  deliveryMethod?: string;
  remarks?: string;
  computed: ApplicationComputed;
}

/** 复议/诉讼 case (contracts §3, kind `appeals`). */
export interface AppealRecord extends RecordBase {
  caseNo?: string;
  appNo?: string;
  caseType?: CaseType;
  filedDate?: CalendarDate;
  result?: CaseResult;
  closedDate?: CalendarDate;
}

/** Record type by kind. */
export interface RecordByKind {
  catalogue: CatalogueRecord;
  applications: ApplicationRecord;
  appeals: AppealRecord;
}

/** Any record. */
export type AnyRecord = RecordByKind[RegisterKind];

/**
 * The canonical fields of a kind (contracts §3): the columns a ledger of that kind may have. Not
 * fields: the record's source, extra, original and computed parts, and resultRow (read from 答复类型 and
 * its reason, never a column of its own).
 */
export type FieldName<K extends RegisterKind = RegisterKind> = {
  [P in K]: Exclude<keyof RecordByKind[P], keyof RecordBase | 'computed' | 'resultRow'> & string;
}[K];

/** A canonical value: text (an enum value, a CalendarDate) or a number. */
export type FieldValue = string | number;

/** The canonical values of any record by field name, for code that serves all three kinds (writers, generic checks). */
export type FieldValues = { -readonly [F in FieldName | 'resultRow']?: FieldValue };

/** The value of a canonical field of any record, read generically. */
export function fieldValue(record: AnyRecord, field: FieldName): FieldValue | undefined {
  const values: FieldValues = record;
  return values[field];
}

/** Canonical field → Excel column letter of the source sheet. */
export type ColumnMapping = Record<string, string>;

/** One validated register: the records of one sheet of one kind, with its findings. */
export interface Register<K extends RegisterKind = RegisterKind> {
  kind: K;
  sheet: string;
  /** Excel row number of the (last) header row. */
  headerRow: number;
  /** Number of non-blank data rows in the source. */
  dataRows: number;
  /** Blank rows below the header, skipped silently. */
  blankRows?: number;
  mapping: ColumnMapping;
  /** Column letters that did not map to a canonical field. */
  unmapped: string[];
  /** Header text of each unmapped column, by letter. */
  unmappedHeaders: Record<string, string>;
  records: RecordByKind[K][];
  findings: Finding[];
}

/** Any register. */
export type AnyRegister = Register<'catalogue'> | Register<'applications'> | Register<'appeals'>;
