import ExcelJS from 'exceljs';
import { cellText, MAX_CELL_CHARS } from '../../../../reports/render/xlsx/cellText';
import { cleanWorkbook, xlsxBytes } from '../../../../reports/render/xlsx/xlsxBytes';

describe('cellText', () => {
  it('removes the characters XML 1.0 forbids and keeps tab, LF, CR and real pairs', () => {
    expect(cellText('张\uFFFE三\uFFFF')).toEqual({ text: '张三', removed: 2, truncatedFrom: null });
    expect(cellText('a\u0000\u0001\u0008\u000B\u000C\u000E\u001F\t\n\rb')).toEqual({ text: 'a\t\n\rb', removed: 7, truncatedFrom: null });
    expect(cellText('x\uD800y\uDC00z😀')).toEqual({ text: 'xyz😀', removed: 2, truncatedFrom: null });
  });

  it('cuts text to 32,767 characters, never between the halves of a pair', () => {
    expect(cellText('长'.repeat(40_000))).toEqual({ text: '长'.repeat(MAX_CELL_CHARS), removed: 0, truncatedFrom: 40_000 });
    const pairAtEdge = `${'x'.repeat(MAX_CELL_CHARS - 1)}😀tail`;
    expect(cellText(pairAtEdge).text).toBe('x'.repeat(MAX_CELL_CHARS - 1));
  });
});

describe('cleanWorkbook / xlsxBytes', () => {
  it('cleans strings, rich text, formula results and notes, and reports what it changed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '科室\uFFFF';
    ws.getCell('A2').value = { richText: [{ text: '甲\u0001' }, { text: '乙' }] };
    ws.getCell('A3').value = { formula: 'A1', result: '丙\u0007' };
    ws.getCell('A4').value = 'x'.repeat(40_000);
    ws.getCell('A5').value = 42;
    ws.getCell('A5').note = '备注\uFFFE';
    const reports: unknown[] = [];
    const bytes = await xlsxBytes(wb, undefined, (r) => reports.push(r));
    expect(reports).toEqual([{ removed: 4, truncated: 1 }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const sheet = back.getWorksheet('表')!;
    expect(sheet.getCell('A1').value).toBe('科室');
    expect(sheet.getCell('A2').text).toBe('甲乙');
    expect((sheet.getCell('A3').value as { result: string }).result).toBe('丙');
    expect(String(sheet.getCell('A4').value)).toHaveLength(MAX_CELL_CHARS);
    expect(sheet.getCell('A5').value).toBe(42);
  });

  it('reports nothing for a clean workbook', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = '正常文字\t换行\n';
    expect(cleanWorkbook(wb)).toEqual({ removed: 0, truncated: 0 });
  });
});
