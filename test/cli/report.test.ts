import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { AnnualReportModel } from '../../reports/statistics/model';
import { annualXlsx } from '../../reports/render/annual/xlsx';
import { parseReportJson } from '../../reports/statistics/parseReport';
import { appealsFor, applicationsFor } from '../reports/statistics/builders';
import { ledgerWorkbook } from '../reports/statistics/ledgerXlsx';

const DATA = join(__dirname, '../reports/statistics/fixtures');
const CITY = join(DATA, 'huaian_city_2024.json');
const HONGZE = join(DATA, 'huaian_hongze_2023.json');
const published = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as AnnualReportModel;
const dir = mkdtempSync(join(tmpdir(), 'ogi-report-'));
const ledger = join(dir, 'huaian-2024.xlsx');

async function run(...argv: string[]) {
  const io = memoryIO(dir);
  const code = await main(['report', ...argv], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  const source = published(CITY);
  writeFileSync(ledger, await ledgerWorkbook(applicationsFor(source), appealsFor(source)));
}, 60000);

describe('ogi report annual', () => {
  it('gives back tables 三 and 四 of 淮安市 2024 from a generated .xlsx ledger', async () => {
    const { code, stdout } = await run('annual', '--year', '2024', ledger, '--office', '淮安市人民政府', '--json');
    const source = published(CITY);
    const out = JSON.parse(stdout) as AnnualReportModel & { findings: unknown[] };
    expect(out.table3.columns).toEqual(source.table3.columns);
    for (const row of Object.keys(source.table3.rows)) {
      expect([row, out.table3.rows[row as 'new']]).toEqual([row, source.table3.rows[row as 'new']]);
    }
    expect(out.table4).toEqual(source.table4);
    expect(out.findings).toEqual([]);
    expect(out.excluded).toBe(0);
    expect(out.office).toBe('淮安市人民政府');
    // No catalogue was given: table 二 block A is 未提供 (null) and the report is 不完整 (exit 1), never 通过.
    expect(out.missing).toEqual(['catalogue']);
    expect(out.table2.rules).toEqual({ issued: null, abolished: null, inForce: null });
    expect(code).toBe(1);
    // Personal data of the ledger never reaches the statistics.
    expect(stdout).not.toMatch(/张三|110101199003071234|13800138000/);
  }, 60000);

  it('writes annual-2024.json/.xlsx/.pdf and the .xlsx reads back 不完整 for the same reason', async () => {
    const out = join(dir, 'out');
    const { code } = await run('annual', '--year', '2024', ledger, '--office', '淮安市人民政府', '--out', 'out');
    expect(code).toBe(1);
    for (const ext of ['json', 'xlsx', 'pdf']) expect(existsSync(join(out, `annual-2024.${ext}`))).toBe(true);
    const json = JSON.parse(readFileSync(join(out, 'annual-2024.json'), 'utf8'));
    expect(json.table3.rows.carry_out).toEqual([103, 0, 0, 0, 0, 0, 103]);
    const checked = await run('check', join(out, 'annual-2024.xlsx'), '--json');
    // Every identity holds; the catalogue it lacked keeps it 不完整 when read back too.
    const result = JSON.parse(checked.stdout);
    expect(result).toMatchObject({ ok: false, status: '不完整', year: 2024, office: '淮安市人民政府' });
    expect(result.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { rule: string }) => c.rule)).toEqual(['report.complete']);
    expect(checked.code).toBe(1);
  }, 60000);

  it('takes table 二 inputs from --inputs and rejects bad ones with exit 2', async () => {
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify({ licensing: 812, penalty: 35, feesWanYuan: 1.5 }));
    const ok = await run('annual', '--year', '2024', ledger, '--inputs', 'inputs.json', '--json');
    const t2 = JSON.parse(ok.stdout).table2;
    expect(t2).toMatchObject({ licensing: 812, penalty: 35, enforcement: null, feesWanYuan: 1.5 });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ licensing: -3 }));
    const bad = await run('annual', '--year', '2024', ledger, '--inputs', 'bad.json', '--json');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('licensing');
  }, 60000);

  it('sums two offices with --consolidate and lists each', async () => {
    // Two offices with the same figures: a copy, since the same file given twice is read once (issue 10).
    const second = join(dir, 'huaian-2024-copy.xlsx');
    writeFileSync(second, readFileSync(ledger));
    const { code, stdout } = await run('annual', '--year', '2024', ledger, second, '--consolidate', '--office', '淮安市汇总', '--json');
    const out = JSON.parse(stdout);
    expect(out.table3.rows.new[6]).toBe(2 * 3119);
    expect(out.table4.review.total).toBe(2 * 351);
    expect(out.offices).toHaveLength(2);
    expect(out.offices[0].table3.rows.new[6]).toBe(3119);
    expect(out.office).toBe('淮安市汇总');
    expect(out.missing).toEqual(['catalogue']);
    expect(code).toBe(1);
  }, 60000);

  it('exits 1 and lists the applications it could not count', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('依申请公开');
    ws.addRow(['申请编号', '收到日期', '申请人类型', '答复日期', '答复类型', '答复依据']);
    ws.addRow(['2024-001', '2024-03-01', '自然人', '2024-03-10', '予以公开', '']);
    ws.addRow(['2024-002', '2024-03-02', '自然人', '2024-03-12', '不予公开', '']);
    ws.addRow(['2024-003', '2024-03-05', '法人或其他组织', '', '', '']);
    const file = join(dir, 'messy.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, stdout } = await run('annual', '--year', '2024', file, '--json');
    const out = JSON.parse(stdout);
    // The answer without a ground stays in 本年新收 (an error); the one without an applicant column is left out.
    expect(out.excluded).toBe(1);
    expect(out.findings.map((f: { code: string; row: number }) => [f.code, f.row])).toEqual([
      ['report.annual.noResult', 3],
      ['report.annual.noApplicantType', 4],
    ]);
    expect(out.table3.rows.new[6]).toBe(2);
    expect(out.unread).toEqual([{ sheet: '依申请公开', row: 3, appNo: '2024-002' }]);
    expect(code).toBe(1);
  }, 60000);

  it('reads table 二 inputs from the 年报补充 sheet and the office from the 设置 sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('依申请公开');
    ws.addRow(['申请编号', '收到日期', '申请人类型', '答复日期', '答复类型']);
    ws.addRow(['2024-001', '2024-03-01', '自然人', '2024-03-10', '予以公开']);
    const extra = wb.addWorksheet('年报补充');
    extra.addRow(['行政许可', 64]);
    extra.addRow(['行政处罚', '']);
    extra.addRow(['行政事业性收费（万元）', 3.2]);
    wb.addWorksheet('设置').addRow(['机关名称', '某区某某街道办事处']);
    const file = join(dir, 'with-inputs.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, stdout } = await run('annual', '--year', '2024', file, '--json');
    expect(JSON.parse(stdout).table2).toMatchObject({ licensing: 64, penalty: null, feesWanYuan: 3.2 });
    // The office comes from the workbook's 设置 sheet when --office is not given.
    expect(JSON.parse(stdout).office).toBe('某区某某街道办事处');
    expect(JSON.parse(stdout).missing).toEqual(['catalogue', 'appeals']);
    expect(code).toBe(1);
  }, 60000);

  it('needs --year and a file (exit 2)', async () => {
    expect((await run('annual', ledger)).code).toBe(2);
    expect((await run('annual', '--year', '24', ledger)).code).toBe(2);
    expect((await run('annual', '--year', '2024')).code).toBe(2);
    expect((await run('weekly')).code).toBe(2);
  });
});

