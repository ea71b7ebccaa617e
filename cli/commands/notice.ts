import * as path from 'node:path';
import { Command } from './types';
import { CliIO } from '../io';
import { dateFlag, intFlag, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exitCodes';
import { loadPdfFonts } from '../fonts';
import { findOfficialFonts, officialFontDirs } from '../officialFonts';
import { withOfficialFonts } from '../../reports/render/pdf/fonts';
import { CalendarDate, todayInChina } from '../../core/dates';
import { Finding } from '../../core/findings';
import { ApplicationRecord } from '../../core/register/types';
import { replyDeadline } from '../../core/rules/deadlines';
import { renderPdf } from '../../reports/render/pdf/renderPdf';
import { NOTICE_KINDS, NoticeKind, noticeKindOf } from '../../reports/documents/notices/kinds';
import { buildNotice, NoticeContext, NoticeError, NoticeModel, registerDateOf } from '../../reports/documents/notices/model';
import { noticeDefinition } from '../../reports/documents/notices/definition';
import { NoticeTemplateError, withTemplateOverrides } from '../../reports/documents/notices/templates';
import { noticesXlsx } from '../../reports/documents/xlsx';
import { DocumentBlockedError } from '../../reports/documents/preconditions';
import { fileSafe, FormsInput, loadForms, writeOut } from './formsCommon';
import { cleanedFinding, outDirFlag, planOutputs, sideInputs } from '../output';
import { readJsonFile } from '../flagFiles';
import { formsMessages as M, NOTICE_USAGE } from './formsMessages';

const FLAGS = {
  id: { type: 'string', multiple: true },
  type: { type: 'string' },
  'due-from': { type: 'string' },
  'due-until': { type: 'string' },
  today: { type: 'string' },
  'third-party': { type: 'string' },
  seq: { type: 'string' },
  templates: { type: 'string' },
  settings: { type: 'string' },
  preset: { type: 'string' },
  xlsx: { type: 'boolean' },
  draft: { type: 'boolean' },
  'font-dir': { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * Applications with a notice of this kind in the period: the notice's own date in the register
 * falls in it, or (not yet replied) the reply deadline does.
 */
export function dueInPeriod(
  apps: readonly ApplicationRecord[],
  kind: NoticeKind | 'reply',
  from: CalendarDate,
  until: CalendarDate,
  input: FormsInput,
): ApplicationRecord[] {
  return apps.filter((a) => {
    const own = registerDateOf(a, kind === 'reply' ? 'granted' : kind);
    if (own) return own >= from && own <= until;
    if (a.replyDate || !a.receivedDate) return false;
    const due =
      a.computed.due ??
      replyDeadline({ received: a.receivedDate, days: input.preset.periods.reply.days, extension: a.extensionDays }, input.calendar).due;
    return due >= from && due <= until;
  });
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, FLAGS, true);
  if (v.type === undefined) throw new UsageError(M.missingType, true);
  const kind = noticeKindOf(v.type);
  if (!kind) throw new UsageError(M.badType(v.type, ['reply', ...NOTICE_KINDS].join('、')));
  const dueFrom = dateFlag(v['due-from'], 'due-from');
  const dueUntil = dateFlag(v['due-until'], 'due-until');
  const ids = (v.id ?? []).map((s) => s.trim()).filter(Boolean);
  const ranged = dueFrom !== undefined || dueUntil !== undefined;
  if (ids.length === 0 && !ranged) throw new UsageError(M.missingIds, true);
  if (dueFrom && dueUntil && dueFrom > dueUntil) throw new UsageError(M.rangeReversed(dueFrom, dueUntil));
  const today = dateFlag(v.today, 'today') ?? todayInChina();
  const seq = intFlag(v.seq, 'seq');
  let templates;
  if (v.templates) {
    try {
      templates = withTemplateOverrides(readJsonFile(v.templates, io.cwd, M.templatesUnreadable), v.templates);
    } catch (e) {
      if (e instanceof NoticeTemplateError) throw new UsageError(e.message);
      throw e;
    }
  }
  const input = await loadForms(positionals, { settings: v.settings, preset: v.preset }, today, io);
  const apps = input.registers.flatMap((r) => (r.kind === 'applications' ? r.records : []));
  if (apps.length === 0) throw new UsageError(M.noRegister(positionals.join('、'), '依申请公开登记台账（applications）'));

  let selected: ApplicationRecord[] = [];
  for (const id of ids) {
    const hits = apps.filter((a) => (a.appNo ?? '').trim() === id);
    if (hits.length === 0) throw new UsageError(M.idNotFound(id));
    if (hits.length > 1) io.err(`${M.idDuplicate(id, hits.length)}\n`);
    selected.push(...hits);
  }
  if (ranged) {
    const from = dueFrom ?? ('0000-01-01' as CalendarDate);
    const until = dueUntil ?? ('9999-12-31' as CalendarDate);
    const inPeriod = dueInPeriod(apps, kind, from, until, input);
    selected = ids.length > 0 ? selected.filter((a) => inPeriod.includes(a)) : inPeriod;
    if (selected.length === 0) io.err(`${M.noneDue(dueFrom ?? '', dueUntil ?? '')}\n`);
  }

  const ctx: NoticeContext = {
    settings: input.settings,
    calendar: input.calendar,
    preset: input.preset,
    today,
    ...(templates ? { templates } : {}),
    ...(v['third-party'] ? { thirdParty: v['third-party'] } : {}),
    ...(seq !== undefined && selected.length === 1 ? { seq } : {}),
    ...(v.draft ? { draft: true } : {}),
    // 按件 fees count the applicant's other applications of the month in the same register.
    register: apps,
  };
  const models: NoticeModel[] = [];
  const skipped: { appNo: string; message: string }[] = [];
  const blocked: { appNo: string; problems: Finding[] }[] = [];
  for (const app of selected) {
    try {
      models.push(buildNotice(app, kind, ctx));
    } catch (e) {
      if (e instanceof DocumentBlockedError) {
        // Preconditions not met: no document, the user is told what is missing and where (exit 1).
        blocked.push({ appNo: app.appNo ?? `第${app.source.row}行`, problems: e.problems });
        continue;
      }
      if (!(e instanceof NoticeError)) throw e;
      // The answer's kind can also be named on the command line.
      const message = e.code === 'replyKind' ? `${e.message}${M.orType}` : e.message;
      if (!ranged && selected.length === 1) throw new UsageError(message);
      skipped.push({ appNo: app.appNo ?? `第${app.source.row}行`, message });
      io.err(`${M.skipped(app.appNo ?? '', message)}\n`);
    }
  }

  const outDir = outDirFlag(v.out ?? '.', io.cwd);
  // Named (two notices for one 申请编号 get -2) and guarded against the inputs before the first is written.
  // A draft is named as one, so it never takes the place of the issued file.
  const dr = ctx.draft ? '-draft' : '';
  const planned = planOutputs(
    [
      ...models.map((m) => path.join(outDir, `notice-${fileSafe(m.appNo || 'x')}-${m.kind}${dr}.pdf`)),
      ...(models.length > 1 ? [path.join(outDir, `notices-${kind}-batch${dr}.pdf`)] : []),
      ...(v.xlsx && models.length > 0
        ? [
            path.join(
              outDir,
              models.length > 1
                ? `notices-${kind}-batch${dr}.xlsx`
                : `notice-${fileSafe(models[0].appNo || 'x')}-${models[0].kind}${dr}.xlsx`,
            ),
          ]
        : []),
    ],
    [...input.inputs, ...sideInputs([v.templates], io.cwd)],
  );
  const official =
    models.length > 0 ? findOfficialFonts(officialFontDirs(v['font-dir'] ? path.resolve(io.cwd, v['font-dir']) : undefined)) : undefined;
  if (models.length > 0) io.err(`${official ? M.officialFonts(official.label) : M.noOfficialFonts}\n`);
  const fonts = withOfficialFonts(loadPdfFonts(), official);
  const written: string[] = [];
  const findings: Finding[] = models.flatMap((m) => m.findings);
  for (const [i, m] of models.entries()) {
    const pdf = await renderPdf(noticeDefinition(m), {
      fonts,
      title: `${m.title} ${m.number}`,
      author: input.settings.office.name || undefined,
      date: m.date,
    });
    findings.push(...pdf.findings);
    writeOut(planned[i], pdf.bytes, io, written);
  }
  if (models.length > 1) {
    const last = models.reduce((max, m) => (m.date > max ? m.date : max), models[0].date);
    const pdf = await renderPdf(noticeDefinition(models), { fonts, title: `文书批量打印 ${kind}`, date: last });
    writeOut(planned[models.length], pdf.bytes, io, written);
  }
  if (v.xlsx && models.length > 0) {
    const target = planned[planned.length - 1];
    writeOut(target, await noticesXlsx(models, { onCleaned: (r) => findings.push(cleanedFinding(target, r)) }), io, written);
  }

  if (v.json) {
    io.out(
      `${JSON.stringify({
        notices: models.map((m) => ({
          appNo: m.appNo,
          kind: m.kind,
          title: m.title,
          number: m.number,
          date: m.date,
          findings: m.findings,
        })),
        skipped,
        blocked,
        files: written,
        findings,
      })}\n`,
    );
  } else {
    for (const b of blocked) {
      io.out(`${M.blocked(b.appNo)}\n`);
      for (const f of b.problems) io.out(`${M.finding(f.row === null ? `[${f.sheet}] ` : `[${f.sheet}] 第 ${f.row} 行：`, f.message)}\n`);
    }
    for (const m of models) io.out(`${M.noticeLine(m.appNo, m.draft ? `${m.title}（草稿）` : m.title, m.number)}\n`);
    for (const f of findings) io.out(`${M.finding(f.row === null ? '' : `[${f.sheet}] 第 ${f.row} 行：`, f.message)}\n`);
  }
  return skipped.length > 0 || blocked.length > 0 || findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

/** `ogi notice`: 告知书 / 答复书 for one application or a batch, as PDF (optionally .xlsx). */
export const noticeCommand: Command = {
  name: 'notice',
  summary: '依申请公开告知书、答复书（单件或批量）',
  usage: NOTICE_USAGE,
  run,
};
