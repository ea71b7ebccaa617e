import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { EXAMPLES_TODAY, exampleLedgers } from '../../cli/commands/checkDemo';
import { findSoffice, sofficeSheetsAsCsv } from './soffice';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');

describe('the bundled example ledgers in LibreOffice', () => {
  it('the register of the applications example opens in LibreOffice with the same values as written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-example-register-'));
    try {
      const file = exampleLedgers(ROOT).find((f) => path.basename(f).includes('依申请'))!;
      expect(await main(['check', file, '--today', EXAMPLES_TODAY, '--out', dir], memoryIO(ROOT))).toBe(1);
      const register = path.join(dir, `${path.basename(file)}.register.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(register);
      const csv = sofficeSheetsAsCsv(findSoffice()!, register, path.join(dir, 'csv'));
      for (const name of ['依申请公开登记台账', '复议诉讼台账', '检查结果']) {
        const ws = wb.getWorksheet(name)!;
        const rows = csv[name];
        let compared = 0;
        ws.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            expect(`${name}!${r},${c} ${rows[r - 1]?.[c - 1]}`).toBe(`${name}!${r},${c} ${shown(cell.value)}`);
            compared++;
          }),
        );
        expect(compared).toBeGreaterThan(10);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A cell value as a spreadsheet shows it (dates as yyyy-mm-dd, formulas by their result). */
function shown(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value) return String(value.result);
  return String(value);
}
