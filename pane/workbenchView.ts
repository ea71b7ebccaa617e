/**
 * 工作台: what the clerk has to do on a day — the counters, then one card per open application with
 * its deadline, "为什么是这一天" and a button for each document its stage allows. The check date is
 * the pane's (state.checkDate): shown and changeable here as in 检查 and 期限, and changing it
 * re-checks the registers already read, so every view follows.
 */
import { h } from './dom';
import type { CalendarDate } from '../core/dates';
import { COUNTER_IDS, workbenchMessages as W, type ActionKind, type CounterId, type WorkbenchRow } from '../core/workbench';
import type { Host } from './host';
import type { PaneState } from './state';
import type { PrintJob } from './jobs';
import type { DeliveryOutcome } from './host';
import { ACTION_NOTICE, paneWorkbench, rowJob, type NoticeJobs } from './workbenchModel';
import { WORKBENCH_MSG as M } from './workbenchMessages';
import { checkDateBar } from './views/checkDate';

/** What the view uses of the pane (the PaneController has all of it). */
export interface WorkbenchPane {
  readonly state: PaneState;
  readonly host: Pick<Host, 'selectCell'>;
  readonly check: { checkAll(): Promise<void> };
  readonly forms: NoticeJobs;
  readonly jobs: { deliverPdf(job: PrintJob): Promise<DeliveryOutcome | undefined> };
  /** 按哪一天检查: the pane's one check date. */
  readonly checkDate: { set(date: string): Promise<void>; clock(): CalendarDate; toToday(): Promise<void> };
}

const MAX_ROWS = 300;
// The pane checks its ledgers by itself once, the first time the 工作台 is shown with nothing checked.
const autoChecked = new WeakSet<WorkbenchPane>();

/** 工作台 */
export function workbenchView(pane: WorkbenchPane): HTMLElement {
  return h('div', { class: 'ogi-workbench' }, ...content(pane));
}

function content(pane: WorkbenchPane): HTMLElement[] {
  const { state } = pane;
  const today = state.checkDate;
  const ledgers = state.sheets.some((s) => !s.ours && s.rows > 1);
  if (state.checked.size === 0 && ledgers && !state.busy && !autoChecked.has(pane)) {
    autoChecked.add(pane);
    queueMicrotask(() => void pane.check.checkAll());
  }
  const header = checkDateBar(pane, 'ogi-wb');
  if (state.checked.size === 0) {
    return [
      header,
      h('p', { class: 'ogi-hint' }, M.empty),
      h(
        'button',
        { type: 'button', id: 'ogi-wb-check-all', class: 'ogi-btn', disabled: state.busy, onclick: () => void pane.check.checkAll() },
        M.checkAll,
      ),
    ];
  }
  const desk = paneWorkbench(state, today);
  const counters = h(
    'ul',
    { class: 'ogi-counters', 'aria-label': W.title },
    ...COUNTER_IDS.map((id) =>
      h(
        'li',
        { class: `ogi-counter ogi-counter-${id}${desk.counters[id] === 0 ? ' ogi-counter-zero' : ''}`, id: `ogi-wb-count-${id}` },
        h('span', { class: 'ogi-counter-n' }, desk.counters[id]),
        h('span', { class: 'ogi-counter-label' }, W.counters[id]),
      ),
    ),
  );
  if (desk.rows.length === 0) return [header, counters, h('p', { class: 'ogi-hint' }, M.noOpenCases(today))];
  const shown = desk.rows.slice(0, MAX_ROWS);
  return [
    header,
    counters,
    h('ul', { class: 'ogi-list ogi-cases' }, ...shown.map((r) => caseCard(pane, r))),
    desk.rows.length > shown.length ? h('p', { class: 'ogi-hint' }, M.more(desk.rows.length - shown.length)) : null,
  ].filter((e): e is HTMLElement => e !== null);
}

const STATUS_CLASS: Record<CounterId, string> = {
  overdue: 'error',
  dueToday: 'error',
  dueSoon: 'warning',
  inProgress: 'ok',
  correction: 'wait',
  consulting: 'wait',
  fee: 'wait',
};

/** One document of a row: formal, or its draft (每页标有“草稿”). */
function actionButton(pane: WorkbenchPane, r: WorkbenchRow, a: ActionKind, name: string, draft: boolean): HTMLElement {
  const label = draft ? M.draft : W.actions[a];
  return h(
    'button',
    {
      type: 'button',
      class: a === 'reply' && !draft ? 'ogi-btn ogi-btn-primary' : 'ogi-btn',
      'aria-label': draft ? M.draftAction(W.actions[a], name) : M.action(W.actions[a], name),
      disabled: pane.state.busy,
      onclick: () =>
        void rowJob(pane.forms, r, a, draft).then((job) => {
          if (job) void pane.jobs.deliverPdf(job);
        }),
    },
    label,
  );
}

/** After this row's formal document was refused as incomplete, the draft of that document, as the message offers. */
function draftButton(pane: WorkbenchPane, r: WorkbenchRow, name: string): HTMLElement[] {
  const blocked = pane.state.blockedNotice;
  if (!blocked || blocked.sheet !== r.sheet || blocked.row !== r.row) return [];
  const action = r.actions.find((a) => ACTION_NOTICE[a] === blocked.kind);
  return action ? [actionButton(pane, r, action, name, true)] : [];
}

function caseCard(pane: WorkbenchPane, r: WorkbenchRow): HTMLElement {
  const name = r.appNo || `第 ${r.row} 行`;
  const badge = r.counter ? W.counters[r.counter] : M.abandoned;
  return h(
    'li',
    { class: `ogi-case ogi-case-${r.counter ? STATUS_CLASS[r.counter] : 'wait'}`, 'data-row': r.row, 'data-sheet': r.sheet },
    h(
      'div',
      { class: 'ogi-case-head' },
      h(
        'button',
        { type: 'button', class: 'ogi-link', 'aria-label': M.select(name), onclick: () => void pane.host.selectCell(r.sheet, `A${r.row}`) },
        name,
      ),
      h('span', { class: 'ogi-badge' }, badge),
      h('span', { class: 'ogi-case-left' }, r.remaining),
    ),
    h('div', { class: 'ogi-case-line' }, [r.applicant, r.content].filter(Boolean).join(' · ')),
    h(
      'div',
      { class: 'ogi-case-line ogi-hint' },
      [r.department ? M.department(r.department) : '', M.received(r.received), M.due(r.due)].filter(Boolean).join(' · '),
      r.uncertain ? M.uncertain : '',
    ),
    h('div', { class: 'ogi-actions' }, ...r.actions.map((a) => actionButton(pane, r, a, name, false)), ...draftButton(pane, r, name)),
    h('details', {}, h('summary', {}, M.why), h('ol', {}, ...r.steps.map((s) => h('li', {}, s)))),
  );
}