describe('ogi report check', () => {
  it('says 不完整, never 相符/通过, for a report without the registers and the office name (exit 1)', async () => {
    writeFileSync(
      join(dir, 'catalogue-only.json'),
      JSON.stringify({
        year: 2025,
        office: '',
        table2: {
          rules: { issued: 0, abolished: 0, inForce: 0 },
          normativeDocs: { issued: 1, abolished: 0, inForce: 1 },
          licensing: null,
          penalty: null,
          enforcement: null,
          feesWanYuan: null,
        },
        table3: { columns: ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'], rows: {} },
        table4: {},
        missing: ['applications', 'appeals', 'office'],
      }),
    );
    const human = await run('check', 'catalogue-only.json');
    expect(human.code).toBe(1);
    expect(human.stdout.split('\n')[0]).toBe('报告状态：不完整（缺少台账或机关名称，相应表格为“未提供”，不能作为通过的报告）');
    expect(human.stdout).toContain('未提供依申请公开登记台账（表三）、复议诉讼台账（表四）、机关名称');
    expect(human.stdout).not.toContain('全部相符');
    const json = JSON.parse((await run('check', 'catalogue-only.json', '--json')).stdout);
    expect(json).toMatchObject({ ok: false, status: '不完整' });
  });

  it('exits 1 on 洪泽区 2023 naming the two table 四 totals', async () => {
    const { code, stdout } = await run('check', HONGZE);
    expect(code).toBe(1);
    expect(stdout).toContain('表四“行政复议”：“总计”为 0，结果维持＋结果纠正＋其他结果＋尚未审结＝ 11');
    expect(stdout).toContain('表四“复议后起诉”：“总计”为 0，结果维持＋结果纠正＋其他结果＋尚未审结＝ 5');
    expect(stdout.match(/✗/g)).toHaveLength(2);
  });
  it('exits 0 on 淮安市 2024', async () => {
    const { code, stdout } = await run('check', CITY, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).ok).toBe(true);
  });
  it('reads our .xlsx layout back by its labels, cell for cell', async () => {
    const parsed = parseReportJson(published(HONGZE));
    if (!parsed.ok) throw new Error(parsed.message);
    const file = join(dir, 'hongze.xlsx');
    writeFileSync(file, await annualXlsx(parsed.model));
    const { code, stdout } = await run('check', file, '--json');
    const out = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(out.year).toBe(2023);
    expect(
      out.checks
        .filter((c: { ok: boolean }) => !c.ok)
        .map((c: { row: string; expected: number; actual: number }) => [c.row, c.expected, c.actual]),
    ).toEqual([
      ['review', 11, 0],
      ['suitAfterReview', 5, 0],
    ]);
  });
  it('warns when carry-in differs from last year’s carry-out', async () => {
    const { code, stdout } = await run('check', CITY, '--last-year', HONGZE);
    expect(code).toBe(0);
    expect(stdout).toContain('本年“上年结转”为 34，上年报告“结转下年度”为 0');
  });
  it('exits 2 on a file that is not a report', async () => {
    writeFileSync(join(dir, 'x.json'), '{"a":1}');
    expect((await run('check', 'x.json')).code).toBe(2);
    writeFileSync(join(dir, 'y.json'), 'not json');
    const r = await run('check', 'y.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是有效的 JSON');
  });
});

describe('ogi report monthly', () => {
  it('prints the month per department as JSON', async () => {
    const { code, stdout } = await run('monthly', '--month', '2024-12', ledger, '--json');
    const out = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(out.month).toBe('2024-12');
    expect(out.series).toHaveLength(12);
    expect(out.yearToDate.applications.received).toBe(3119);
    expect(out.total.applications.open).toBe(103);
    expect(out.series.reduce((s: number, p: { received: number }) => s + p.received, 0)).toBe(3119);
  }, 60000);
  it('writes monthly-YYYY-MM.json/.xlsx/.pdf with --out', async () => {
    const { code } = await run('monthly', '--month', '2024-06', ledger, '--out', 'monthly');
    expect(code).toBe(0);
    for (const ext of ['json', 'xlsx', 'pdf']) expect(existsSync(join(dir, 'monthly', `monthly-2024-06.${ext}`))).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, 'monthly', 'monthly-2024-06.json'), 'utf8'));
    expect(json.period).toEqual({ from: '2024-06-01', to: '2024-06-30' });
  }, 60000);
  it('rejects a bad month with exit 2', async () => {
    const r = await run('monthly', '--month', '2024-13', ledger);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('YYYY-MM');
  });
});
