import ExcelJS from 'exceljs';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../../../core/register/types';
import { ANNUAL_SHEETS, annualXlsx, annualXlsxAddresses } from '../../../../reports/render/annual';
import { TABLE4_CELLS, TABLE4_GROUPS } from '../../../../reports/statistics/model';
import { saveOutput } from '../pdf/pdfTools';
import {
  HEADINGS,
  huaianModel,
  NOTE,
  OFFICIAL_TABLE2_LABELS,
  OFFICIAL_TABLE3_COLUMNS,
  OFFICIAL_TABLE3_LABELS,
  OFFICIAL_TABLE4_LABELS,
  uniqueModel,
} from './fixtures';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') out.push(cell.value);
    }),
  );
  return out;
}

/** Merged ranges of a sheet as 'A3:C5' strings. */
function merges(ws: ExcelJS.Worksheet): string[] {
  return ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice().sort();
}

describe('annual report .xlsx', () => {
  it('has the official headings, labels verbatim and the 勾稽 note in the merged top-left cell of table 三', async () => {
    const wb = await open(await annualXlsx(huaianModel()));
    const t2 = wb.getWorksheet(ANNUAL_SHEETS.table2)!;
    const t3 = wb.getWorksheet(ANNUAL_SHEETS.table3)!;
    const t4 = wb.getWorksheet(ANNUAL_SHEETS.table4)!;
    expect(t2.getCell('A2').value).toBe(HEADINGS[0]);
    expect(t3.getCell('A2').value).toBe(HEADINGS[1]);
    expect(t4.getCell('A2').value).toBe(HEADINGS[2]);
    expect(t3.getCell('A3').value).toBe(NOTE);
    expect(merges(t3)).toContain('A3:C5');
    expect(merges(t3)).toContain('D3:J3'); // 申请人情况
    expect(merges(t3)).toContain('E4:I4'); // 法人或其他组织
    expect(merges(t3)).toContain('A8:A29'); // 三、本年度办理结果 over 22 rows
    const t3Text = texts(t3);
    for (const label of [...OFFICIAL_TABLE3_LABELS, ...OFFICIAL_TABLE3_COLUMNS]) expect(t3Text).toContain(label);
    expect(t3Text).toContain('3.危及“三安全一稳定”');
    for (const label of OFFICIAL_TABLE2_LABELS) expect(texts(t2)).toContain(label);
    for (const label of OFFICIAL_TABLE4_LABELS) expect(texts(t4)).toContain(label);
    expect(merges(t4)).toEqual(expect.arrayContaining(['A3:E3', 'F3:O3', 'F4:J4', 'K4:O4', 'A4:A5']));
    expect(t3.getCell('A3').border?.top?.style).toBe('thin');
    expect(t3.getCell('J30').border?.bottom?.style).toBe('thin');
  });

  it('writes every figure as a number at the address it publishes, blank for unknown', async () => {
    const model = uniqueModel();
    model.table2.enforcement = null;
    const bytes = await annualXlsx(model);
    saveOutput('annual-unique.xlsx', bytes);
    const wb = await open(bytes);
    const at = annualXlsxAddresses();
    const value = (id: string) => wb.getWorksheet(at[id]!.sheet)!.getCell(at[id]!.address).value;
    for (const r of TABLE3_ROWS) {
      TABLE3_COLUMNS.forEach((c, i) => expect(value(`table3.${r}.${c}`)).toBe(model.table3.rows[r][i]));
    }
    for (const g of TABLE4_GROUPS) for (const c of TABLE4_CELLS) expect(value(`table4.${g}.${c}`)).toBe(model.table4[g][c]);
    expect(value('table2.rules.inForce')).toBe(303);
    expect(value('table2.feesWanYuan')).toBe(3.75);
    expect(value('table2.enforcement')).toBeNull();
    expect(Object.keys(at)).toHaveLength(25 * 7 + 15 + 10);
    // The row label sits on the same row as its numbers.
    const newCell = at['table3.new.natural']!;
    const row = Number(newCell.address.replace(/^[A-Z]+/, ''));
    expect(wb.getWorksheet(newCell.sheet)!.getCell(`A${row}`).value).toBe('一、本年新收政府信息公开申请数量');
  });

  it('carries the text sentences and every check', async () => {
    const model = huaianModel();
    model.checks = [
      ...model.checks,
      { rule: 'table3.carryIn', ok: false, severity: 'warning', message: '本年上年结转 34 与上年结转下年度 30 不一致' },
    ];
    const wb = await open(await annualXlsx(model));
    const ws = wb.getWorksheet(ANNUAL_SHEETS.text)!;
    const all = texts(ws);
    expect(all).toContain(model.text!.overview);
    expect(all).toContain(model.text!.fees);
    for (const c of model.checks) expect(all).toContain(c.message);
    expect(all).toContain('提示');
    // Each check is named in Chinese, never by its English id (table3.carryIn).
    expect(all).toContain('上年结转');
    expect(all.filter((t) => /^[a-z0-9]+(\.[a-zA-Z0-9]+)+$/.test(t))).toEqual([]);
  });

  it('adds a per-office sheet for a consolidated report', async () => {
    const model = { ...uniqueModel(), offices: [{ ...uniqueModel(), office: '甲街道办事处' }] };
    const wb = await open(await annualXlsx(model));
    const ws = wb.getWorksheet(ANNUAL_SHEETS.offices)!;
    expect(texts(ws)).toEqual(expect.arrayContaining(['甲街道办事处', '合计', '本年新收']));
    expect(wb.getWorksheet(ANNUAL_SHEETS.offices)).toBeDefined();
    const plain = await open(await annualXlsx(uniqueModel()));
    expect(plain.getWorksheet(ANNUAL_SHEETS.offices)).toBeUndefined();
  });
});
