/** 列对应关系: which source column holds each field of the register. */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { HEADER_TABLES } from '../../core/ledger';
import { button, fieldLabel } from './controls';

/** The mapping editor of the checked sheet (empty before a check). */
export function mappingEditor(pane: PaneController): HTMLElement {
  const register = pane.check.current()?.outcome.register;
  if (!register) return h('div');
  const fields = (HEADER_TABLES as Record<string, { fields: readonly string[] }>)[register.kind]?.fields ?? Object.keys(register.mapping);
  const rows = fields.map((field) => {
    const id = `ogi-map-${field}`;
    const input = h('input', {
      id,
      class: 'ogi-col',
      value: register.mapping[field] ?? '',
      size: 3,
      maxlength: 3,
      pattern: '[A-Za-z]{1,3}',
      'aria-label': `${fieldLabel(field)} 所在列`,
    });
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('label', { for: id }, fieldLabel(field))),
      h('td', {}, input),
      h(
        'td',
        {},
        button('应用', () => void pane.settings.overrideColumn(field, input.value.trim()), { disabled: pane.state.busy }),
      ),
    );
  });
  return h(
    'details',
    { class: 'ogi-mapping', id: 'ogi-mapping' },
    h(
      'summary',
      {},
      `列对应关系（表头在第 ${register.headerRow} 行，${register.kind === 'applications' ? '依申请公开台账' : register.kind === 'catalogue' ? '主动公开目录' : '复议诉讼台账'}）`,
    ),
    h('p', { class: 'ogi-hint' }, '填写列字母（如 C）后按「应用」，对应关系保存到「设置」工作表；留空则恢复自动识别。'),
    h('table', { class: 'ogi-table' }, h('tbody', {}, ...rows)),
  );
}
