/** 检查: the sheet to check, its mapping and its findings. */
import { h } from '../dom';
import { MSG } from '../messages';
import type { PaneController } from '../controller';
import { button } from './controls';
import { findingsList } from './findings';
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

/** Each data row's case, as a clerk names it (kept here for the views index). */
export { caseNames } from '../findingsModel';
