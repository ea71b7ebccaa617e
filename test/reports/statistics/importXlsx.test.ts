import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { importReportXlsx } from '../../../reports/statistics/importXlsx';
import { parseReportJson } from '../../../reports/statistics/parseReport';
import { annualXlsx } from '../../../reports/render/annual/xlsx';
import { AnnualReportModel } from '../../../reports/statistics/model';
import { TABLE3_ROWS } from '../../../core/register/types';

const load = (name: string): AnnualReportModel => {
  const parsed = parseReportJson(JSON.parse(readFileSync(`${__dirname}/fixtures/${name}`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.model;
};

describe('importReportXlsx', () => {
  it('reads every cell of our .xlsx layout back, blanks and table 二 included', async () => {
    const model = load('huaian_city_2024.json');
    // Distinct numbers in every cell so a swapped row or column cannot pass.
    TABLE3_ROWS.forEach((r, i) => {
      model.table3.rows[r] = model.table3.rows[r].map((_, j) => 100 * i + j);
    });
    model.table3.rows.np_mass = [null, 1, null, 3, 4, 5, 6];
    model.table4.suitDirect = { upheld: 1, corrected: 2, other: 3, pending: null, total: 5 };
    model.table2 = {
      rules: { issued: 1, abolished: 2, inForce: 3 },
      normativeDocs: { issued: 4, abolished: 5, inForce: 6 },
      licensing: 7,
      penalty: 8,
      enforcement: null,
      feesWanYuan: 9.25,
    };
    const parsed = await importReportXlsx(await annualXlsx(model));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.model.table3.rows).toEqual(model.table3.rows);
    expect(parsed.model.table4).toEqual(model.table4);
    expect(parsed.model.table2).toEqual(model.table2);
    expect([parsed.model.year, parsed.model.office]).toEqual([2024, '淮安市人民政府']);
  });

  it('reads a hand-made one-sheet table by its labels, older single-row （六）其他处理 included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['某某局2023年政府信息公开工作年度报告']);
    ws.addRow(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况']);
    ws.addRow(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    ws.addRow(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    ws.addRow(['一、本年新收政府信息公开申请数量', '', '', 5, 1, 0, 0, 0, 0, 6]);
    ws.addRow(['三、本年度办理结果', '（一）予以公开', '', 3, 1, 0, 0, 0, 0, 4]);
    ws.addRow(['', '（三）不予公开', '1.属于国家秘密', 1, 0, 0, 0, 0, 0, 1]);
    ws.addRow(['', '（六）其他处理', '', '1', '', '', '', '', '', 1]);
    ws.addRow(['', '（七）总计', '', 5, 1, 0, 0, 0, 0, 6]);
    ws.addRow(['四、结转下年度继续办理', '', '', 0, 0, 0, 0, 0, 0, 0]);
    ws.addRow([]);
    ws.addRow(['行政复议', '', '', '', '', '行政诉讼']);
    ws.addRow(['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉']);
    ws.addRow([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
    ws.addRow([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
    ws.mergeCells('A12:E12');
    ws.mergeCells('F12:O12');
    ws.mergeCells('F13:J13');
    ws.mergeCells('K13:O13');
    ws.mergeCells('A13:A13');
    const parsed = await importReportXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    if (!parsed.ok) throw new Error(parsed.message);
    const m = parsed.model;
    expect([m.year, m.office]).toEqual([2023, '某某局']);
    expect(m.table3.rows.new).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(m.table3.rows.granted).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(m.table3.rows.deny_secret).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(m.table3.rows.other_other).toEqual([1, null, null, null, null, null, 1]);
    expect(m.table3.rows.carry_in).toEqual([null, null, null, null, null, null, null]);
    expect(m.table4.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(m.table4.suitAfterReview).toEqual({ upheld: 2, corrected: 0, other: 0, pending: 0, total: 0 });
  });

  it('says why when there is no table 三', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('空').addRow(['hello']);
    expect(await importReportXlsx(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual({
      ok: false,
      message: expect.stringContaining('自然人'),
    });
    expect((await importReportXlsx(new Uint8Array([1, 2, 3]))).ok).toBe(false);
  });
});
