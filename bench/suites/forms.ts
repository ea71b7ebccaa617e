import { BenchSuite } from '../types';
import { loadPdfFonts } from '../../cli/fonts';
import { addDays, asCalendarDate } from '../../core/dates';
import { WorkCalendar } from '../../core/calendar';
import { loadPreset } from '../../core/presets';
import { CatalogueRecord, ApplicationRecord } from '../../core/register/types';
import { SettingsSchema } from '../../core/settings/schema';
import { renderPdf } from '../../reports/render/pdf/renderPdf';
import { buildTransferSheet } from '../../reports/documents/transfer/model';
import { transferSheetDefinition } from '../../reports/documents/transfer/definition';
import { transferSheetXlsx } from '../../reports/documents/xlsx';
import { buildNotice } from '../../reports/documents/notices/model';
import { noticeDefinition } from '../../reports/documents/notices/definition';

// Every item the notices print (documents are refused without them, as an office's would be).
const OFFICE = SettingsSchema.parse({
  office: {
    name: '上海市某区某某局',
    abbreviation: '某某局',
    sealText: '上海市某区某某局',
    phone: '021-12345678',
    address: '上海市某区某某路1号',
    postcode: '200000',
    reviewBody: '上海市某区人民政府',
    court: '上海铁路运输法院',
  },
});

/** A year of a busy district's catalogue: 2,000 items, a third with long titles. */
function catalogue(n: number): CatalogueRecord[] {
  const start = asCalendarDate('2025-01-02');
  return Array.from({ length: n }, (_, i) => ({
    source: { sheet: '目录', row: i + 3 },
    extra: {},
    original: {},
    computed: {},
    indexNo: `MB2C01234X/2025-${String(i + 1).padStart(5, '0')}`,
    title:
      i % 3 === 0
        ? `关于印发《某区安全生产领域专项整治三年行动实施方案（2025—2027年）》第${i}号配套细则暨加强城市运行安全管理工作的通知`
        : `关于开展第${i + 1}批次安全生产检查的通知`,
    docNo: `某某局〔2025〕${i + 1}号`,
    formedDate: addDays(start, i % 360),
    attribute: '主动公开',
    pages: 1 + (i % 9),
    ...(i % 50 === 0 ? { abolishedDate: addDays(start, 365) } : {}),
  }));
}

const ms = (t: number) => Math.round(performance.now() - t);

/** Transfer sheet of 2,000 items (model + definition + PDF), its .xlsx, and a batch of notices. */
export const formsSuite: BenchSuite = {
  name: 'forms',
  async run({ log }) {
    const fonts = loadPdfFonts();
    const records = catalogue(2000);
    const date = asCalendarDate('2026-01-10');
    // Warm-up: pdfmake and the font subsetter load once per process.
    await renderPdf(
      transferSheetDefinition(buildTransferSheet(records.slice(0, 20), { recipient: '档案馆', transferDate: date, office: OFFICE.office })),
      { fonts, title: 'warm', date },
    );
    let t = performance.now();
    const cpu = process.cpuUsage();
    const model = buildTransferSheet(records, { recipient: '档案馆', transferDate: date, office: OFFICE.office });
    const pdf = await renderPdf(transferSheetDefinition(model), { fonts, title: '政府信息移交表', date });
    const transfer2000RowsMs = ms(t);
    const used = process.cpuUsage(cpu);
    // CPU time beside wall time: on a shared machine the wall figure mostly measures the neighbours.
    const transfer2000RowsCpuMs = Math.round((used.user + used.system) / 1000);
    log(
      `移交表 2000 件：${transfer2000RowsMs} ms（CPU ${transfer2000RowsCpuMs} ms），${Math.round(pdf.bytes.length / 1024)} KB（目标 ≤ 2500 ms）`,
    );
    t = performance.now();
    const xlsx = await transferSheetXlsx(model);
    const transfer2000RowsXlsxMs = ms(t);
    log(`移交表 2000 件 .xlsx：${transfer2000RowsXlsxMs} ms，${Math.round(xlsx.length / 1024)} KB`);

    const ctx = { settings: OFFICE, calendar: WorkCalendar.standard(), preset: loadPreset('national'), today: date };
    const apps: ApplicationRecord[] = Array.from({ length: 50 }, (_, i) => ({
      source: { sheet: '台账', row: i + 2 },
      extra: {},
      original: {},
      computed: {},
      appNo: `2025-${String(i + 1).padStart(3, '0')}`,
      receivedDate: addDays(asCalendarDate('2025-03-03'), i * 5),
      applicantName: `申请人${i}`,
      idNumber: '310104198001010017',
      content: '某项目的审批材料',
      replyDate: addDays(asCalendarDate('2025-03-20'), i * 5),
      resultType: '予以公开',
      resultRow: 'granted',
    }));
    t = performance.now();
    const notices = apps.map((a) => buildNotice(a, 'reply', ctx));
    await renderPdf(noticeDefinition(notices), { fonts, title: '答复书', date });
    const notices50Ms = ms(t);
    log(`答复书 50 份（一个文件）：${notices50Ms} ms`);
    return { transfer2000RowsMs, transfer2000RowsCpuMs, transfer2000RowsXlsxMs, notices50Ms };
  },
};
