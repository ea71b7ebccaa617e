import { asCalendarDate, CalendarDate } from '../../../core/dates';
import { ApplicationRecord, CatalogueRecord } from '../../../core/register/types';
import { OfficeInfo, Settings, SettingsSchema } from '../../../core/settings/schema';

/** `'2026-03-05'` → CalendarDate, for readable fixtures. */
export const d = (s: string): CalendarDate => asCalendarDate(s);

let row = 1;
/** A catalogue item as the ledger pipeline would produce it. */
export function item(
  fields: Partial<Omit<CatalogueRecord, 'source' | 'extra' | 'original' | 'computed'>>,
  sheet = '目录',
): CatalogueRecord {
  row++;
  return { source: { sheet, row }, extra: {}, original: {}, computed: {}, ...fields };
}

/** An application as the ledger pipeline would produce it. */
export function application(fields: Partial<Omit<ApplicationRecord, 'source' | 'extra' | 'original' | 'computed'>>): ApplicationRecord {
  row++;
  return { source: { sheet: '依申请台账', row }, extra: {}, original: {}, computed: {}, ...fields };
}

/** A district office with everything the forms print. */
export const OFFICE: OfficeInfo = {
  name: '上海市普陀区应急管理局',
  code: '11310107MB2F1234XK',
  abbreviation: '普应急',
  address: '上海市普陀区大渡河路1668号',
  postcode: '200333',
  phone: '021-52564588',
  fax: '021-52564589',
  email: 'gk@ptyj.example.cn',
  sealText: '上海市普陀区应急管理局',
  principal: '王建国',
  reviewBody: '上海市普陀区人民政府',
  court: '上海铁路运输法院',
  publicAccess: '上海市普陀区人民政府门户网站“政府信息公开”栏目（www.shpt.gov.cn），或普陀区政府信息公开受理中心查阅点',
};

/** Settings carrying OFFICE. */
export const SETTINGS: Settings = SettingsSchema.parse({ office: OFFICE });

/** A small catalogue with the mess of a real one: delivered items, blanks, two departments, three attributes. */
export function sampleCatalogue(): CatalogueRecord[] {
  return [
    item({
      indexNo: 'MB2F1234X/2026-00003',
      title: '普陀区2026年安全生产工作要点',
      docNo: '普应急〔2026〕3号',
      department: '综合科',
      formedDate: d('2026-02-10'),
      publishedDate: d('2026-02-14'),
      attribute: '主动公开',
      pages: 6,
    }),
    item({
      indexNo: 'MB2F1234X/2026-00001',
      title: '关于做好春节期间安全生产工作的通知',
      docNo: '普应急〔2026〕1号',
      department: '安监科',
      formedDate: d('2026-01-08'),
      publishedDate: d('2026-01-12'),
      attribute: '主动公开',
      pages: 2,
      transferredDate: d('2026-01-20'),
    }),
    item({
      indexNo: 'MB2F1234X/2026-00002',
      title: '危险化学品经营许可办理指南（修订）',
      docNo: '',
      department: '安监科',
      formedDate: d('2026-01-15'),
      publishedDate: d('2026-01-19'),
      attribute: '主动公开',
      pages: 4,
      validity: '已修订',
      copies: 3,
    }),
    item({
      indexNo: 'MB2F1234X/2026-00004',
      title: '2025年度安全生产约谈记录',
      department: '安监科',
      formedDate: d('2026-03-02'),
      attribute: '不予公开',
      withheldReason: '内部事务信息',
    }),
    item({
      indexNo: 'MB2F1234X/2026-00005',
      title: '关于调整局党组成员分工的通知',
      docNo: '普应急〔2026〕9号',
      department: '综合科',
      formedDate: d('2026-03-20'),
      attribute: '依申请公开',
    }),
    item({
      indexNo: 'MB2F1234X/2025-00088',
      title: '普陀区应急避难场所管理办法',
      docNo: '普应急规〔2025〕2号',
      department: '综合科',
      formedDate: d('2025-11-03'),
      publishedDate: d('2025-11-10'),
      attribute: '主动公开',
      abolishedDate: d('2026-03-01'),
      remarks: '由2026年新办法替代',
    }),
    item({
      indexNo: 'MB2F1234X/2026-00006',
      title: '=HYPERLINK("x") 应急演练方案',
      department: '综合科',
      formedDate: d('2026-04-01'),
      attribute: '主动公开',
    }),
    item({ indexNo: 'MB2F1234X/2026-00007', title: '属性未填的文件', department: '综合科', formedDate: d('2026-04-02') }),
  ];
}

/** Applications covering every notice: extension + 不予公开, correction + 不掌握, consultation + 部分公开, fee. */
export function sampleApplications(): ApplicationRecord[] {
  return [
    application({
      appNo: '2025-017',
      receivedDate: d('2025-09-26'),
      channel: '当面',
      applicantType: '自然人',
      applicantName: '张伟',
      idType: '居民身份证',
      idNumber: '310104198001010017',
      phone: '13800138000',
      address: '上海市普陀区真北路100弄5号',
      content: '2025年本区老旧小区消防设施改造项目的会议纪要',
      department: '综合科',
      extensionNoticeDate: d('2025-10-28'),
      extensionDays: 20,
      replyDate: d('2025-11-20'),
      resultType: '不予公开',
      resultRow: 'deny_process',
      resultReason: '过程性信息',
    }),
    application({
      appNo: '2025-021',
      receivedDate: d('2025-01-20'),
      channel: '网络',
      applicantType: '自然人',
      applicantName: '李娜',
      idNumber: '11010519491231002X',
      content: '关于那个工厂的文件',
      correctionNoticeDate: d('2025-01-24'),
      correctionReceivedDate: d('2025-02-10'),
      replyDate: d('2025-03-05'),
      resultType: '无法提供',
      resultRow: 'na_notheld',
    }),
    application({
      appNo: '2025-030',
      receivedDate: d('2025-04-30'),
      channel: '邮寄',
      applicantType: '商业企业',
      applicantName: '上海某某建设工程有限公司',
      idNumber: '91350100M000100Y43',
      content: '某仓库项目危险化学品经营许可审查材料',
      consultSentDate: d('2025-05-06'),
      consultReplyDate: d('2025-05-20'),
      replyDate: d('2025-06-10'),
      resultType: '部分公开',
      resultRow: 'partial',
      resultReason: '涉及商业秘密',
    }),
    application({
      appNo: '2025-044',
      receivedDate: d('2025-06-03'),
      channel: '电子邮件',
      applicantType: '自然人',
      applicantName: '王芳',
      idNumber: '440524188001010014',
      content: '2020年至2025年全部安全检查记录（纸质复印件）',
      feeNoticeDate: d('2025-06-20'),
      feeBasis: '按量',
      feePages: 120,
      feeAmount: 1100,
    }),
  ];
}
