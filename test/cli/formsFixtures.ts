import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A temporary folder with a small catalogue and a small applications ledger, as offices keep them. */
export async function writeFormsLedgers(): Promise<{ dir: string; catalogue: string; applications: string; settings: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-forms-'));
  const cat = new ExcelJS.Workbook();
  const ws = cat.addWorksheet('2026年目录');
  ws.addRow(['上海市普陀区应急管理局主动公开政府信息目录（2026年）']);
  ws.addRow(['索引号', '信息名称', '文号', '责任科室', '生成日期', '公开日期', '公开属性', '不予公开理由', '送交日期', '页数', '备注']);
  ws.addRow([
    'MB2F1234X/2026-00001',
    '关于做好春节期间安全生产工作的通知',
    '普应急〔2026〕1号',
    '安监科',
    '2026-01-08',
    '2026-01-12',
    '主动公开',
    '',
    '2026-01-20',
    2,
    '',
  ]);
  ws.addRow([
    'MB2F1234X/2026-00002',
    '危险化学品经营许可办理指南（修订）',
    '',
    '安监科',
    '2026/1/15',
    '2026-01-19',
    '主动公开',
    '',
    '',
    4,
    '修订',
  ]);
  ws.addRow([
    'MB2F1234X/2026-00003',
    '普陀区2026年安全生产工作要点',
    '普应急〔2026〕3号',
    '综合科',
    '2026年2月10日',
    '2026-02-14',
    '主动公开',
    '',
    '',
    6,
    '',
  ]);
  ws.addRow(['MB2F1234X/2026-00004', '2025年度安全生产约谈记录', '', '安监科', '2026-03-02', '', '免予公开', '内部事务信息', '', '', '']);
  ws.addRow([
    'MB2F1234X/2026-00005',
    '关于调整局党组成员分工的通知',
    '普应急〔2026〕9号',
    '综合科',
    '2026-03-20',
    '',
    '依申请公开',
    '',
    '',
    '',
    '',
  ]);
  ws.addRow([
    'MB2F1234X/2026-00006',
    '普陀区应急避难场所管理办法',
    '普应急规〔2026〕1号',
    '综合科',
    '2026-04-01',
    '',
    '主动公开',
    '',
    '',
    8,
    '',
  ]);
  const catalogue = path.join(dir, '主动公开目录.xlsx');
  await cat.xlsx.writeFile(catalogue);

  const apps = new ExcelJS.Workbook();
  const wa = apps.addWorksheet('2025年');
  wa.addRow([
    '申请编号',
    '收到日期',
    '申请方式',
    '申请人类型',
    '申请人',
    '证件号码',
    '联系电话',
    '申请内容',
    '补正告知日期',
    '补正收到日期',
    '征求意见日期',
    '征求意见答复日期',
    '延期告知日期',
    '延期工作日',
    '答复日期',
    '答复类型',
    '答复依据',
  ]);
  wa.addRow([
    '2025-017',
    '2025-09-26',
    '当面',
    '自然人',
    '张伟',
    '310104198001010017',
    '13800138000',
    '2025年本区老旧小区消防设施改造项目的会议纪要',
    '',
    '',
    '',
    '',
    '2025-10-28',
    20,
    '2025-11-20',
    '不予公开',
    '过程性信息',
  ]);
  wa.addRow([
    '2025-021',
    '2025-01-20',
    '网络',
    '自然人',
    '李娜',
    '11010519491231002X',
    '',
    '关于那个工厂的文件',
    '2025-01-24',
    '2025-02-10',
    '',
    '',
    '',
    '',
    '2025-03-05',
    '无法提供',
    '本机关不掌握相关政府信息',
  ]);
  wa.addRow([
    '2025-030',
    '2025-04-30',
    '邮寄',
    '商业企业',
    '上海某某建设工程有限公司',
    '91350100M000100Y43',
    '',
    '某仓库项目危险化学品经营许可审查材料',
    '',
    '',
    '2025-05-06',
    '2025-05-20',
    '',
    '',
    '2025-06-10',
    '部分公开',
    '涉及商业秘密',
  ]);
  wa.addRow([
    '2025-050',
    '2025-11-20',
    '网络',
    '自然人',
    '赵强',
    '440524188001010014',
    '',
    '某路段施工许可',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  const applications = path.join(dir, '依申请台账.xlsx');
  await apps.xlsx.writeFile(applications);

  const settings = path.join(dir, 'settings.json');
  fs.writeFileSync(
    settings,
    JSON.stringify({
      office: {
        name: '上海市普陀区应急管理局',
        abbreviation: '普应急',
        address: '上海市普陀区大渡河路1668号',
        postcode: '200333',
        phone: '021-52564588',
        sealText: '上海市普陀区应急管理局',
        principal: '王建国',
        reviewBody: '上海市普陀区人民政府',
        court: '上海铁路运输法院',
      },
    }),
  );
  return { dir, catalogue, applications, settings };
}
