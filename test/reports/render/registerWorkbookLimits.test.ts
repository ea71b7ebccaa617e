import ExcelJS from 'exceljs';
import { Register } from '../../../core/register/types';
import { columnLetter } from '../../../core/grid';
import { registerWorkbookWithFindings } from '../../../reports/render/registerWorkbook';
import { application, applications, SHEET } from './registerWorkbookFixtures';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** The texts of the register sheet's row `n` (the first data row is 2). */
const texts = (wb: ExcelJS.Workbook, n: number) =>
  (wb.worksheets[0].getRow(n).values as unknown[]).filter((v): v is string => typeof v === 'string');

describe('registerWorkbook: what Excel cannot hold becomes a finding, never a broken file', () => {
  it('removes U+FFFE/U+FFFF and controls, cuts 40,000 characters to 32,767, each a finding at the source cell', async () => {
    const register: Register<'applications'> = {
      ...applications,
      records: [
        application(5, {
          appNo: '2025-001',
          applicantName: '张\uFFFE三\u0001',
          remarks: '长'.repeat(40_000),
          extra: { 经办人: '王\uFFFF芳' },
        }),
        application(6, { appNo: '2025-002', applicantName: '李四' }),
      ],
    };
    for (const tableRowLimit of [20_000, 0]) {
      const { bytes, findings } = await registerWorkbookWithFindings({ registers: [register], findings: [], tableRowLimit });
      expect(findings.map((f) => [f.code, f.sheet, f.row, f.column])).toEqual([
        ['register.cell.xmlChars', SHEET, 5, 'D'],
        ['register.cell.truncated', SHEET, 5, 'F'],
        ['register.cell.xmlChars', SHEET, 5, 'G'],
      ]);
      expect(findings[1].message).toContain('40,000');
      const wb = await load(bytes);
      expect(texts(wb, 2)).toEqual(expect.arrayContaining(['张三', '王芳', '长'.repeat(32_767)]));
      const listed: string[] = [];
      wb.getWorksheet('检查结果')!.eachRow((row, n) => n > 1 && listed.push(String(row.getCell(7).value)));
      expect(listed).toEqual(['register.cell.xmlChars', 'register.cell.truncated', 'register.cell.xmlChars']);
    }
  }, 60_000);

  it('stops at column XFD and names the source columns that did not fit', async () => {
    const unmapped: string[] = [];
    const unmappedHeaders: Record<string, string> = {};
    const extra: Record<string, string> = {};
    for (let c = 10; c <= 16_384; c++) {
      const letter = columnLetter(c);
      unmapped.push(letter);
      unmappedHeaders[letter] = `列${c}`;
      extra[`列${c}`] = `值${c}`;
    }
    const register = {
      ...applications,
      unmapped,
      unmappedHeaders,
      records: [application(5, { appNo: '2025-001', extra })],
    } as Register<'applications'>;
    const { bytes, findings } = await registerWorkbookWithFindings({ registers: [register], findings: [] });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const wb = await load(bytes);
    const ws = wb.worksheets[0];
    expect(ws.columnCount).toBe(16_384);
    expect(f).toMatchObject({ code: 'register.columns.beyondXfd', sheet: SHEET, row: 4, severity: 'warning' });
    expect(f.message).toMatch(/^源表有 \d+ 列放不进登记表（Excel 每个工作表最多 16,384 列）：.*XFD。/);
    const headers = new Set((ws.getRow(1).values as unknown[]).map(String));
    const lost = Number(/源表有 (\d+) 列/.exec(f.message)![1]);
    expect(headers.has(`列${16_384 - lost}`)).toBe(true);
    expect(headers.has(`列${16_384 - lost + 1}`)).toBe(false);
    expect(f.column).toBe(columnLetter(16_384 - lost + 1));
  }, 120_000);
});
