import { asCalendarDate, CalendarDate } from '../../../core/dates';
import { ApplicationRecord, CatalogueRecord } from '../../../core/register/types';
import { OfficeInfo, Settings, SettingsSchema } from '../../../core/settings/schema';

/** `'2026-03-05'` → CalendarDate, for readable fixtures. */
export const d = (s: string): CalendarDate => asCalendarDate(s);

let row = 1;
/** A catalogue item as the ledger pipeline would produce it. */
export function item(fields: Partial<Omit<CatalogueRecord, 'source' | 'extra' | 'original' | 'computed'>>, sheet = '目录'): CatalogueRecord {
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
};

/** Settings carrying OFFICE. */
export const SETTINGS: Settings = SettingsSchema.parse({ office: OFFICE });

/** A small catalogue with the mess of a real one: delivered items, blanks, two departments, three attributes. */
export function sampleCatalogue(): CatalogueRecord[] {
  return [
    item({ indexNo: 'MB2F1234X/2026-00003', title: '普陀区2026年安全生产工作要点', docNo: '普应急〔2026〕3号', department: '综合科', formedDate: d('2026-02-10'), publishedDate: d('2026-02-14'), attribute: '主动公开', pages: 6 }),
    item({ indexNo: 'MB2F1234X/2026-00001', title: '关于做好春节期间安全生产工作的通知', docNo: '普应急〔2026〕1号', department: '安监科', formedDate: d('2026-01-08'), publishedDate: d('2026-01-12'), attribute: '主动公开', pages: 2, transferredDate: d('2026-01-20') }),
    item({ indexNo: 'MB2F1234X/2026-00002', title: '危险化学品经营许可办理指南（修订）', docNo: '', department: '安监科', formedDate: d('2026-01-15'), publishedDate: d('2026-01-19'), attribute: '主动公开', pages: 4, validity: '已修订', copies: 3 }),
    item({ indexNo: 'MB2F1234X/2026-00004', title: '2025年度安全生产约谈记录', department: '安监科', formedDate: d('2026-03-02'), attribute: '不予公开', withheldReason: '内部事务信息' }),
    item({ indexNo: 'MB2F1234X/2026-00005', title: '关于调整局党组成员分工的通知', docNo: '普应急〔2026〕9号', department: '综合科', formedDate: d('2026-03-20'), attribute: '依申请公开' }),
    item({ indexNo: 'MB2F1234X/2025-00088', title: '普陀区应急避难场所管理办法', docNo: '普应急规〔2025〕2号', department: '综合科', formedDate: d('2025-11-03'), publishedDate: d('2025-11-10'), attribute: '主动公开', abolishedDate: d('2026-03-01'), remarks: '由2026年新办法替代' }),
    item({ indexNo: 'MB2F1234X/2026-00006', title: '=HYPERLINK("x") 应急演练方案', department: '综合科', formedDate: d('2026-04-01'), attribute: '主动公开' }),
    item({ indexNo: 'MB2F1234X/2026-00007', title: '属性未填的文件', department: '综合科', formedDate: d('2026-04-02') }),
  ];
}
