import ExcelJS from 'exceljs';
import { MONTHLY_TABLE_TOP_ROW, MONTHLY_TEXT, monthlyXlsx } from '../../../../reports/render/monthly';
import { saveOutput } from '../pdf/pdfTools';
import { marchModel } from './fixtures';

describe('monthly report .xlsx', () => {
  it('writes the per-department table with merged group headers, numbers as numbers and the notes', async () => {
    const model = marchModel();
    const bytes = await monthlyXlsx(model);
    saveOutput('monthly-2025-03.xlsx', bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(MONTHLY_TEXT.sheet)!;
    const top = MONTHLY_TABLE_TOP_ROW;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining([`A${top}:A${top + 1}`, `B${top}:E${top}`, `F${top}:J${top}`, `K${top}:P${top}`]));
    expect(ws.getCell(`A${top}`).value).toBe('承办科室');
    const first = ws.getRow(top + 2);
    expect(first.getCell(1).value).toBe('办公室');
    expect(first.getCell(2).value).toBe(101);
    expect(first.getCell(4).value).toBe(0.875);
    expect(first.getCell(4).numFmt).toBe('0.0%');
    expect(first.getCell(16).value).toBe(125);
    const planning = ws.getRow(top + 3);
    expect(planning.getCell(10).value).toBeNull(); // unknown on-time rate stays blank
    expect(ws.getRow(top + 5).getCell(1).value).toBe('合计');
    expect(ws.getRow(top + 6).getCell(1).value).toBe('本年累计');
    const all: string[] = [];
    ws.eachRow((r) =>
      r.eachCell((c) => {
        if (typeof c.value === 'string') all.push(c.value);
      }),
    );
    for (const n of model.notes) expect(all).toContain(n);
    const series = wb.getWorksheet(MONTHLY_TEXT.seriesSheet)!;
    expect(series.getRow(3).values).toEqual([undefined, '2025-01', 12, 9]);
    expect(series.getRow(14).getCell(1).value).toBe('2025-12');
  });
});
