import { BenchSuite } from '../types';
import { loadPdfFonts } from '../../cli/fonts';
import { asCalendarDate } from '../../core/dates';
import { RESULT_ROWS, TABLE3_COLUMNS, Table3Row } from '../../core/register/types';
import { annualPdf, annualXlsx } from '../../reports/render/annual';
import { AnnualReportModel } from '../../reports/statistics/model';

/** A busy city's annual report (figures shaped like 淮安市 2024), consistent by construction. */
function benchModel(): AnnualReportModel {
  const rows = {} as Record<Table3Row, number[]>;
  const withTotal = (six: number[]) => [...six, six.reduce((s, v) => s + v, 0)];
  RESULT_ROWS.forEach((r, i) => {
    rows[r] = withTotal([(i * 37) % 300, (i * 7) % 20, i % 3, 0, (i * 5) % 11, i % 2]);
  });
  const sumRows = (c: number) => RESULT_ROWS.reduce((s, r) => s + rows[r][c]!, 0);
  rows.total = TABLE3_COLUMNS.map((_, c) => sumRows(c));
  rows.carry_in = withTotal([34, 2, 0, 0, 1, 0]);
  rows.carry_out = withTotal([103, 3, 0, 0, 2, 1]);
  rows.new = rows.total.map((t, c) => t + rows.carry_out[c]! - rows.carry_in[c]!);
  const group = (upheld: number, corrected: number, other: number, pending: number) => ({
    upheld,
    corrected,
    other,
    pending,
    total: upheld + corrected + other + pending,
  });
  return {
    year: 2024,
    office: '某市人民政府',
    table2: {
      rules: { issued: 3, abolished: 1, inForce: 42 },
      normativeDocs: { issued: 25, abolished: 6, inForce: 310 },
      licensing: 15820,
      penalty: 2310,
      enforcement: 45,
      feesWanYuan: 356.8,
    },
    table3: { columns: [...TABLE3_COLUMNS], rows },
    table4: { review: group(72, 64, 178, 37), suitDirect: group(13, 4, 8, 1), suitAfterReview: group(12, 1, 1, 6) },
    checks: [],
    text: {
      overview: '2024 年，本机关共收到政府信息公开申请 3119 件，上年结转 34 件；本年度办结 3050 件，按期答复率 99.2%。',
      fees: '依据《政府信息公开信息处理费管理办法》，本年度未发出收费通知，未收取信息处理费。',
    },
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Annual-report PDF: cold (fonts read from disk), warm (fonts already loaded), size; and the .xlsx. */
export const reportPdfSuite: BenchSuite = {
  name: 'reportPdf',
  async run({ log }) {
    const model = benchModel();
    const date = asCalendarDate('2025-01-31');
    let t = performance.now();
    const fonts = loadPdfFonts();
    const first = await annualPdf(model, fonts, date);
    const coldMs = performance.now() - t;
    for (let i = 0; i < 3; i++) await annualPdf(model, fonts, date); // JIT and font caches
    const warm: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 10; i++) {
      t = performance.now();
      const c = process.cpuUsage();
      await annualPdf(model, fonts, date);
      const used = process.cpuUsage(c);
      warm.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    const xlsx: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await annualXlsx(model);
      xlsx.push(performance.now() - t);
    }
    const result = {
      annualPdfColdMs: Math.round(coldMs),
      annualPdfWarmMs: Math.round(median(warm)),
      // CPU time of the same renders: stable when other processes load the machine (wall time is not).
      annualPdfWarmCpuMs: Math.round(median(cpu)),
      annualPdfKB: Math.round(first.bytes.length / 102.4) / 10,
      annualXlsxMs: Math.round(median(xlsx)),
    };
    log(
      `annual PDF: cold ${result.annualPdfColdMs} ms (incl. reading fonts), warm median ${result.annualPdfWarmMs} ms (goal ≤ 150; CPU ${result.annualPdfWarmCpuMs} ms), ${result.annualPdfKB} KB (limit 300)`,
    );
    log(`annual .xlsx: median ${result.annualXlsxMs} ms`);
    return result;
  },
};
