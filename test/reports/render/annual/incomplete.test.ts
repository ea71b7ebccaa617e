import ExcelJS from 'exceljs';
import { loadPdfFonts } from '../../../../cli/fonts';
import { asCalendarDate } from '../../../../core/dates';
import { validateLedger } from '../../../../core/ledger';
import { annualJson, annualPdf, annualXlsx, annualXlsxAddresses } from '../../../../reports/render/annual';
import { annualReport } from '../../../../reports/statistics/annual';
import { checkAnnualReport, hasHardFailure } from '../../../../reports/statistics/checks';
import { importReportXlsx } from '../../../../reports/statistics/importXlsx';
import { parseReportJson } from '../../../../reports/statistics/parseReport';
import { pdfText, saveOutput, squeeze } from '../pdf/pdfTools';

jest.setTimeout(60_000);
const today = asCalendarDate('2025-12-31');

/** The offline-page case of issue 13: a 主动公开目录 alone, no office name in the settings. */
function catalogueOnly() {
  const grid = {
    sheet: '主动公开目录',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['索引号', '信息名称', '文号', '生成日期', '公开日期', '公开属性', '体裁'],
      [
        'MB2F300040/2025-00001',
        '关于印发《某区街道社区议事规则》的通知',
        '某街规〔2025〕1号',
        '2025-02-10',
        '2025-02-20',
        '主动公开',
        '行政规范性文件',
      ],
      ['MB2F300040/2025-00002', '2025年街道工作要点', '某街〔2025〕3号', '2025-03-03', '2025-03-10', '主动公开', '通知'],
    ],
  };
  return annualReport([validateLedger(grid, { today }).register!], { year: 2025, office: '' }).model;
}

describe('a report made without the applications and appeals registers and without an office name', () => {
  const model = catalogueOnly();

  it('keeps tables 三 and 四 null (未提供), never zeros, and counts table 二 from the catalogue', () => {
    expect(model.missing).toEqual(['applications', 'appeals', 'office']);
    expect(model.table3.rows.new).toEqual([null, null, null, null, null, null, null]);
    expect(model.table4.review.total).toBeNull();
    expect(model.table2.normativeDocs).toEqual({ issued: 1, abolished: 0, inForce: 1 });
  });

  it('is 不完整, never 通过: one error naming what is missing, no identity judged on absent tables', () => {
    const failed = model.checks.filter((c) => !c.ok);
    expect(failed.map((c) => [c.rule, c.severity])).toEqual([['report.complete', 'error']]);
    expect(failed[0].message).toBe(
      '报告不完整：未提供依申请公开登记台账（表三）、复议诉讼台账（表四）、机关名称，相应表格为“未提供”，不是 0；请补充后重新生成' +
        '（本年没有申请的，附一张只有表头的依申请公开登记台账）（本年没有复议诉讼案件的，附一张只有表头的复议诉讼台账）（在“设置”工作表填写机关名称）',
    );
    expect(model.checks.some((c) => c.rule === 'table3.balance')).toBe(false);
    expect(hasHardFailure(model.checks)).toBe(true);
    expect(model.text?.overview).toContain('未提供依申请公开登记台账');
  });

  it('writes null and the missing sources in the JSON, and reads back 不完整', () => {
    const json = JSON.parse(annualJson(model));
    expect(json.office).toBe('');
    expect(json.missing).toEqual(['applications', 'appeals', 'office']);
    expect(json.table3.rows.total).toEqual([null, null, null, null, null, null, null]);
    const back = parseReportJson(json);
    expect(back.ok && hasHardFailure(checkAnnualReport(back.model))).toBe(true);
  });

  it('prints 未提供 in the .xlsx cells and the missing line in the title row; it reads back 不完整', async () => {
    const bytes = await annualXlsx(model);
    saveOutput('annual-incomplete.xlsx', bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const at = annualXlsxAddresses();
    const value = (id: string) => wb.getWorksheet(at[id]!.sheet)!.getCell(at[id]!.address).value;
    expect(value('table3.new.natural')).toBe('未提供');
    expect(value('table4.suitDirect.pending')).toBe('未提供');
    expect(value('table2.normativeDocs.issued')).toBe(1);
    expect(String(wb.getWorksheet(at['table3.new.natural']!.sheet)!.getCell('A1').value)).toContain('报告不完整：未提供依申请公开登记台账');
    const read = await importReportXlsx(bytes);
    expect(read.ok).toBe(true);
    if (read.ok) {
      const checks = checkAnnualReport(read.model);
      expect(checks.filter((c) => !c.ok).map((c) => c.rule)).toEqual(['report.complete']);
    }
  });

  it('prints the missing line at the top of the PDF and 未提供 in the tables, never 全部校验通过', async () => {
    const { bytes } = await annualPdf(model, loadPdfFonts(), today);
    const text = squeeze(pdfText(saveOutput('annual-incomplete.pdf', bytes), false));
    expect(text).toContain(squeeze('报告不完整：未提供依申请公开登记台账（表三）'));
    expect(text.indexOf(squeeze('报告不完整'))).toBeLessThan(text.indexOf(squeeze('三、收到和处理政府信息公开申请情况')));
    expect(text).toContain('未提供');
    expect(text).not.toContain('全部校验通过');
  });
});

describe('a report with every source', () => {
  it('shows numbers, no 未提供 and no missing line', () => {
    const grid = {
      sheet: '依申请公开',
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ['申请编号', '收到日期', '申请人类型', '答复日期', '答复类型'],
        ['2025-001', '2025-03-03', '自然人', '2025-03-14', '予以公开'],
      ],
    };
    const appeals = {
      sheet: '复议诉讼',
      firstRow: 1,
      firstColumn: 1,
      rows: [['案件编号', '案件类型', '立案日期', '审理结果', '审结日期']],
    };
    const catalogue = {
      sheet: '目录',
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ['信息名称', '生成日期', '公开属性'],
        ['某通知', '2025-01-06', '主动公开'],
      ],
    };
    const registers = [grid, appeals, catalogue].map(
      (g) => validateLedger(g, { today, kind: g.sheet === '复议诉讼' ? 'appeals' : 'auto' }).register!,
    );
    const { model } = annualReport(registers, { year: 2025, office: '某某街道办事处' });
    expect(model.missing).toBeUndefined();
    expect(model.checks.filter((c) => !c.ok)).toEqual([]);
    expect(JSON.parse(annualJson(model)).missing).toBeUndefined();
  });
});
