/** The "粘贴国务院节假日安排通知" box of the settings view (DOM); the logic is in noticeImport.ts. */
import { h } from './dom';
import type { PaneController } from './controller';
import type { Settings } from '../core/settings/schema';
import { noticeImportMessages as M, previewNotice } from './noticeImport';

/** Paste box, year field, 预览 and 保存到设置 (enabled only after a preview without problems). */
export function noticeBox(pane: PaneController): HTMLElement[] {
  const text = h('textarea', { id: 'ogi-notice-text', rows: 6 });
  const year = h('input', { id: 'ogi-notice-year', inputmode: 'numeric', placeholder: 'YYYY' });
  const preview = h('div', { id: 'ogi-notice-preview', 'aria-live': 'polite' });
  let ready: Settings | undefined;
  const save = h(
    'button',
    {
      type: 'button',
      id: 'ogi-notice-save',
      class: 'ogi-btn ogi-btn-primary',
      disabled: true,
      onclick: () => {
        if (ready) void pane.settings.save(ready);
      },
    },
    M.save,
  );
  const show = () => {
    const p = previewNotice(text.value, pane.state.settings, year.value);
    ready = p.ok ? p.settings : undefined;
    save.disabled = !p.ok || pane.state.busy;
    preview.replaceChildren(
      ...(p.ok ? [h('p', {}, p.heading)] : []),
      h('ul', { class: 'ogi-list' }, ...p.lines.map((l) => h('li', { class: p.ok ? '' : 'ogi-error' }, l))),
    );
  };
  // A changed text needs a new preview before it can be saved.
  text.addEventListener('input', () => {
    ready = undefined;
    save.disabled = true;
  });
  return [
    h('h3', {}, M.title),
    h('p', { class: 'ogi-hint' }, M.hint),
    ...pane.state.settings.calendar.notices.map((n) => h('p', { class: 'ogi-hint' }, M.imported(n.year, n.source, n.days.length))),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-notice-text' }, M.title), text),
    h('div', { class: 'ogi-field' }, h('label', { for: 'ogi-notice-year' }, M.yearLabel), year),
    h(
      'div',
      { class: 'ogi-actions' },
      h('button', { type: 'button', id: 'ogi-notice-preview-btn', class: 'ogi-btn', disabled: pane.state.busy, onclick: show }, M.preview),
      save,
    ),
    preview,
  ];
}
