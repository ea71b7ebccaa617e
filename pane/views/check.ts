/** 检查: the sheet to check, its mapping and its findings. */
import { h } from '../dom';
import { MSG } from '../messages';
import type { PaneController } from '../controller';
import type { Finding } from '../../core/findings';
import type { AnyRegister } from '../../core/register/types';
import { button, fieldLabel } from './controls';
import { mappingEditor } from './mapping';
import { checkDateBar } from './checkDate';

/** 检查 */
export function checkView(pane: PaneController): HTMLElement {
  const sheetSelect = h(
    'select',
    { id: 'ogi-sheet', 'aria-label': '工作表', onchange: (e) => pane.check.selectSheet((e.target as HTMLSelectElement).value) },
    ...pane.state.sheets.map((s) =>
      h(
        'option',
        { value: s.name, selected: s.name === pane.state.selectedSheet },
        `${s.name}${s.ours ? '（本助手生成）' : ''}（${s.rows} 行）`,
      ),
    ),
  );
  const current = pane.check.current();
  const register = current?.outcome.register;
  const caps = pane.host.capabilities;
  const parts: Array<Node | null> = [
    checkDateBar(pane, 'ogi-check'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-sheet' }, '台账工作表'), sheetSelect),
    h(
      'div',
      { class: 'ogi-actions' },
      button('运行检查', () => void pane.check.run(), { id: 'ogi-run-check', primary: true, disabled: pane.state.busy }),
      pane.state.busy ? button('取消', () => pane.check.cancel(), { id: 'ogi-cancel' }) : null,
      !caps.liveChecks && current
        ? button('重新检查', () => void pane.check.run(), { id: 'ogi-recheck', disabled: pane.state.busy })
        : null,
    ),
    pane.state.progress
      ? h(
          'div',
          { class: 'ogi-progress' },
          h('progress', {
            id: 'ogi-progress',
            max: pane.state.progress.totalRows,
            value: pane.state.progress.rowsRead,
            'aria-label': '读取进度',
          }),
          h('span', {}, MSG.progress(pane.state.progress.rowsRead, pane.state.progress.totalRows)),
        )
      : null,
  ];
  if (current && register) {
    parts.push(h('p', { class: 'ogi-hint' }, caps.liveChecks ? (pane.state.watching ? MSG.liveOn : '') : MSG.liveOff(caps)));
    parts.push(mappingEditor(pane));
    parts.push(
      h(
        'div',
        { class: 'ogi-actions' },
        button('在原表标注', () => void pane.check.markInPlace(), { id: 'ogi-mark', disabled: pane.state.busy || !caps.markInPlace }),
        button('清除标注', () => void pane.check.clearMarks(), { id: 'ogi-clear', disabled: pane.state.busy || !caps.markInPlace }),
        button('写入登记表', () => void pane.check.writeRegister(), { id: 'ogi-write-register', disabled: pane.state.busy }),
      ),
    );
  }
  if (current) parts.push(findingsList(pane));
  return h('div', {}, ...parts);
}

function findingsList(pane: PaneController): HTMLElement {
  const groups = pane.check.groups();
  const caseOf = caseNames(pane.check.current()?.outcome.register);
  if (groups.length === 0) return h('p', { class: 'ogi-ok', id: 'ogi-no-findings' }, '未发现问题。');
  return h(
    'div',
    { class: 'ogi-findings', id: 'ogi-findings' },
    ...groups.map((g) =>
      h(
        'details',
        { class: `ogi-group ogi-${g.severity}`, open: g.severity === 'error' },
        h('summary', {}, `${MSG.severity[g.severity]}（${g.count}）`),
        ...g.fields.map((f) =>
          h(
            'details',
            { class: 'ogi-field-group', open: g.fields.length <= 3 },
            h('summary', {}, `${fieldLabel(f.field)}（${f.findings.length}）`),
            h(
              'ul',
              { class: 'ogi-list' },
              ...f.findings.slice(0, 500).map((x) => h('li', {}, findingButton(pane, x, caseOf))),
              f.findings.length > 500 ? h('li', {}, `另有 ${f.findings.length - 500} 条，见「检查结果」工作表。`) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

/** Each data row's case, as a clerk names it: 申请编号, 信息名称 or 案件编号. */
export function caseNames(register: AnyRegister | undefined): ReadonlyMap<number, string> {
  const names = new Map<number, string>();
  for (const r of register?.records ?? []) {
    const name = 'appNo' in r && r.appNo ? r.appNo : 'title' in r && r.title ? r.title : 'caseNo' in r && r.caseNo ? r.caseNo : '';
    if (name) names.set(r.source.row, name);
  }
  return names;
}

function findingButton(pane: PaneController, f: Finding, caseOf: ReadonlyMap<number, string>): HTMLElement {
  const where = f.row !== null && f.column !== null ? `${f.column}${f.row}` : '整表';
  const name = f.row !== null ? caseOf.get(f.row) : undefined;
  const subject = [name, f.field ? fieldLabel(f.field) : ''].filter(Boolean).join(' · ');
  return h(
    'button',
    {
      type: 'button',
      class: 'ogi-finding',
      'data-address': where,
      onclick: () => void pane.check.selectFinding(f),
    },
    h('span', { class: 'ogi-address' }, where),
    ' ',
    subject ? h('span', { class: 'ogi-case-name' }, `${subject}：`) : null,
    f.message,
  );
}
