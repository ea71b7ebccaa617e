/**
 * Builds the example ledgers in this folder: `npx tsx templates/examples/build-examples.ts`.
 * They look like real offices' books (title rows, a merged two-row header, blank rows, dates typed
 * several ways, full-width digits, legacy words) and carry a few real-looking mistakes, for a
 * `--today 2025-12-31` story. Every name, number and ID is fictional; valid-looking IDs get a correct
 * check digit, one deliberately does not.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';

const FIXED_TIME = new Date(Date.UTC(2025, 11, 31, 8, 0, 0));

type Cell = string | number | Date | null;

/** A date cell as Excel stores a typed date (UTC midnight for exceljs). */
function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** 18-digit resident ID with its GB 11643 check digit (fictional region/sequence). */
export function residentId(first17: string, validCheckDigit = true): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, ch, i) => s + Number(ch) * weights[i], 0);
  const check = '10X98765432'[sum % 11];
  const wrong = check === '0' ? '1' : '0';
  return first17 + (validCheckDigit ? check : wrong);
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '某街道党政办公室';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  return wb;
}

function styleHeader(ws: ExcelJS.Worksheet, rows: number[], columns: number): void {
  for (const r of rows) {
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
}

function dateFormat(ws: ExcelJS.Worksheet, firstRow: number): void {
  ws.eachRow((row, n) => {
    if (n < firstRow) return;
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
    });
  });
}

