/** 设置: the office, its rules and calendar, saved to the 设置 sheet. */
import { h } from '../dom';
import type { PaneController } from '../controller';
import { presetNames, loadPreset } from '../../core/presets';
import { isCalendarDate } from '../../core/dates';
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
  const inputs = OFFICE_FIELDS.map(([key, label]) => {
    const input = h('input', { id: `ogi-set-${key}`, value: s.office[key] });
    return { key, input, row: h('div', { class: 'ogi-field' }, h('label', { for: `ogi-set-${key}` }, label), input) };
  });
  const presetLabel = (name: string) => {
    try {
      return `${loadPreset(name).label}（${name}）`;
    } catch {
      return name;
    }
  };
  const preset = h(
    'select',
    { id: 'ogi-set-preset' },
    ...presetNames().map((p) => h('option', { value: p, selected: p === s.preset }, presetLabel(p))),
  );
  const offDays = h('textarea', { id: 'ogi-set-off', rows: 2 }, s.calendar.offDays.join('，'));
  const workdays = h('textarea', { id: 'ogi-set-work', rows: 2 }, s.calendar.workdays.join('，'));
  const list = (t: HTMLTextAreaElement) => t.value.split(/[,，、;；\s]+/).filter(Boolean);
  const columns = Object.entries(s.columns).flatMap(([sheet, fields]) =>
    Object.entries(fields).map(([f, c]) => `${sheet}：${fieldLabel(f)} → ${c}`),
  );
  return h(
    'div',
    {},
    h('p', { class: 'ogi-hint' }, `运行环境：${pane.host.capabilities.label}`),
    ...pane.state.settingsFindings.map((f) => h('p', { class: 'ogi-error' }, f.message)),
    h('h3', {}, '机关信息'),
    ...inputs.map((i) => i.row),
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
      button(
        '保存到「设置」工作表',
        () => {
          const office = { ...s.office };
          for (const { key, input } of inputs) office[key] = input.value.trim();
          const bad = [...list(offDays), ...list(workdays)].filter((d) => !isCalendarDate(d));
          if (bad.length > 0) {
            pane.notify('error', `日期格式不正确：${bad.join('，')}（应为 YYYY-MM-DD）`);
            return;
          }
          void pane.settings.save({
            ...s,
            office,
            preset: preset.value,
            calendar: { ...s.calendar, offDays: list(offDays), workdays: list(workdays) },
          });
        },
        { id: 'ogi-save-settings', primary: true, disabled: pane.state.busy },
      ),
    ),
  );
}
