/** 表单: transfer sheets and notices. */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { RECIPIENTS, type Recipient } from '../../reports/documents/transfer/model';
import { isCalendarDate, type CalendarDate } from '../../core/dates';
import { PROCEDURAL_KINDS, PROCEDURAL_LABELS, type NoticeKind } from '../../reports/documents/notices/kinds';
import { button } from './controls';

// The answer chosen from the register, then every procedural notice from the one list of kinds.
const NOTICE_LABELS: ReadonlyArray<[NoticeKind | 'reply', string]> = [
  ['reply', '答复书（按答复类型）'],
  ...PROCEDURAL_KINDS.map((k): [NoticeKind, string] => [k, PROCEDURAL_LABELS[k]]),
];

/** 表单 */
export function formsView(pane: PaneController): HTMLElement {
  const recipient = h('select', { id: 'ogi-recipient' }, ...RECIPIENTS.map((r) => h('option', { value: r }, r)));
  const from = h('input', { id: 'ogi-from', type: 'date' });
  const until = h('input', { id: 'ogi-until', type: 'date' });
  const kind = h('select', { id: 'ogi-notice-kind' }, ...NOTICE_LABELS.map(([k, label]) => h('option', { value: k }, label)));
  const date = (input: HTMLInputElement): CalendarDate | undefined => (isCalendarDate(input.value) ? input.value : undefined);
  return h(
    'div',
    {},
    h('h3', {}, '移交表'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-recipient' }, '接收单位'), recipient),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-from' }, '起始日期'), from),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-until' }, '截止日期'), until),
    h('p', { class: 'ogi-hint' }, '不填日期时列出所有尚未送交（无送交日期）的条目。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button(
        '生成移交表 PDF',
        () => {
          void pane.forms.transferJobAll(recipient.value as Recipient, date(from), date(until)).then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          });
        },
        { id: 'ogi-transfer', primary: true, disabled: pane.state.busy },
      ),
      button(
        '写入工作表',
        () => {
          void pane.forms.transferJobAll(recipient.value as Recipient, date(from), date(until)).then((job) => {
            if (job) void pane.jobs.writeSheet(job);
          });
        },
        { id: 'ogi-transfer-sheet', disabled: pane.state.busy },
      ),
      button(
        '生成草稿',
        () => {
          void pane.forms.transferJobAll(recipient.value as Recipient, date(from), date(until), true).then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          });
        },
        { id: 'ogi-transfer-draft', disabled: pane.state.busy },
      ),
    ),
    h('h3', {}, '告知书'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-notice-kind' }, '文书类型'), kind),
    h('p', { class: 'ogi-hint' }, '先在已检查的依申请公开台账中选中申请所在的行。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button(
        '为选中行生成 PDF',
        () =>
          void pane.forms.noticeJob(kind.value as NoticeKind | 'reply').then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          }),
        { id: 'ogi-notice', disabled: pane.state.busy },
      ),
      button(
        '写入工作表',
        () =>
          void pane.forms.noticeJob(kind.value as NoticeKind | 'reply').then((job) => {
            if (job) void pane.jobs.writeSheet(job);
          }),
        { id: 'ogi-notice-sheet', disabled: pane.state.busy },
      ),
      button(
        '生成草稿',
        () =>
          void pane.forms.noticeJob(kind.value as NoticeKind | 'reply', undefined, true).then((job) => {
            if (job) void pane.jobs.deliverPdf(job);
          }),
        { id: 'ogi-notice-draft', disabled: pane.state.busy },
      ),
    ),
  );
}
