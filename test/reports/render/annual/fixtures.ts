import { readFileSync } from 'node:fs';
import { TABLE3_COLUMNS, TABLE3_ROWS, Table3Row } from '../../../../core/register/types';
import { checkAnnualReport } from '../../../../reports/statistics/checks';
import { AnnualReportModel, TABLE4_CELLS, TABLE4_GROUPS } from '../../../../reports/statistics/model';
import { parseReportJson } from '../../../../reports/statistics/parseReport';

/** The 25 row labels of table 三 exactly as in 国办公开办函〔2021〕30号 (ogi-reference §1.4). */
export const OFFICIAL_TABLE3_LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

export const OFFICIAL_TABLE3_COLUMNS = [
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
];
export const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const OFFICIAL_TABLE2_LABELS = [
  '第二十条第（一）项',
  '第二十条第（五）项',
  '第二十条第（六）项',
  '第二十条第（八）项',
  '信息内容',
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '本年处理决定数量',
  '本年收费金额（单位：万元）',
  '规章',
  '行政规范性文件',
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政事业性收费',
];
export const OFFICIAL_TABLE4_LABELS = [
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
];
export const HEADINGS = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];

/** 淮安市人民政府 2024 (a real published report: tables 三/四) with made-up table 二 and text. */
export function huaianModel(): AnnualReportModel {
  const parsed = parseReportJson(JSON.parse(readFileSync(`${__dirname}/../../statistics/fixtures/huaian_city_2024.json`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  const model: AnnualReportModel = {
    ...parsed.model,
    table2: {
      rules: { issued: 1, abolished: 0, inForce: 25 },
      normativeDocs: { issued: 12, abolished: 3, inForce: 140 },
      licensing: 5210,
      penalty: 356,
      enforcement: null,
      feesWanYuan: 12.35,
    },
    text: {
      overview: '2024 年，本机关共收到政府信息公开申请 3119 件，上年结转 34 件；本年度办结 3050 件。',
      fees: '依据《政府信息公开信息处理费管理办法》，本年度未发出收费通知，未收取信息处理费。',
    },
    excluded: 2,
  };
  model.checks = checkAnnualReport(model);
  return model;
}

/** A model where every figure is different (row i, column j → 1000 + 10·i + j), so a number pins its cell. */
export function uniqueModel(): AnnualReportModel {
  const rows = {} as Record<Table3Row, number[]>;
  TABLE3_ROWS.forEach((r, i) => {
    rows[r] = TABLE3_COLUMNS.map((_, j) => 1000 + 10 * i + j);
  });
  const t4 = {} as AnnualReportModel['table4'];
  TABLE4_GROUPS.forEach((g, i) => {
    t4[g] = {} as AnnualReportModel['table4'][typeof g];
    TABLE4_CELLS.forEach((c, j) => {
      t4[g][c] = 500 + 10 * i + j;
    });
  });
  return {
    year: 2025,
    office: '上海市某某区市场监督管理局',
    table2: {
      rules: { issued: 301, abolished: 302, inForce: 303 },
      normativeDocs: { issued: 311, abolished: 312, inForce: 313 },
      licensing: 321,
      penalty: 331,
      enforcement: 332,
      feesWanYuan: 3.75,
    },
    table3: { columns: [...TABLE3_COLUMNS], rows },
    table4: t4,
    checks: [],
  };
}
