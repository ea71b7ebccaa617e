import ExcelJS from 'exceljs';
import { toUtcMidnight } from '../../../core/dates';
import { AppealRecord, ApplicationRecord, ResultRow } from '../../../core/register/types';

// The official leaf labels as offices type them into 答复依据.
const REASON_TEXT: Partial<Record<ResultRow, string>> = {
  deny_secret: '属于国家秘密',
  deny_law: '其他法律行政法规禁止公开',
  deny_3safe: '危及“三安全一稳定”',
  deny_3rdparty: '保护第三方合法权益',
  deny_internal: '属于三类内部事务信息',
  deny_process: '属于四类过程性信息',
  deny_casefile: '属于行政执法案卷',
  deny_query: '属于行政查询事项',
  na_notheld: '本机关不掌握相关政府信息',
  na_create: '没有现成信息需要另行制作',
  na_unclear: '补正后申请内容仍不明确',
  np_petition: '信访举报投诉类申请',
  np_repeat: '重复申请',
  np_publication: '要求提供公开出版物',
  np_mass: '无正当理由大量反复申请',
  np_confirm: '要求行政机关确认或重新出具已获取信息',
  other_nocorrect: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  other_nofee: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  other_other: '申请人撤回申请',
};

/**
 * Writes applications and appeals as an office's .xlsx ledger: a title row above the header,
 * received dates as real dates, reply dates as text, personal data in their columns.
 */
export async function ledgerWorkbook(applications: readonly ApplicationRecord[], appeals: readonly AppealRecord[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('依申请公开登记');
  ws.addRow(['2024年度依申请公开登记台账']);
  ws.addRow(['申请编号', '收到日期', '申请人类型', '申请人', '证件号码', '联系电话', '承办科室', '答复日期', '答复类型', '答复依据']);
  for (const a of applications) {
    ws.addRow([
      a.appNo ?? '',
      a.receivedDate ? toUtcMidnight(a.receivedDate) : '',
      a.applicantType ?? '',
      a.applicantName ?? '',
      a.idNumber ?? '',
      a.phone ?? '',
      a.department ?? '办公室',
      a.replyDate ?? '',
      a.resultType ?? '',
      a.resultRow ? (REASON_TEXT[a.resultRow] ?? '') : '',
    ]);
  }
  const cs = wb.addWorksheet('复议诉讼');
  cs.addRow(['案件编号', '申请编号', '案件类型', '立案日期', '审理结果', '审结日期']);
  for (const c of appeals) {
    cs.addRow([c.caseNo ?? '', '', c.caseType ?? '', c.filedDate ?? '', c.result ?? '', c.closedDate ?? '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