/** 依申请公开登记台账 with a 复议诉讼 sheet and a notes sheet. */
async function applicationsLedger(outDir: string): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('2025年');
  const width = 19;
  ws.addRow(['某某区某某街道办事处政府信息公开申请登记台账（2025年度）']);
  ws.mergeCells(1, 1, 1, width);
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.addRow(['填报单位：某某街道党政办公室　　　　更新日期：2025年12月31日']);
  ws.mergeCells(2, 1, 2, width);
  ws.addRow([
    '序号',
    '申请编号',
    '收到申请日期',
    '申请方式',
    '申请人信息',
    null,
    null,
    null,
    '所需信息内容描述',
    '承办科室',
    '补正告知日期',
    '补正收到日期',
    '延期告知日期',
    '是否延期',
    '答复日期',
    '答复类型',
    '答复依据',
    '送达方式',
    '备注',
  ]);
  ws.addRow([null, null, null, null, '申请人类型', '姓名/名称', '证件号码', '联系电话']);
  ws.mergeCells('E3:H3');
  for (const c of ['A', 'B', 'C', 'D', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S']) ws.mergeCells(`${c}3:${c}4`);
  styleHeader(ws, [3, 4], width);

  const id = residentId;
  const rows: Cell[][] = [
    [
      1,
      '2025-001',
      day(2025, 1, 6),
      '网络',
      '自然人',
      '张建国',
      id('31010719650312041'),
      '13801230001',
      '某某路旧区改造房屋征收补偿方案',
      '房管办',
      null,
      null,
      null,
      '否',
      day(2025, 1, 17),
      '予以公开',
      null,
      '电子邮件',
      null,
    ],
    [
      2,
      '2025-002',
      '2025/1/15',
      '信函',
      '公民',
      '王秀兰',
      id('31010719580923062'),
      '13901230002',
      '本街道2024年老旧小区加装电梯补贴名单',
      '城建中心',
      null,
      null,
      null,
      '否',
      '2025年2月10日',
      '部分公开',
      '涉及个人隐私，已作区分处理',
      '邮寄',
      null,
    ],
    [
      3,
      '2025-003',
      '２０２５年３月３日',
      '当面',
      '企业',
      '某某置业有限公司',
      null,
      '021-61230003',
      '某地块控制性详细规划调整公示材料',
      '城建中心',
      null,
      null,
      null,
      '否',
      day(2025, 3, 14),
      '予以公开',
      null,
      '当面领取',
      null,
    ],
    [],
    [
      4,
      '2025-004',
      day(2025, 3, 18),
      '网络',
      '法人或其他组织',
      '某某物业管理有限公司',
      null,
      '13601230004',
      '2024年度小区维修资金使用审批记录',
      '房管办',
      null,
      null,
      null,
      '否',
      day(2025, 3, 28),
      '无法提供',
      '本机关不掌握相关政府信息',
      '电子邮件',
      null,
    ],
    [
      5,
      '2025-005',
      '2025.4.2',
      '网络',
      '自然人',
      '李卫东',
      id('31010719720415083', false),
      '13701230005',
      '某菜市场改造工程招投标文件',
      '管理办',
      null,
      null,
      null,
      '否',
      day(2025, 5, 9),
      '予以公开',
      null,
      '电子邮件',
      '答复前已电话沟通',
    ],
    [
      6,
      '2025-006',
      '20250416',
      '电子邮件',
      '自然人',
      '陈晓燕',
      id('31010719880706024'),
      '13501230006',
      '街道2024年财政预算执行情况',
      '财务科',
      day(2025, 4, 18),
      day(2025, 4, 25),
      null,
      '否',
      day(2025, 5, 20),
      '予以公开',
      null,
      '电子邮件',
      '申请内容不明确，已补正',
    ],
    [
      7,
      '2025-006',
      day(2025, 5, 6),
      '网络',
      '自然人',
      '周志强',
      id('31010719790228051'),
      '13301230007',
      '同2025-003号申请内容',
      '城建中心',
      null,
      null,
      null,
      '否',
      day(2025, 5, 16),
      '不予处理',
      '重复申请',
      '电子邮件',
      null,
    ],
    [
      8,
      '2025-008',
      day(2025, 6, 9),
      '网络',
      '自然人',
      '吴丽华',
      id('31010719900118032'),
      '13201230008',
      '某道路综合整治工程环评及批复',
      '管理办',
      null,
      null,
      day(2025, 7, 4),
      '是',
      day(2025, 7, 25),
      '部分公开',
      '部分内容涉及商业秘密',
      '电子邮件',
      '征求第三方意见后延期',
    ],
    [
      9,
      '2025-009',
      day(2025, 7, 14),
      '网络',
      '自然人',
      '孙海峰',
      id('31010719830530017'),
      '13101230009',
      '2025年街道垃圾分类考核结果',
      '管理办',
      null,
      null,
      null,
      '否',
      day(2025, 7, 10),
      '予以公开',
      null,
      '电子邮件',
      null,
    ],
    [
      10,
      '2025-010',
      '2025-08-04',
      '当面',
      '商业企业',
      '某某餐饮管理有限公司',
      null,
      '021-61230010',
      '对本公司行政处罚案件的调查材料',
      '综合执法队',
      null,
      null,
      null,
      '否',
      '2025-08-15',
      '不予公开',
      null,
      '当面领取',
      null,
    ],
    [],
    [
      11,
      '2025-011',
      day(2025, 9, 26),
      '网络',
      '自然人',
      '赵敏',
      id('31010719950812046'),
      '18801230011',
      '某小区违法建筑拆除决定书',
      '综合执法队',
      null,
      null,
      null,
      '否',
      day(2025, 11, 5),
      '予以公开',
      null,
      '电子邮件',
      null,
    ],
    [
      12,
      '2025-012',
      day(2025, 10, 20),
      '邮寄',
      '科研机构',
      '某某大学城市规划研究院',
      null,
      '021-65230012',
      '街道社区规划编制成果',
      '城建中心',
      null,
      null,
      null,
      '否',
      day(2025, 11, 7),
      '予以公开',
      null,
      '邮寄',
      null,
    ],
    [
      13,
      '2025-013',
      day(2025, 11, 20),
      '网络',
      '自然人',
      '刘建华',
      id('31010719680101079'),
      '18601230013',
      '某商务楼宇安全检查记录',
      '安全办',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      14,
      '2025-014',
      day(2025, 12, 8),
      '网络',
      '社会公益组织',
      '某某社区公益服务中心',
      null,
      '021-65230014',
      '2025年社区公益项目招投标结果',
      '社区办',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      15,
      '2025-015',
      '2025年12月22日',
      '平台',
      '律师事务所',
      '某某律师事务所',
      null,
      '021-65230015',
      '某地块征收决定及附件',
      '房管办',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '代理人：郑律师',
    ],
    [
      16,
      '2025-016',
      '2025-02-30',
      '网络',
      '自然人',
      '郑丽',
      id('31010719770909088'),
      '15901230016',
      '街道办公用房调整方案',
      '党政办',
      null,
      null,
      null,
      '否',
      day(2025, 3, 10),
      '予以公开',
      null,
      '电子邮件',
      null,
    ],
    [
      17,
      '2025-017',
      day(2025, 12, 15),
      '网络',
      null,
      '马俊',
      null,
      '15801230017',
      '某路段停车收费标准依据',
      '管理办',
      null,
      null,
      null,
      '否',
      day(2025, 12, 19),
      '予以公开',
      null,
      '电子邮件',
      null,
    ],
    [
      18,
      '2025-018',
      day(2025, 6, 20),
      '网络',
      '自然人',
      '黄磊',
      id('31010719860320013'),
      '15701230018',
      '辖区人防工程分布图',
      '武装部',
      null,
      null,
      null,
      '否',
      day(2025, 6, 30),
      '不予公开（属于国家秘密）',
      null,
      '电子邮件',
      null,
    ],
  ];
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  ws.addRow(['注：本台账按收到申请日期登记，答复类型按《中华人民共和国政府信息公开工作年度报告格式》填写。']);
  ws.mergeCells(ws.rowCount, 1, ws.rowCount, width);
  dateFormat(ws, 5);
  ws.getColumn(9).width = 36;
  ws.getColumn(7).width = 21;
  ws.views = [{ state: 'frozen', ySplit: 4 }];

  const appeals = wb.addWorksheet('复议诉讼');
  appeals.addRow(['案件编号', '关联申请编号', '案件类型', '立案日期', '审理结果', '审结日期', '备注']);
  styleHeader(appeals, [1], 7);
  appeals.addRow(['某府复〔2025〕12号', '2025-005', '行政复议', day(2025, 6, 10), '纠正', day(2025, 8, 8), '责令重新答复']);
  appeals.addRow(['（2025）某0107行初123号', '2025-009', '未经复议直接起诉', '2025年9月1日', '尚未审结', null, null]);
  appeals.addRow(['某府复〔2025〕31号', '2025-010', '行政复议', day(2025, 9, 15), '维持', day(2025, 11, 10), null]);
  dateFormat(appeals, 2);

  const notes = wb.addWorksheet('填表说明');
  notes.addRow(['填表说明']);
  notes.addRow(['1. 收到申请日期按《政府信息公开条例》第三十一条确定。']);
  notes.addRow(['2. 申请人类型按年报表三的六类填写：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他。']);
  await wb.xlsx.writeFile(path.join(outDir, '某街道依申请公开登记台账2025.xlsx'));
}

/** 主动公开目录 with legacy 免于公开 and a few late or impossible dates. */
async function catalogueLedger(outDir: string): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('2025年主动公开目录');
  const width = 12;
  ws.addRow(['某某区某某局2025年政府信息公开目录']);
  ws.mergeCells(1, 1, 1, width);
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.addRow([
    '序号',
    '索引号',
    '信息名称',
    '文号',
    '发布机构',
    '责任科室',
    '成文日期',
    '公开日期',
    '公开属性',
    '不予公开理由',
    '主题分类',
    '备注',
  ]);
  styleHeader(ws, [2], width);
  const code = 'MB2C01234X';
  const rows: Cell[][] = [
    [
      1,
      `${code}/2025-00001`,
      '关于印发《某某区2025年安全生产工作要点》的通知',
      '某应急〔2025〕1号',
      '某某区某某局',
      '综合科',
      day(2025, 1, 8),
      day(2025, 1, 15),
      '主动公开',
      null,
      '安全生产',
      null,
    ],
    [
      2,
      `${code}/2025-00002`,
      '某某区2024年度安全生产行政执法统计',
      null,
      '某某区某某局',
      '执法大队',
      day(2025, 1, 20),
      day(2025, 2, 12),
      '主动公开',
      null,
      '统计信息',
      null,
    ],
    [
      3,
      `${code}/2025-00003`,
      '关于调整局领导班子分工的通知',
      '某应急〔2025〕3号',
      '某某区某某局',
      '办公室',
      day(2025, 2, 18),
      null,
      '免于公开',
      '内部事务信息',
      '机构职能',
      null,
    ],
    [
      4,
      `${code}/2025-00004`,
      '某某区2025年防汛防台应急预案',
      '某应急〔2025〕5号',
      '某某区某某局',
      '应急科',
      day(2025, 3, 3),
      day(2025, 3, 10),
      '主动公开',
      null,
      '应急管理',
      null,
    ],
    [
      5,
      `${code}/2025-00005`,
      '关于某企业安全生产行政处罚决定书',
      '某应急罚〔2025〕7号',
      '某某区某某局',
      '执法大队',
      day(2025, 3, 20),
      day(2025, 6, 16),
      '主动公开',
      null,
      '行政执法',
      '系统故障补录',
    ],
    [],
    [
      6,
      `${code}/2025-00006`,
      '关于开展2025年度危险化学品专项检查的通知',
      '某应急〔2025〕9号',
      '某某区某某局',
      '危化科',
      '2025年4月7日',
      '2025年4月3日',
      '主动公开',
      null,
      '安全生产',
      null,
    ],
    [
      7,
      `${code}/2025-00007`,
      '局2025年部门预算',
      null,
      '某某区某某局',
      '财务科',
      day(2025, 2, 10),
      day(2025, 2, 14),
      '主动公开',
      null,
      '财政预决算',
      null,
    ],
    [
      8,
      `${code}/2025-00008`,
      '关于某信访事项的处理意见',
      '某应急信〔2025〕2号',
      '某某区某某局',
      '办公室',
      day(2025, 5, 12),
      null,
      '免予公开',
      null,
      '其他',
      null,
    ],
    [
      9,
      `${code}/2025-00009`,
      '某某区安全生产举报奖励办法',
      '某应急规〔2025〕1号',
      '某某区某某局',
      '法规科',
      '2025-06-03',
      '2025-06-11',
      '主动公开',
      null,
      '规范性文件',
      '有效',
    ],
    [
      10,
      `${code}/2025-00010`,
      '关于某工贸企业事故调查报告的批复',
      '某应急〔2025〕15号',
      '某某区某某局',
      '调查科',
      day(2025, 8, 25),
      null,
      '依申请公开',
      null,
      '事故调查',
      null,
    ],
    [
      11,
      `${code}/2025-00011`,
      '某某区2025年第三季度安全生产形势分析',
      null,
      '某某区某某局',
      '综合科',
      day(2025, 10, 13),
      day(2025, 10, 20),
      '主动公开',
      null,
      '统计信息',
      null,
    ],
    [
      12,
      `${code}/2025-00012`,
      '关于做好2026年元旦春节期间安全防范工作的通知',
      '某应急〔2025〕22号',
      '某某区某某局',
      '综合科',
      day(2025, 12, 19),
      null,
      '主动公开',
      null,
      '安全生产',
      '待公开',
    ],
    [
      13,
      `${code}/2025-00013`,
      '某某区2025年应急演练计划',
      '某应急〔2025〕11号',
      '某某区某某局',
      '应急科',
      day(2025, 4, 28),
      '2025-5-9',
      '主动公开',
      null,
      '应急管理',
      null,
    ],
  ];
  for (const r of rows) ws.addRow(r);
  dateFormat(ws, 3);
  ws.getColumn(3).width = 48;
  ws.getColumn(2).width = 24;
  await wb.xlsx.writeFile(path.join(outDir, '某区某某局主动公开目录2025.xlsx'));
}

/** Writes the example workbooks into `outDir` (this folder by default). */
export async function buildExamples(outDir: string = __dirname): Promise<void> {
  await applicationsLedger(outDir);
  await catalogueLedger(outDir);
}

if (require.main === module) {
  buildExamples()
    .then(() => process.stdout.write(`examples written to ${path.relative(process.cwd(), __dirname) || '.'}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    });
}
