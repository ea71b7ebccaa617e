/**
 * Just enough of a DOM for pane/dom.ts `h` to build the views under Node (jest runs without jsdom):
 * elements with attributes, children, listeners and a value. Tests read the texts a view shows and
 * fire its change and click handlers.
 */
type Listener = (e: { target: FakeElement; preventDefault(): void }) => void;

class FakeText {
  constructor(readonly data: string) {}
  get textContent(): string {
    return this.data;
  }
}

/** An element as the views build it. */
export class FakeElement {
  readonly attributes = new Map<string, string>();
  children: Array<FakeElement | FakeText> = [];
  readonly listeners = new Map<string, Listener[]>();
  value = '';
  id = '';
  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
    if (name === 'id') this.id = String(value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  addEventListener(type: string, fn: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  append(...nodes: Array<FakeElement | string>): void {
    for (const n of nodes) this.children.push(typeof n === 'string' ? new FakeText(n) : n);
  }
  replaceChildren(...nodes: Array<FakeElement | string>): void {
    this.children = [];
    this.append(...nodes);
  }
  get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    this.children = [new FakeText(text)];
  }

  /** Every element below (and including) this one. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => (c instanceof FakeElement ? c.all() : []))];
  }
  /** The element with this id below this one. */
  byId(id: string): FakeElement | undefined {
    return this.all().find((e) => e.id === id);
  }
  /** Sets the value and fires `change` (and `input`), as the user would. */
  change(value: string): void {
    this.value = value;
    for (const type of ['input', 'change'])
      for (const fn of this.listeners.get(type) ?? []) fn({ target: this, preventDefault: () => undefined });
  }
  click(): void {
    for (const fn of this.listeners.get('click') ?? []) fn({ target: this, preventDefault: () => undefined });
  }
}

/** Installs the fake `document` (once per test file); returns nothing, views call `document.createElement`. */
export function installFakeDom(): void {
  (globalThis as unknown as { document: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag),
    activeElement: null,
    getElementById: () => null,
  };
}

/** What a view shows a reader: its text and the texts of titles, labels and placeholders. */
export function shownTexts(root: unknown): string[] {
  const el = root as FakeElement;
  const out: string[] = [];
  for (const e of el.all()) {
    for (const c of e.children) if (!(c instanceof FakeElement) && c.data.trim()) out.push(c.data);
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = e.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out;
}
