import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildExamples } from '../../../templates/examples/build-examples';
import { main } from '../../../cli/main';
import { memoryIO } from '../../../cli/io';
import type { CheckJson } from '../../../cli/commands/check';
import { EXAMPLES_TODAY, exampleLedgers } from '../../../cli/commands/checkDemo';

const ROOT = path.resolve(__dirname, '../../..');

async function checkExample(name: string): Promise<{ code: number; json: CheckJson }> {
  const file = exampleLedgers(ROOT).find((f) => path.basename(f) === name);
  if (!file) throw new Error(`example ${name} missing`);
  const io = memoryIO(ROOT);
  const code = await main(['check', file, '--json', '--today', EXAMPLES_TODAY], io);
  return { code, json: JSON.parse(io.stdout) as CheckJson };
}

/** Errors and warnings as `row field severity` strings, sorted: the planted mistakes and nothing else. */
function alarms(json: CheckJson, sheet: string): string[] {
  const s = json.files[0].sheets.find((x) => x.sheet === sheet)!;
  return s.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.row} ${f.field} ${f.severity}`)
    .sort();
}

/** Every cell value and merged range of a workbook, per sheet. */
async function contents(file: string): Promise<Record<string, { cells: string[]; merges: string[] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, { cells: string[]; merges: string[] }> = {};
  for (const ws of wb.worksheets) {
    const cells: string[] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => cells.push(`${r},${c}=${JSON.stringify(cell.value)}`)));
    const merges = (ws as unknown as { model: { merges: string[] } }).model.merges;
    out[ws.name] = { cells, merges: [...merges].sort() };
  }
  return out;
}

describe('the bundled example ledgers (the 2025-12-31 story)', () => {
  it('are what the committed generator builds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-examples-'));
    try {
      await buildExamples(dir);
      for (const file of exampleLedgers(ROOT)) {
        expect(await contents(path.join(dir, path.basename(file)))).toEqual(await contents(file));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('there are the two example workbooks', () => {
    expect(exampleLedgers(ROOT).map((f) => path.basename(f))).toEqual([
      '某区某某局主动公开目录2025.xlsx',
      '某街道依申请公开登记台账2025.xlsx',
    ]);
  });

  it('applications ledger: each planted mistake is found where it is, clean rows raise nothing', async () => {
    const { code, json } = await checkExample('某街道依申请公开登记台账2025.xlsx');
    const sheet = json.files[0].sheets.find((s) => s.sheet === '2025年')!;
    expect(sheet).toMatchObject({ kind: 'applications', headerRow: 4 });
    expect(sheet.mapping).toMatchObject({ applicantType: 'E', applicantName: 'F', idNumber: 'G', extensionDays: 'N' });
    expect(alarms(json, '2025年')).toEqual([
      '10 idNumber warning', //       wrong ID check digit
      '10 replyDate error', //        replied 4 working days late
      '12 appNo error', //            duplicate 申请编号 2025-006
      '14 replyDate error', //        reply before receipt
      '15 resultReason error', //     不予公开 without a ground
      '17 replyDate error', //        the 2025-09-26 → 2025-10-30 National Day case
      '19 replyDate error', //        open and overdue on 2025-12-31
      '22 receivedDate error', //     2025-02-30
      '23 applicantType error', //    missing
      '9 applicantType error', //     bare 法人或其他组织
    ]);
    expect(json.files[0].sheets.find((s) => s.sheet === '复议诉讼')).toMatchObject({ kind: 'appeals', dataRows: 3, findings: [] });
    expect(json.files[0].sheets.find((s) => s.sheet === '填表说明')?.kind).toBeNull();
    expect(code).toBe(1);
  });

  it('catalogue: late publication, publication before formation, 不予公开 without reason; legacy 免于公开 as info', async () => {
    const { json } = await checkExample('某区某某局主动公开目录2025.xlsx');
    const name = '2025年主动公开目录';
    expect(alarms(json, name)).toEqual(['11 withheldReason error', '7 publishedDate error', '9 publishedDate error']);
    const infos = json.files[0].sheets[0].findings.filter((f) => f.severity === 'info').map((f) => `${f.row} ${f.field}`);
    expect(infos).toEqual(expect.arrayContaining(['5 attribute', '11 attribute']));
  });
});
