/** Controls and labels the views share. */
import { h } from '../dom';
import { MSG } from '../messages';
import { HEADER_TABLES } from '../../core/ledger';

/** The Chinese label of a register field, from the header tables. */
export function fieldLabel(field: string): string {
  for (const table of Object.values(HEADER_TABLES)) {
    const label = (table as { labels: Record<string, string> }).labels[field];
    if (label) return label;
  }
  return field || MSG.noField;
}

/** A button of the pane's look. */
export function button(
  label: string,
  onClick: () => void,
  opts: { id?: string; primary?: boolean; disabled?: boolean; title?: string } = {},
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      id: opts.id,
      class: opts.primary ? 'ogi-btn ogi-btn-primary' : 'ogi-btn',
      disabled: opts.disabled,
      title: opts.title,
      onclick: () => onClick(),
    },
    label,
  );
}
