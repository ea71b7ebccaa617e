/**
 * The 检查 view's findings list: the summary line first, 上一条 / 下一条, then the sections (期限,
 * 错误 open; 警告, 提示, 可规范写法 after), each item naming its case and field beside its address,
 * with 改为 … where the fix is mechanical and the host may write cells.
 */
import { h } from '../dom';
import type { PaneController } from '../controller';
import type { Severity } from '../../core/findings';
import type { FindingItem, FindingSection, FindingsModel } from '../findingsModel';
import { fieldLabel } from './controls';
import { FINDINGS_MSG as M } from './findingsMessages';

/** The class of a severity's colour (error red, warning amber, hint grey-blue). */
export function severityClass(severity: Severity): string {
  return severity === 'info' ? 'ogi-sev-hint' : `ogi-sev-${severity}`;
}

/** The findings of the selected sheet, or 未发现问题。 */
export function findingsList(pane: PaneController): HTMLElement {
  const model = pane.check.findings();
  if (model.order.length === 0) return h('p', { class: 'ogi-ok', id: 'ogi-no-findings' }, M.none);
  const current = pane.check.currentItem();
  return h(
    'div',
    { class: 'ogi-findings', id: 'ogi-findings' },
    summaryLine(model),
    navigation(pane, model, current),
    ...model.sections.map((s) => sectionBlock(pane, s, current)),
  );
}

function summaryLine(model: FindingsModel): HTMLElement {
  const { overdue, dueSoon, errors, warnings } = model.summary;
  return h(
    'p',
    { class: 'ogi-findings-summary', id: 'ogi-findings-summary', role: 'status' },
    h('span', { class: overdue > 0 ? 'ogi-sev-error' : '' }, M.summary(overdue, dueSoon, errors, warnings)),
  );
}

function navigation(pane: PaneController, model: FindingsModel, current: FindingItem | undefined): HTMLElement {
  const at = current ? model.order.indexOf(current) : -1;
  const busy = pane.state.busy;
  return h(
    'div',
    { class: 'ogi-actions ogi-findings-nav' },
    h(
      'button',
      { type: 'button', class: 'ogi-btn', id: 'ogi-prev-finding', disabled: busy || at === 0, onclick: () => void pane.check.step(-1) },
      M.prev,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ogi-btn',
        id: 'ogi-next-finding',
        disabled: busy || at === model.order.length - 1,
        onclick: () => void pane.check.step(1),
      },
      M.next,
    ),
    h('span', { class: 'ogi-hint', id: 'ogi-finding-position', 'aria-live': 'polite' }, M.position(at + 1, model.order.length)),
  );
}

function sectionBlock(pane: PaneController, s: FindingSection, current: FindingItem | undefined): HTMLElement {
  const holdsCurrent = (items: readonly FindingItem[]) => current !== undefined && items.includes(current);
  return h(
    'details',
    {
      class: `ogi-group ogi-${s.id} ${severityClass(s.severity)}`,
      'data-section': s.id,
      open: s.open || s.fields.some((f) => holdsCurrent(f.items)),
    },
    h('summary', {}, M.sectionTitle(M.section[s.id], s.count)),
    ...s.fields.map((f) =>
      h(
        'details',
        { class: 'ogi-field-group', open: s.open || s.fields.length <= 3 || holdsCurrent(f.items) },
        h('summary', {}, `${f.label ?? fieldLabel(f.field)}（${f.items.length + f.hidden}）`),
        h(
          'ul',
          { class: 'ogi-list' },
          ...f.items.map((item) => findingRow(pane, item, item === current)),
          f.hidden > 0 ? h('li', {}, M.more(f.hidden)) : null,
        ),
      ),
    ),
  );
}

function findingRow(pane: PaneController, item: FindingItem, isCurrent: boolean): HTMLElement {
  const canFix = item.fix !== undefined && pane.host.capabilities.editCells === true && pane.host.writeCell !== undefined;
  const li = h(
    'li',
    { class: `ogi-item ${severityClass(item.severity)}${isCurrent ? ' ogi-current' : ''}`, 'aria-current': isCurrent ? 'true' : undefined },
    findingButton(pane, item),
    canFix && item.fix
      ? h(
          'button',
          {
            type: 'button',
            class: 'ogi-btn ogi-fix',
            'data-address': item.address,
            'aria-label': M.fixLabel(item.address, item.fix.value),
            disabled: pane.state.busy,
            onclick: () => void pane.check.applyFix(item),
          },
          M.fixButton(item.fix.value),
        )
      : null,
  );
  // 上一条 / 下一条 re-render the list: bring the item they went to into view.
  if (isCurrent) queueMicrotask(() => li.scrollIntoView?.({ block: 'nearest' }));
  return li;
}

function findingButton(pane: PaneController, item: FindingItem): HTMLElement {
  const subject = [item.caseName, item.field ? fieldLabel(item.field) : ''].filter(Boolean).join(' · ');
  return h(
    'button',
    {
      type: 'button',
      class: 'ogi-finding',
      'data-address': item.address,
      'data-sheet': item.sheet,
      'data-key': item.key,
      onclick: () => void pane.check.selectFinding(item),
    },
    h('span', { class: 'ogi-address' }, item.address),
    ' ',
    subject ? h('span', { class: 'ogi-case-name' }, `${subject}：`) : null,
    item.message,
  );
}
