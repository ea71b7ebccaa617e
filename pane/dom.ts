/** A tiny element builder: no framework, typed attributes, text children escaped by the DOM. */
type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/** Replaces a native tag by a custom element with the same attributes (pane/fluent.ts), or leaves it. */
export type TagSubstitute = (tag: string, attrs: Attrs) => { tag: string; attrs: Attrs } | undefined;

let substitute: TagSubstitute | undefined;

/**
 * Lets pane/fluent.ts turn buttons and progress bars into Fluent components once they are defined.
 * The substitutes keep the members the views use (id, click(), disabled, value, max), so the
 * element is still typed as the native one.
 */
export function setTagSubstitute(fn: TagSubstitute | undefined): void {
  substitute = fn;
}

/** Creates an element; `on…` attributes become listeners, booleans toggle attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const swap = substitute?.(tag, attrs);
  const el = document.createElement(swap?.tag ?? tag) as HTMLElementTagNameMap[K];
  for (const [name, value] of Object.entries(swap?.attrs ?? attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else if (name === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
    else el.setAttribute(name, String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}
