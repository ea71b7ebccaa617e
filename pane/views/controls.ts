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

/**
 * A button of the pane's look: a Fluent button where Fluent runs (pane/fluent.ts swaps `.ogi-btn` in `h`),
 * a native one elsewhere; the id, `click()` and `disabled` work on both. `ariaLabel` names it when the
 * visible label alone does not say what it acts on (a row's 答复书).
 */
export function button(
  label: string,
  onClick: () => void,
  opts: { id?: string; primary?: boolean; disabled?: boolean; title?: string; ariaLabel?: string } = {},
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      id: opts.id,
      class: opts.primary ? 'ogi-btn ogi-btn-primary' : 'ogi-btn',
      disabled: opts.disabled,
      title: opts.title,
      'aria-label': opts.ariaLabel,
      onclick: () => onClick(),
    },
    label,
  );
}
