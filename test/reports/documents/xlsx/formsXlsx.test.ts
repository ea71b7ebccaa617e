import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkCalendar } from '../../../../core/calendar';
import { loadPreset } from '../../../../core/presets';
import { buildConfirmationSlip } from '../../../../reports/documents/confirmation/model';
import { buildNotice, NoticeContext } from '../../../../reports/documents/notices/model';
import { buildTransferSheet } from '../../../../reports/documents/transfer/model';
import { confirmationSlipXlsx, noticesXlsx, TRANSFER_HEADER_ROW, transferSheetXlsx } from '../../../../reports/documents/xlsx';
import { d, OFFICE, sampleApplications, sampleCatalogue, SETTINGS } from '../fixtures';
import { FORMS_OUT } from '../pdfTools';

async function read(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  fs.mkdirSync(FORMS_OUT, { recursive: true });
  fs.writeFileSync(path.join(FORMS_OUT, name), bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
}

const sheet = () => buildTransferSheet(sampleCatalogue(), { recipient: '档案馆', transferDate: d('2026-04-10'), office: OFFICE });

describe('print-ready sheets', () => {
  it('transfer sheet: A4 landscape, fitted to one page wide, header row repeated, print area over the form', async () => {
    const wb = await read(await transferSheetXlsx(sheet()), 'transfer-sheet.xlsx');
    const ws = wb.worksheets[0];
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${TRANSFER_HEADER_ROW}:${TRANSFER_HEADER_ROW}`);
    expect(ws.pageSetup.printArea).toMatch(/^A1:J\d+$/);
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.getRow(TRANSFER_HEADER_ROW).values).toEqual([
      undefined,
      '序号',
      '索引号',
      '信息名称',
      '文号',
      '生成日期',
      '公开属性',
      '载体',
      '页数',
      '份数',
      '备注',
    ]);
    const indexNos = Array.from({ length: 4 }, (_, i) => ws.getCell(TRANSFER_HEADER_ROW + 1 + i, 2).value);
    expect(indexNos).toEqual(sheet().rows.map((r) => r.indexNo));
    expect(texts(ws)).toContain('合计 4 件（主动公开 4 件）');
  });

  it('keeps a title that looks like a formula as text', async () => {
    const wb = await read(await transferSheetXlsx(sheet()), 'transfer-sheet.xlsx');
    const ws = wb.worksheets[0];
    const cell = ws.getCell(TRANSFER_HEADER_ROW + 4, 3);
    expect(cell.value).toBe('=HYPERLINK("x") 应急演练方案');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('confirmation slip: both numbers and the statement', async () => {
    const slip = buildConfirmationSlip(sheet(), { principal: OFFICE.principal });
    const wb = await read(await confirmationSlipXlsx(slip), 'confirmation-slip.xlsx');
    const ws = wb.worksheets[0];
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    const all = texts(ws).join('\n');
    // the =HYPERLINK item has no 公开日期: sent as 主动公开 but not on the portal yet
    expect(all).toContain('本单位报送的主动公开政府信息 4 件，区政府门户网站已发布 3 件，数量不一致');
    expect(all).toContain('单位主要负责人（签字）');
  });

  it('notices: one worksheet each, masked ID on the receipt, same input gives the same bytes', async () => {
    const ctx: NoticeContext = {
      settings: SETTINGS,
      calendar: WorkCalendar.standard(),
      preset: loadPreset('national'),
      today: d('2025-12-01'),
    };
    const [app] = sampleApplications();
    const models = [
      buildNotice(app, 'receipt', ctx),
      buildNotice(app, 'extension', { ...ctx, today: d('2025-10-28') }),
      buildNotice(app, 'reply', ctx),
    ];
    const bytes = await noticesXlsx(models);
    const wb = await read(bytes, 'notices.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2025-017-receipt', '2025-017-extension', '2025-017-denied']);
    expect(texts(wb.worksheets[0])).toContain('3101**********0017');
    expect(texts(wb.worksheets[1]).join()).toContain('2025年11月27日前作出答复');
    expect(texts(wb.worksheets[2]).join()).toContain('应当先向行政复议机关申请行政复议');
    for (const ws of wb.worksheets) expect(texts(ws).join()).not.toContain('310104198001010017');
    expect(Buffer.from(await noticesXlsx(models)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a draft carries 草稿 in the header Excel prints on every page; an issued notice does not', async () => {
    const ctx: NoticeContext = {
      settings: SETTINGS,
      calendar: WorkCalendar.standard(),
      preset: loadPreset('national'),
      today: d('2025-12-01'),
    };
    const [app] = sampleApplications();
    const draft = await read(await noticesXlsx([buildNotice(app, 'extension', { ...ctx, draft: true })]), 'draft.xlsx');
    expect(draft.worksheets[0].headerFooter.oddHeader).toContain('草稿　仅供核对');
    const issued = await read(await noticesXlsx([buildNotice(app, 'reply', ctx)]), 'issued.xlsx');
    expect(issued.worksheets[0].headerFooter.oddHeader ?? '').not.toContain('草稿');
  });
});
