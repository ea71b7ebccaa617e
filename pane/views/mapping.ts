/**
 * 列对应关系: which source column holds each field of the register. Each field shows the header text
 * and two values of its column, and a list of the sheet's columns (letter and header) to pick from;
 * the picks are kept as drafts in the state and saved together by one 应用; 还原 goes back to the
 * automatic mapping.
 */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { MSG } from '../messages';
import { HEADER_TABLES, fieldLabel } from '../../core/ledger';
import { mappingColumns, mappingFields, shownColumn, type MappingColumn } from '../mappingModel';
import { button } from './controls';

/** The mapping editor of the checked sheet (empty before a check). */
export function mappingEditor(pane: PaneController): HTMLElement {
  const current = pane.check.current();
  const register = current?.outcome.register;
  if (!current || !register) return h('div');
  const columns = mappingColumns(current.grid, register.headerRow);
  const byLetter = new Map(columns.map((c) => [c.letter, c]));
  const overrides = pane.state.settings.columns[register.sheet] ?? {};
  const drafts = pane.settings.drafts();
  const busy = pane.state.busy;
  const rows = mappingFields(register, overrides, drafts).map((f) => {
    const id = `ogi-map-${f.field}`;
    const label = fieldLabel(register.kind, f.field);
    const shown = shownColumn(f);
    // What the field is read from if the box stays as it is: the pick, else the last check's column.
    const source = byLetter.get(shown || f.column);
    const auto = f.column ? MSG.mappingColumn(f.column, byLetter.get(f.column)?.header ?? '') : MSG.mappingNone;
    const known = shown === '' || byLetter.has(shown);
    const select = h(
      'select',
      {
        id,
        class: 'ogi-map-col',
        disabled: busy,
        'aria-label': `${label} 所在列`,
        onchange: (e) => pane.settings.draftColumn(f.field, (e.target as HTMLSelectElement).value),
      },
      h('option', { value: '', selected: shown === '' }, `${MSG.mappingAuto}${auto}`),
      // A pin by header text (or to a column the sheet no longer has) stays selectable as it is.
      known ? null : h('option', { value: shown, selected: true }, shown),
      ...columns.map((c) => h('option', { value: c.letter, selected: c.letter === shown }, MSG.mappingColumn(c.letter, c.header))),
    );
    return h(
      'tr',
      { class: f.draft !== undefined ? 'ogi-map-changed' : undefined },
      h('th', { scope: 'row' }, h('label', { for: id }, label)),
      // The column's header and values under its box: a 320 px pane has no room for a third column.
      h('td', {}, select, h('div', { class: 'ogi-map-source', id: `${id}-source` }, sourceText(source))),
    );
  });
  const changed = Object.keys(drafts).length;
  return h(
    'details',
    { class: 'ogi-mapping', id: 'ogi-mapping', open: changed > 0 },
    h('summary', {}, MSG.mappingSummary(register.headerRow, HEADER_TABLES[register.kind].label)),
    h('p', { class: 'ogi-hint' }, MSG.mappingHint),
    h('table', { class: 'ogi-table' }, h('tbody', {}, ...rows)),
    h(
      'div',
      { class: 'ogi-actions' },
      button(MSG.mappingApply, () => void pane.settings.applyDrafts(), {
        id: 'ogi-map-apply',
        primary: true,
        disabled: busy || changed === 0,
      }),
      button(MSG.mappingRestore, () => void pane.settings.restoreAutomatic(), {
        id: 'ogi-map-restore',
        disabled: busy || (Object.keys(overrides).length === 0 && changed === 0),
      }),
    ),
  );
}

function sourceText(c: MappingColumn | undefined): HTMLElement {
  if (!c) return h('span', { class: 'ogi-hint' }, MSG.mappingNone);
  return h(
    'span',
    {},
    h('span', { class: 'ogi-map-header' }, c.header ? `「${c.header}」` : c.letter),
    ' ',
    h('span', { class: 'ogi-hint ogi-map-samples' }, MSG.mappingSamples(c.samples.join('、'))),
  );
}
