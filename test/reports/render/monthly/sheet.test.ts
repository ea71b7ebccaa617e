import ExcelJS from 'exceljs';
import { monthlySheetDocument } from '../../../../reports/render/monthly/sheet';
import { monthlyPdfDocument } from '../../../../reports/render/monthly/pdf';
import { sheetDocumentsXlsx } from '../../../../reports/render/xlsx/sheetDocument';
import { monthlyReport } from '../../../../reports/statistics/monthly';
import { checkWorkbook } from '../../../../core/workbook/checkWorkbook';
import { WorkCalendar } from '../../../../core/calendar';
import { loadPreset } from '../../../../core/presets';
import { asCalendarDate } from '../../../../core/dates';
import type { AnyRegister } from '../../../../core/register/types';
import { applicationsGrid, APPLICATIONS_TODAY } from '../../../fixtures/grids/applications';
import { marchModel } from './fixtures';

describe('monthlySheetDocument', () => {
  const doc = monthlySheetDocument(marchModel());
  const rowOf = (label: string) => doc.rows.findIndex((r) => r[0] === label);

  it('puts the title, the period, the table with its two header rows, the notes and the 12 months on one sheet', () => {
    expect(doc.name).toBe('月报2025-03');
    expect(doc.rows[0]).toEqual(['上海市某某区规划和自然资源局2025年3月政府信息公开工作月度统计']);
    expect(doc.rows[1]).toEqual(['2025-03-01 至 2025-03-31']);
    const heading = rowOf('一、本月分科室情况');
    const top = heading + 1;
    expect(doc.rows[top][0]).toBe('承办科室');
    expect(doc.rows[top][1]).toBe('主动公开目录');
    expect(doc.rows[top][5]).toBe('依申请公开');
    expect(doc.rows[top + 1].slice(1, 6)).toEqual(['本月生成', '本月公开', '按期公开率', '平均公开用时（工作日）', '本月收到']);
    // Excel rows are 1-based: the header rows are top+1 and top+2.
    expect(doc.merges).toEqual(
      expect.arrayContaining([
        'A1:P1',
        `A${top + 1}:A${top + 2}`,
        `B${top + 1}:E${top + 1}`,
        `F${top + 1}:J${top + 1}`,
        `K${top + 1}:P${top + 1}`,
      ]),
    );
    expect(doc.boldRows).toEqual(expect.arrayContaining([0, heading, top, top + 1]));
    expect(doc.bordered![0]).toBe(`A${top + 1}:P${top + 7}`);
  });

  it('writes each department’s figures as numbers, ratios as percentages, an unknown ratio blank; totals in bold', () => {
    const office = doc.rows[rowOf('办公室')];
    // The fixture's 办公室: seed 100 → formed 101, published 102, received 103 … answers by type 120 + i.
    expect(office).toEqual(['办公室', 101, 102, '87.5%', 6.5, 103, 104, 105, 106, '90.0%', 120, 121, 122, 123, 124, 125]);
    expect(doc.rows[rowOf('规划管理科')][9]).toBeNull();
    expect(doc.rows[rowOf('未填科室')][3]).toBeNull();
    expect(doc.rows[rowOf('合计')].slice(0, 4)).toEqual(['合计', 401, 402, '93.3%']);
    expect(doc.rows[rowOf('本年累计')][5]).toBe(503);
    expect(doc.boldRows).toEqual(expect.arrayContaining([rowOf('合计'), rowOf('本年累计')]));
    expect(doc.boldRows).not.toContain(rowOf('办公室'));
  });

  it('lists the notes under 统计口径 and the 12 months as a second bordered table', () => {
    const notes = rowOf('统计口径');
    expect(notes).toBeGreaterThan(rowOf('本年累计'));
    expect(doc.rows[notes + 1]).toEqual([marchModel().notes[0]]);
    expect(doc.rows[notes + 2]).toEqual([marchModel().notes[1]]);
    expect(rowOf('二、2025年各月收到与办结申请情况')).toBeGreaterThan(notes);
    expect(doc.rows[rowOf('月份')]).toEqual(['月份', '收到', '办结']);
    expect(doc.rows[rowOf('2025-01')]).toEqual(['2025-01', 12, 9]);
    expect(doc.rows[rowOf('2025-12')]).toEqual(['2025-12', 0, 0]);
    expect(doc.bordered).toHaveLength(2);
    expect(doc.bordered![1]).toBe(`A${rowOf('月份') + 1}:C${rowOf('2025-12') + 1}`);
    expect(doc.print).toEqual({ landscape: true, fitToWidth: true });
  });

  it('keeps a department that looks like a formula as text, in the document and in the workbook written from it', async () => {
    const model = marchModel();
    model.departments[0] = { ...model.departments[0], department: '=HYPERLINK("http://x.invalid","点我")' };
    const evil = monthlySheetDocument(model);
    const r = evil.rows.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('='));
    expect(evil.rows[r][0]).toBe('=HYPERLINK("http://x.invalid","点我")');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await sheetDocumentsXlsx([evil])) as unknown as ArrayBuffer);
    const cell = wb.getWorksheet('月报2025-03')!.getCell(r + 1, 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x.invalid","点我")');
  });

  it('carries no applicant’s name, ID number or contact from the registers it counts', () => {
    const today = asCalendarDate(APPLICATIONS_TODAY);
    const registers = checkWorkbook([applicationsGrid()], { today })
      .outcomes.map((o) => o.register)
      .filter((r): r is AnyRegister => r !== undefined);
    const model = monthlyReport(registers, { month: '2025-11', calendar: WorkCalendar.standard(), preset: loadPreset('national') });
    // Counted: the fixture's November has 9 answers, so the personal data was there to leak.
    expect(model.total.applications.answered).toBe(9);
    const texts = JSON.stringify([monthlySheetDocument(model), monthlyPdfDocument(model)]);
    const grid = applicationsGrid();
    // Columns E 姓名/名称, G 证件号码 and H 申请内容 of the data rows (5 to 23), and the 备注 "已电话告知".
    const personal = grid.rows
      .slice(4, 23)
      .flatMap((row) => [row[4], row[6], row[7], row[15]])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    expect(personal).toEqual(expect.arrayContaining(['张三', '310104198001010017', '上海某某科技有限公司', '已电话告知']));
    for (const value of personal) expect(texts).not.toContain(value);
  });
});
