/** 设置: the office, its rules and calendar, saved to the 设置 sheet. */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { presetNames, loadPreset } from '../../core/presets';
import type { Settings } from '../../core/settings/schema';
import { noticeBox } from '../noticeBox';
import { button, fieldLabel } from './controls';

const OFFICE_FIELDS: ReadonlyArray<[keyof Settings['office'], string]> = [
  ['name', '机关全称'],
  ['code', '机构代码'],
  ['abbreviation', '机关代字'],
  ['address', '地址'],
  ['postcode', '邮政编码'],
  ['phone', '联系电话'],
  ['email', '电子邮箱'],
  ['sealText', '印章文字'],
  ['principal', '单位主要负责人'],
  ['reviewBody', '复议机关'],
  ['court', '管辖法院'],
  ['publicAccess', '主动公开获取途径'],
];

/** 设置 */
export function settingsView(pane: PaneController): HTMLElement {
  const s = pane.state.settings;
  // What was typed and not saved yet shows instead of the saved value: a re-render never loses it.
  const draft = pane.state.settingsDraft;
  const typed = (e: Event) => (e.target as HTMLInputElement).value;
  const inputs = OFFICE_FIELDS.map(([key, label]) => {
    const input = h('input', {
      id: `ogi-set-${key}`,
      value: draft.office?.[key] ?? s.office[key],
      oninput: (e) => pane.settings.draft({ office: { [key]: typed(e) } }),
    });
    return h('div', { class: 'ogi-field' }, h('label', { for: `ogi-set-${key}` }, label), input);
  });
  const presetLabel = (name: string) => {
    try {
      return `${loadPreset(name).label}（${name}）`;
    } catch {
      return name;
    }
  };
  const chosenPreset = draft.preset ?? s.preset;
  const preset = h(
    'select',
    { id: 'ogi-set-preset', onchange: (e) => pane.settings.draft({ preset: typed(e) }) },
    ...presetNames().map((p) => h('option', { value: p, selected: p === chosenPreset }, presetLabel(p))),
  );
  const offDays = h(
    'textarea',
    { id: 'ogi-set-off', rows: 2, oninput: (e) => pane.settings.draft({ offDays: typed(e) }) },
    draft.offDays ?? s.calendar.offDays.join('，'),
  );
  const workdays = h(
    'textarea',
    { id: 'ogi-set-work', rows: 2, oninput: (e) => pane.settings.draft({ workdays: typed(e) }) },
    draft.workdays ?? s.calendar.workdays.join('，'),
  );
  const columns = Object.entries(s.columns).flatMap(([sheet, fields]) =>
    Object.entries(fields).map(([f, c]) => `${sheet}：${fieldLabel(f)} → ${c}`),
  );
  return h(
    'div',
    {},
    h('p', { class: 'ogi-hint' }, `运行环境：${pane.host.capabilities.label}`),
    ...pane.state.settingsFindings.map((f) => h('p', { class: 'ogi-error' }, f.message)),
    h('h3', {}, '机关信息'),
    ...inputs,
    h('h3', {}, '规则'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-set-preset' }, '规则预设'), preset),
    h('h3', {}, '本单位日历调整'),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-set-off' }, '额外休息日（YYYY-MM-DD，逗号分隔）'), offDays),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-set-work' }, '额外工作日'), workdays),
    ...noticeBox(pane),
    h('h3', {}, '列对应关系'),
    columns.length
      ? h('ul', { class: 'ogi-list' }, ...columns.map((c) => h('li', {}, c)))
      : h('p', { class: 'ogi-hint' }, '全部自动识别（在「检查」中可修改）。'),
    h(
      'div',
      { class: 'ogi-actions' },
      button('保存到「设置」工作表', () => void pane.settings.saveForm(), {
        id: 'ogi-save-settings',
        primary: true,
        disabled: pane.state.busy,
      }),
    ),
  );
}
