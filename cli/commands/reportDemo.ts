import * as path from 'node:path';
import { main } from '../main';
import { CliIO } from '../io';
import { readLedgerFile } from '../readers';
import { checkWorkbook } from '../../core/workbook';
import { todayInChina } from '../../core/dates';
import { exampleLedgers } from './checkDemo';

/** The busiest year of the example ledgers (most applications received) and its last month with activity. */
async function latestMonth(files: string[]): Promise<string | undefined> {
  const perYear = new Map<string, number>();
  const months: string[] = [];
  for (const file of files) {
    const read = await readLedgerFile(file);
    if (!read.ok) continue;
    for (const reg of checkWorkbook(read.grids, { settingsGrid: read.settingsSheet, today: todayInChina() }).registers) {
      if (reg.kind !== 'applications') continue;
      for (const a of reg.records) {
        if (a.receivedDate) perYear.set(a.receivedDate.slice(0, 4), (perYear.get(a.receivedDate.slice(0, 4)) ?? 0) + 1);
        for (const d of [a.receivedDate, a.replyDate]) if (d) months.push(d.slice(0, 7));
      }
    }
  }
  const year = [...perYear].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
  return year
    ? months
        .filter((m) => m.startsWith(year))
        .sort()
        .pop()
    : undefined;
}

/** The demo step 年度报告与月度报表: `ogi report annual` and `monthly` on templates/examples/ into out/reports/. */
export const reportDemoStep = {
  title: '年度报告与月度报表',
  async run(ctx: { root: string; outDir: string; log(line: string): void }): Promise<void> {
    const files = exampleLedgers(ctx.root);
    if (files.length === 0) {
      ctx.log('templates/examples/ 中没有示例台账，跳过。');
      return;
    }
    const month = await latestMonth(files);
    if (!month) {
      ctx.log('示例台账中没有依申请公开记录，跳过。');
      return;
    }
    const outDir = path.join(ctx.outDir, 'reports');
    const io: CliIO = { out: (t) => ctx.log(t.replace(/\n$/, '')), err: (t) => ctx.log(t.replace(/\n$/, '')), isTTY: false, cwd: ctx.root };
    const year = month.slice(0, 4);
    const annual = await main(['report', 'annual', '--year', year, ...files, '--out', outDir], io);
    const monthly = await main(['report', 'monthly', '--month', month, ...files, '--out', outDir], io);
    ctx.log(`年度报告 ${year}：退出码 ${annual}；月度报表 ${month}：退出码 ${monthly}；结果在 ${path.relative(ctx.root, outDir)}/`);
  },
};
