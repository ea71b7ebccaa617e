import { Command } from './types';
import { dateFlag, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK } from '../exitCodes';
import { todayInChina } from '../../core/dates';
import { COUNTER_IDS, workbench, workbenchMessages as W, type CounterId, type WorkbenchRow } from '../../core/workbench';
import { paint } from '../colour';
import { loadForms } from './formsCommon';
import { workbenchCliMessages as M, WORKBENCH_USAGE } from './workbenchMessages';

/** Terminal columns a string takes: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

const COLOUR: Partial<Record<CounterId, 'error' | 'warning' | 'info'>> = { overdue: 'error', dueToday: 'error', dueSoon: 'warning' };

/** `ogi workbench`: the 工作台 in the terminal. */
export const workbenchCommand: Command = {
  name: 'workbench',
  summary: M.summary,
  usage: WORKBENCH_USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      { today: { type: 'string' }, preset: { type: 'string' }, settings: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    const today = dateFlag(values.today, 'today') ?? todayInChina();
    const { registers, calendar, preset, settings } = await loadForms(positionals, values, today, io);
    const desk = workbench({ registers, today, calendar, preset, settings });
    const code = desk.counters.overdue > 0 ? EXIT_FINDINGS : EXIT_OK;
    if (values.json) {
      io.out(`${JSON.stringify(desk, null, 2)}\n`);
      return code;
    }
    const p = paint(io.colour === true);
    io.out(`${p.bold(M.checkDate(today, values.today !== undefined))}\n`);
    io.out(
      `${COUNTER_IDS.map((id) => {
        const text = M.counter(W.counters[id], desk.counters[id]);
        const colour = COLOUR[id];
        return colour && desk.counters[id] > 0 ? p.severity(colour, text) : text;
      }).join('｜')}\n`,
    );
    if (desk.rows.length === 0) {
      io.out(`${M.none(today)}\n`);
      return code;
    }
    const cells = (r: WorkbenchRow) => [r.appNo || `第 ${r.row} 行`, r.applicant, r.content, r.department, r.received, r.due, r.remaining];
    const widths = M.columns.map((h, i) => Math.max(displayWidth(h), ...desk.rows.map((r) => displayWidth(cells(r)[i]))));
    const line = (values: readonly string[]) => values.map((v, i) => pad(v, widths[i])).join('  ');
    for (const group of [...COUNTER_IDS, undefined]) {
      const rows = desk.rows.filter((r) => r.counter === group);
      if (rows.length === 0) continue;
      const title = M.group(group ? W.counters[group] : M.abandoned, rows.length);
      const colour = group ? COLOUR[group] : undefined;
      io.out(`\n${colour ? p.severity(colour, title) : p.bold(title)}\n`);
      io.out(`  ${p.dim(line(M.columns).trimEnd())}\n`);
      for (const r of rows) {
        const actions = M.actions(r.actions.map((a) => W.actions[a]).join('、'));
        io.out(`  ${line(cells(r))}  ${actions}${r.uncertain ? M.uncertain : ''}\n`);
      }
    }
    return code;
  },
};
