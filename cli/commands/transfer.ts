import * as path from 'node:path';
import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, intFlag, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { loadPdfFonts } from '../fonts';
import { CalendarDate, todayInChina } from '../../core/dates';
import { Finding } from '../../core/findings';
import { ATTRIBUTES, Attribute, CatalogueRecord } from '../../core/register/types';
import { renderPdf } from '../../reports/render/pdf/renderPdf';
import { buildTransferSheet, Medium, RECIPIENTS, Recipient, TransferSheetModel } from '../../reports/documents/transfer/model';
import { transferSheetDefinition } from '../../reports/documents/transfer/definition';
import { buildConfirmationSlip, ConfirmationSlipModel } from '../../reports/documents/confirmation/model';
import { confirmationSlipDefinition } from '../../reports/documents/confirmation/definition';
import { confirmationSlipXlsx, transferSheetXlsx } from '../../reports/documents/xlsx';
import { FORM_TEXT } from '../../reports/documents/messages';
import { DocumentBlockedError } from '../../reports/documents/preconditions';
import { fileSafe, loadForms, writeOut } from './formsCommon';
import { cleanedFinding, outDirFlag, planOutputs } from '../output';
import { CleanReport } from '../../reports/render/xlsx/xlsxBytes';
import { CONFIRM_USAGE, formsMessages as M, TRANSFER_USAGE } from './formsMessages';

const FLAGS = {
  to: { type: 'string' },
  from: { type: 'string' },
  until: { type: 'string' },
  department: { type: 'string', multiple: true },
  attribute: { type: 'string', multiple: true },
  'include-transferred': { type: 'boolean' },
  date: { type: 'string' },
  batch: { type: 'string' },
  receiver: { type: 'string' },
  medium: { type: 'string' },
  confirm: { type: 'boolean' },
  'portal-count': { type: 'string' },
  xlsx: { type: 'boolean' },
  draft: { type: 'boolean' },
  settings: { type: 'string' },
  preset: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const MEDIA: readonly Medium[] = ['纸质', '电子', '纸质/电子'];

/** Runs `ogi transfer` (sheet, optionally slip) or `ogi confirm` (slip only). */
async function run(argv: string[], io: CliIO, mode: 'transfer' | 'confirm'): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, FLAGS, true);
  if (v.to === undefined) throw new UsageError(M.missingRecipient, true);
  const recipient = v.to.trim() as Recipient;
  if (!RECIPIENTS.includes(recipient)) throw new UsageError(M.badRecipient(v.to));
  const from = dateFlag(v.from, 'from');
  const until = dateFlag(v.until, 'until');
  if (from && until && from > until) throw new UsageError(M.rangeReversed(from, until));
  const attributes = v.attribute?.map((a) => {
    const t = a.trim() as Attribute;
    if (!ATTRIBUTES.includes(t)) throw new UsageError(M.badAttribute(a));
    return t;
  });
  const medium = v.medium?.trim() as Medium | undefined;
  if (medium !== undefined && !MEDIA.includes(medium)) throw new UsageError(M.badMedium(v.medium ?? ''));
  const transferDate: CalendarDate = dateFlag(v.date, 'date') ?? todayInChina();
  const portalCount = intFlag(v['portal-count'], 'portal-count');
  const input = await loadForms(positionals, { settings: v.settings, preset: v.preset }, transferDate, io);
  const records: CatalogueRecord[] = input.registers.flatMap((r) => (r.kind === 'catalogue' ? r.records : []));
  if (records.length === 0) throw new UsageError(M.noRegister(positionals.join('、'), '主动公开目录（catalogue）'));

  let sheet: TransferSheetModel;
  try {
    sheet = buildTransferSheet(records, {
      recipient,
      transferDate,
      office: input.settings.office,
      from,
      until,
      attributes,
      medium,
      departments: v.department?.map((d) => d.trim()),
      includeTransferred: v['include-transferred'] === true,
      receiverName: v.receiver,
      batchNo: v.batch,
      draft: v.draft === true,
    });
  } catch (e) {
    if (!(e instanceof DocumentBlockedError)) throw e;
    // Preconditions not met: no sheet, the user is told what is missing and where (exit 1).
    if (v.json) io.out(`${JSON.stringify({ recipient, blocked: e.problems, files: [], findings: e.problems })}\n`);
    else {
      io.out(`${M.transferBlocked(mode === 'confirm' ? FORM_TEXT.confirmationTitle : FORM_TEXT.transferTitle)}\n`);
      for (const f of e.problems) io.out(`${M.finding(`[${f.sheet}] `, f.message)}\n`);
    }
    return EXIT_FINDINGS;
  }
  const findings: Finding[] = [...sheet.findings];
  const outDir = outDirFlag(v.out ?? '.', io.cwd);
  // A draft is named as one, so it never takes the place of the issued file.
  const base = `${fileSafe(sheet.batchNo)}${sheet.draft ? '-draft' : ''}`;
  const withSlip = mode === 'confirm' || v.confirm === true;
  const file = (name: string) => path.join(outDir, name);
  // Every output is named and guarded against the inputs before the first is written.
  planOutputs(
    [
      ...(mode === 'transfer' ? [file(`transfer-${base}.pdf`), ...(v.xlsx ? [file(`transfer-${base}.xlsx`)] : [])] : []),
      ...(withSlip ? [file(`confirmation-${base}.pdf`), ...(v.xlsx ? [file(`confirmation-${base}.xlsx`)] : [])] : []),
    ],
    input.inputs,
  );
  const written: string[] = [];
  const fonts = loadPdfFonts();
  const meta = { fonts, author: sheet.sender || undefined, date: transferDate };

  if (mode === 'transfer') {
    const pdf = await renderPdf(transferSheetDefinition(sheet), { ...meta, title: `${FORM_TEXT.transferTitle} ${sheet.batchNo}` });
    findings.push(...pdf.findings);
    writeOut(file(`transfer-${base}.pdf`), pdf.bytes, io, written);
    const onCleaned = (r: CleanReport) => findings.push(cleanedFinding(`transfer-${base}.xlsx`, r));
    if (v.xlsx) writeOut(file(`transfer-${base}.xlsx`), await transferSheetXlsx(sheet, { onCleaned }), io, written);
  }
  let slip: ConfirmationSlipModel | undefined;
  if (withSlip) {
    slip = buildConfirmationSlip(sheet, { principal: input.settings.office.principal, portalCount });
    findings.push(...slip.findings);
    const pdf = await renderPdf(confirmationSlipDefinition(slip), { ...meta, title: `${FORM_TEXT.confirmationTitle} ${sheet.batchNo}` });
    findings.push(...pdf.findings);
    writeOut(file(`confirmation-${base}.pdf`), pdf.bytes, io, written);
    const onCleaned = (r: CleanReport) => findings.push(cleanedFinding(`confirmation-${base}.xlsx`, r));
    if (v.xlsx) writeOut(file(`confirmation-${base}.xlsx`), await confirmationSlipXlsx(slip, { onCleaned }), io, written);
  }
  report(sheet, slip, findings, written, v.json === true, io);
  const failed = findings.some((f) => f.severity === 'error') || (slip !== undefined && !slip.consistent);
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

