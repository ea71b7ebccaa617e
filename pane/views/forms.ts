/** 表单: transfer sheets and notices. The choices live in the pane's state, so they outlast every action and re-render. */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { MSG } from '../messages';
import { RECIPIENTS, type Recipient } from '../../reports/documents/transfer/model';
import { isCalendarDate, type CalendarDate } from '../../core/dates';
import { PROCEDURAL_KINDS, PROCEDURAL_LABELS, type NoticeKind } from '../../reports/documents/notices/kinds';
import type { PrintJob } from '../jobs';
import { button } from './controls';

// The answer chosen from the register, then every procedural notice from the one list of kinds.
const NOTICE_LABELS: ReadonlyArray<[NoticeKind | 'reply', string]> = [
  ['reply', '答复书（按答复类型）'],
  ...PROCEDURAL_KINDS.map((k): [NoticeKind, string] => [k, PROCEDURAL_LABELS[k]]),
];

const dateOf = (value: string | undefined): CalendarDate | undefined => (value && isCalendarDate(value) ? value : undefined);
const valueOf = (e: Event): string => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** The 表单 choices in the state, with the view's defaults for those never made. */
export function formChoices(state: PaneController['state']): {
  recipient: Recipient;
  noticeKind: NoticeKind | 'reply';
  from?: CalendarDate;
  until?: CalendarDate;
} {
  const c = state.choices;
  return { recipient: c.recipient ?? RECIPIENTS[0], noticeKind: c.noticeKind ?? 'reply', from: dateOf(c.from), until: dateOf(c.until) };
}

/** 表单 */
export function formsView(pane: PaneController): HTMLElement {
  const { recipient, noticeKind, from, until } = formChoices(pane.state);
  const face = pane.host.capabilities;
  const busy = pane.state.busy;
  const recipientBox = h(
    'select',
    { id: 'ogi-recipient', onchange: (e) => pane.choose({ recipient: valueOf(e) as Recipient }) },
    ...RECIPIENTS.map((r) => h('option', { value: r, selected: r === recipient }, r)),
  );
  const dateBox = (id: string, value: CalendarDate | undefined, key: 'from' | 'until') =>
    h('input', { id, type: 'date', value: value ?? '', onchange: (e) => pane.choose({ [key]: dateOf(valueOf(e)) ?? '' }) });
  const kindBox = h(
    'select',
    { id: 'ogi-notice-kind', onchange: (e) => pane.choose({ noticeKind: valueOf(e) as NoticeKind | 'reply' }) },
    ...NOTICE_LABELS.map(([k, label]) => h('option', { value: k, selected: k === noticeKind }, label)),
  );
  // The choices are read when the button is pressed (a choice does not re-render the view).
  const transfer =
    (deliver: (job: PrintJob) => Promise<unknown>, draft = false) =>
    () => {
      const now = formChoices(pane.state);
      void pane.forms.transferJobAll(now.recipient, now.from, now.until, draft).then((job) => {
        if (job) void deliver(job);
      });
    };
  const notice =
    (deliver: (job: PrintJob) => Promise<unknown>, draft = false) =>
    () =>
      void pane.forms.noticeJob(formChoices(pane.state).noticeKind, undefined, draft).then((job) => {
        if (job) void deliver(job);
      });
  const pdf = (job: PrintJob) => pane.jobs.deliverPdf(job);
  const sheet = (job: PrintJob) => pane.jobs.writeSheet(job);
  return h(
    'div',
    {},
    h('h3', {}, '移交表'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-recipient' }, '接收单位'), recipientBox),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-from' }, '起始日期'), dateBox('ogi-from', from, 'from')),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-until' }, '截止日期'), dateBox('ogi-until', until, 'until')),
    h('p', { class: 'ogi-hint' }, '不填日期时列出所有尚未送交（无送交日期）的条目。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button('生成移交表 PDF', transfer(pdf), { id: 'ogi-transfer', primary: true, disabled: busy }),
      button(MSG.writeSheetLabel(face), transfer(sheet), { id: 'ogi-transfer-sheet', disabled: busy }),
      button('生成草稿', transfer(pdf, true), { id: 'ogi-transfer-draft', disabled: busy }),
    ),
    h('h3', {}, '告知书'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-notice-kind' }, '文书类型'), kindBox),
    h('p', { class: 'ogi-hint' }, '先在已检查的依申请公开台账中选中申请所在的行。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button('为选中行生成 PDF', notice(pdf), { id: 'ogi-notice', disabled: busy }),
      button(MSG.writeSheetLabel(face), notice(sheet), { id: 'ogi-notice-sheet', disabled: busy }),
      button('生成草稿', notice(pdf, true), { id: 'ogi-notice-draft', disabled: busy }),
    ),
  );
}
