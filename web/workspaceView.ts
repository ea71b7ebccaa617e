/**
 * The page's list of open files: each file's name, what its sheets were recognised as, and a 关闭
 * button; then where the settings come from and any 设置 sheet that disagrees. Pure DOM over a
 * WorkspaceSummary; the page decides what closing does.
 */
import { h } from '../pane/dom';
import type { OpenedFile, WorkspaceSummary } from './protocol';
import { messages } from './messages';

/** `2025年：依申请公开台账；复议诉讼：复议诉讼台账` — each sheet of the file by its own name. */
export function recognisedText(file: OpenedFile): string {
  return file.recognised.map((r) => messages.sheetAs(r.sheet, messages.recognised[r.as])).join('；');
}

/** Renders the open files into `root` (hidden when none is open); `onClose` is called with a file's name. */
export function renderWorkspace(root: HTMLElement, summary: WorkspaceSummary, onClose: (fileName: string) => void): void {
  root.hidden = summary.files.length === 0;
  const items = summary.files.map((f) =>
    h(
      'li',
      { class: 'open-file', 'data-file': f.fileName },
      h(
        'div',
        { class: 'open-file-text' },
        h('strong', { class: 'open-file-name' }, f.fileName),
        h('span', { class: 'open-file-sheets' }, recognisedText(f)),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button close-file',
          'aria-label': messages.closeFileLabel(f.fileName),
          onclick: () => onClose(f.fileName),
        },
        messages.closeFile,
      ),
    ),
  );
  const settings = summary.settingsFrom ? messages.settingsFrom(summary.settingsFrom) : messages.noSettingsSheet;
  root.replaceChildren(
    h('h2', { id: 'workspace-title' }, messages.openFiles),
    h('ul', { id: 'open-files', class: 'open-files' }, ...items),
    h('p', { id: 'workspace-settings', class: 'hint' }, settings),
    ...summary.findings.map((f) => h('p', { class: 'workspace-warning', role: 'note' }, f.message)),
    h('p', { class: 'hint' }, messages.workspaceHint),
  );
}