function report(
  sheet: TransferSheetModel,
  slip: ConfirmationSlipModel | undefined,
  findings: Finding[],
  written: string[],
  json: boolean,
  io: CliIO,
): void {
  if (json) {
    io.out(
      `${JSON.stringify({
        recipient: sheet.recipient,
        receiver: sheet.receiver,
        batchNo: sheet.batchNo,
        transferDate: sheet.transferDate,
        from: sheet.from ?? null,
        until: sheet.until ?? null,
        items: sheet.rows.map((r) => ({
          seq: r.seq,
          indexNo: r.indexNo,
          title: r.title,
          attribute: r.attribute,
          sheet: r.source.sheet,
          row: r.source.row,
        })),
        countsByAttribute: sheet.countsByAttribute,
        ...(slip ? { confirmation: { delivered: slip.delivered, published: slip.published, consistent: slip.consistent } } : {}),
        files: written,
        findings,
      })}\n`,
    );
    return;
  }
  const parts = ATTRIBUTES.filter((a) => sheet.countsByAttribute[a] > 0)
    .map((a) => `${a} ${sheet.countsByAttribute[a]} 件`)
    .join('，');
  io.out(`${M.transferSummary(sheet.rows.length, sheet.receiver, parts)}\n`);
  if (slip) io.out(`${M.portal(slip.delivered, slip.published, slip.consistent)}\n`);
  for (const f of findings) io.out(`${M.finding(f.row === null ? '' : `[${f.sheet}] 第 ${f.row} 行：`, f.message)}\n`);
}

/** `ogi transfer`: the 移交表 (and with --confirm the 确认单) as PDF, optionally .xlsx. */
export const transferCommand: Command = {
  name: 'transfer',
  summary: '政府信息移交表（受理中心、档案馆、图书馆），可同时出具确认单',
  usage: TRANSFER_USAGE,
  run: (argv, io) => run(argv, io, 'transfer'),
};

/** `ogi confirm`: the 确认单 alone. */
export const confirmCommand: Command = {
  name: 'confirm',
  summary: '政府信息公开确认单（移交件数与门户网站发布数核对）',
  usage: CONFIRM_USAGE,
  run: (argv, io) => run(argv, io, 'confirm'),
};
