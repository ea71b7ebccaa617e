import * as path from 'node:path';
import { main } from '../main';
import { CliIO } from '../io';
import { readLedgerFile } from '../readers';
import { checkWorkbook } from '../../core/workbook';
import { todayInChina } from '../../core/dates';
import { ApplicationRecord } from '../../core/register/types';
import { NOTICE_KINDS, NoticeKind, REPLY_KIND_OF_ROW } from '../../reports/documents/notices/kinds';
import { registerDateOf } from '../../reports/documents/notices/model';
import { writeFileAtomic } from '../output';
import { exampleLedgers } from './checkDemo';

/** The office the demo prints for (the example ledgers carry no 设置 sheet). */
const DEMO_SETTINGS = {
  office: {
    name: '上海市某区某某局',
    abbreviation: '某某局',
    address: '上海市某区某某路100号',
    postcode: '200000',
    phone: '021-12345678',
    sealText: '上海市某区某某局',
    principal: '某某某',
    reviewBody: '上海市某区人民政府',
    court: '上海铁路运输法院',
  },
};

/** The application best suited to show a notice kind: one whose register holds that notice or outcome. */
function pick(apps: readonly ApplicationRecord[], kind: NoticeKind): ApplicationRecord | undefined {
  const withDate = apps.filter((a) => a.receivedDate && a.appNo);
  return (
    withDate.find((a) => a.resultRow !== undefined && REPLY_KIND_OF_ROW[a.resultRow] === kind) ??
    withDate.find(
      (a) => ['receipt', 'correction', 'extension', 'consult', 'consultNotice', 'fee'].includes(kind) && registerDateOf(a, kind),
    ) ??
    withDate[0]
  );
}

/** The demo step 移交表、确认单与文书: `ogi transfer --confirm` and `ogi notice` of every kind into out/forms/. */
export const formsDemoStep = {
  title: '移交表、确认单与告知书/答复书',
  async run(ctx: { root: string; outDir: string; log(line: string): void }): Promise<void> {
    const files = exampleLedgers(ctx.root);
    const catalogues: string[] = [];
    const ledgers: { file: string; apps: ApplicationRecord[] }[] = [];
    let latest = '';
    for (const file of files) {
      const read = await readLedgerFile(file);
      if (!read.ok) continue;
      for (const reg of checkWorkbook(read.grids, { settingsGrid: read.settingsSheet, today: todayInChina() }).registers) {
        if (reg.kind === 'catalogue') {
          if (!catalogues.includes(file)) catalogues.push(file);
          for (const r of reg.records) if (r.formedDate && r.formedDate > latest) latest = r.formedDate;
        }
        if (reg.kind === 'applications') ledgers.push({ file, apps: reg.records });
      }
    }
    const outDir = path.join(ctx.outDir, 'forms');
    const settings = path.join(outDir, 'settings-example.json');
    writeFileAtomic(settings, `${JSON.stringify(DEMO_SETTINGS, null, 2)}\n`);
    const io: CliIO = { out: (t) => ctx.log(t.replace(/\n$/, '')), err: () => undefined, isTTY: false, cwd: ctx.root };
    if (catalogues.length > 0) {
      // Transfer date: the day after the newest item, so the demo gives the same files every run.
      const date = latest ? new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : '2025-12-31';
      const code = await main(
        ['transfer', ...catalogues, '--to', '受理中心', '--date', date, '--confirm', '--xlsx', '--settings', settings, '--out', outDir],
        io,
      );
      ctx.log(`移交表与确认单：退出码 ${code}（1 = 确认单发现件数不一致，示例目录中有意留了未公开的信息）`);
    } else ctx.log('templates/examples/ 中没有主动公开目录，跳过移交表。');
    const ledger = ledgers[0];
    if (!ledger) {
      ctx.log('templates/examples/ 中没有依申请公开台账，跳过文书。');
      return;
    }
    let made = 0;
    for (const kind of NOTICE_KINDS) {
      const app = pick(ledger.apps, kind);
      if (!app?.appNo) continue;
      const code = await main(
        [
          'notice',
          ledger.file,
          '--id',
          app.appNo,
          '--type',
          kind,
          '--today',
          '2025-12-31',
          '--third-party',
          '某某有限公司',
          '--settings',
          settings,
          '--out',
          outDir,
          ...(kind === 'receipt' ? ['--xlsx'] : []),
        ],
        { ...io, out: () => undefined },
      );
      if (code <= 1) made++;
    }
    ctx.log(`文书：${made} 种（每种一份），结果在 ${path.relative(ctx.root, outDir)}/`);
  },
};
