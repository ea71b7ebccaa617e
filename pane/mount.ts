/**
 * Mounts the task pane into a page: tabs (工作台, 检查, 期限, 报表, 表单, 设置), a live status line and the
 * current view, re-rendered from the controller on every change; in a wide window the selected
 * case's row beside the list. Fluent components replace the native tabs, buttons and status line
 * once pane/fluent.ts has loaded them (where the browser can run them). Host-agnostic: the Excel
 * task pane, WPS and the offline page all call `mountPane` with their own Host and loaders.
 */
import { h } from './dom';
import { MSG } from './messages';
import { PaneController, type Loaders } from './controller';
import { VIEWS, type ViewId } from './viewIds';
import type { Host } from './host';
import { VIEW_RENDERERS as RENDER } from './views';
import type { CalendarDate } from '../core/dates';
import { loadFluent, fluentActive } from './fluent';
import { caseFromElement, caseSheet, selectCase, selectedCase, CASE_SHEET_MSG } from './views/caseSheet';
import { emptyState } from './views/emptyStates';

/** Reads the view to open from `?view=` or `#view` (ribbon buttons open the pane at a view). */
export function viewFromLocation(loc: { search: string; hash: string }): ViewId | undefined {
  const q = new URLSearchParams(loc.search).get('view') ?? loc.hash.replace(/^#/, '');
  return (VIEWS as readonly string[]).includes(q) ? (q as ViewId) : undefined;
}

export interface MountOptions {
  view?: ViewId;
  today?: () => CalendarDate;
}

/** Builds the pane in `root` and starts it; returns the controller (tests and the web page drive it). */
export function mountPane(root: HTMLElement, host: Host, loaders: Loaders, options: MountOptions = {}): PaneController {
  const pane = new PaneController(host, loaders, options.today);
  const status = h('div', { id: 'ogi-status', role: 'status', 'aria-live': 'polite', class: 'ogi-status' });
  const busy = h('span', { class: 'ogi-busy', id: 'ogi-busy' });
  const panel = h('section', { id: 'ogi-panel', role: 'tabpanel', class: 'ogi-panel', tabindex: -1 });
  const side = h('aside', { id: 'ogi-side', class: 'ogi-side', 'aria-label': CASE_SHEET_MSG.title });
  const body = h('div', { class: 'ogi-body' }, panel, side);
  let tabs = nativeTabs(pane);
  root.replaceChildren(
    h(
      'div',
      { class: 'ogi-pane', 'aria-busy': 'false' },
      h('header', { class: 'ogi-header' }, h('h1', {}, MSG.appName), busy),
      tabs.list,
      status,
      body,
    ),
  );
  // A finding, a 工作台 or 期限 row: the case it names is shown beside the list in a wide window.
  panel.addEventListener('click', (e) => {
    const ref = caseFromElement(e.target instanceof Element ? e.target : null, pane.state);
    if (!ref) return;
    selectCase(pane, ref);
    side.replaceChildren(caseSheet(pane.state, ref));
  });
  const render = () => {
    const focusedId = (document.activeElement as HTMLElement | null)?.id;
    tabs.select(pane.state.view);
    panel.setAttribute('aria-labelledby', `ogi-tab-${pane.state.view}`);
    root.firstElementChild?.setAttribute('aria-busy', String(pane.state.busy));
    busy.replaceChildren(...(pane.state.busy ? [spinner()] : []));
    // A message belongs to the view whose action said it: other views do not show it.
    const message = pane.state.message?.view === pane.state.view ? pane.state.message : null;
    status.className = `ogi-status${message ? ` ogi-status-${message.kind}` : ''}`;
    status.replaceChildren(...(message ? [messageBar(message.kind, message.text)] : []));
    // Keep open <details> open across re-renders.
    const open = new Set([...panel.querySelectorAll('details[open] > summary')].map((s) => s.textContent ?? ''));
    const empty = emptyState(pane.state.view, pane.state, host.capabilities.kind);
    panel.replaceChildren(...(empty ? [empty] : []), RENDER[pane.state.view](pane));
    for (const s of panel.querySelectorAll('details > summary'))
      if (open.has(s.textContent ?? '')) s.parentElement?.setAttribute('open', '');
    const withSide = SIDE_VIEWS.has(pane.state.view);
    body.classList.toggle('ogi-with-side', withSide);
    side.hidden = !withSide;
    if (withSide) side.replaceChildren(caseSheet(pane.state, selectedCase(pane)));
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
  pane.subscribe(render);
  render();
  // Fluent loads after the first render; the pane is usable natively meanwhile and wherever it cannot run.
  void loadFluent().then((ok) => {
    if (!ok) return;
    const next = fluentTabs(pane);
    tabs.list.replaceWith(next.list);
    tabs = next;
    render();
  });
  void pane.init(options.view);
  return pane;
}

/** The views that show the selected case beside them in a wide window. */
const SIDE_VIEWS: ReadonlySet<ViewId> = new Set<ViewId>(['workbench', 'check', 'deadlines']);

interface Tabs {
  readonly list: HTMLElement;
  select(view: ViewId): void;
}

/** Native tabs (jsdom, old WPS): roving tabindex and arrow keys, as the ARIA tabs pattern says. */
function nativeTabs(pane: PaneController): Tabs {
  const tabs = VIEWS.map((id) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `ogi-tab-${id}`,
        'aria-controls': 'ogi-panel',
        class: 'ogi-tab',
        onclick: () => pane.show(id),
        onkeydown: (e) => {
          const next = arrowTarget((e as KeyboardEvent).key, pane.state.view);
          if (next) {
            e.preventDefault();
            pane.show(next);
            document.getElementById(`ogi-tab-${next}`)?.focus();
          }
        },
      },
      MSG.views[id],
    ),
  );
  return {
    list: h('nav', { role: 'tablist', 'aria-label': TABS_LABEL, class: 'ogi-tabs' }, ...tabs),
    select(view) {
      tabs.forEach((t, i) => {
        const selected = VIEWS[i] === view;
        t.setAttribute('aria-selected', String(selected));
        t.tabIndex = selected ? 0 : -1;
      });
    },
  };
}

const TABS_LABEL = '功能';

/** The tab an arrow, Home or End key moves to from `view`. */
export function arrowTarget(key: string, view: ViewId): ViewId | undefined {
  const i = VIEWS.indexOf(view);
  if (key === 'ArrowRight') return VIEWS[(i + 1) % VIEWS.length];
  if (key === 'ArrowLeft') return VIEWS[(i + VIEWS.length - 1) % VIEWS.length];
  if (key === 'Home') return VIEWS[0];
  if (key === 'End') return VIEWS[VIEWS.length - 1];
  return undefined;
}

type FluentTablist = HTMLElement & { activeid?: string };

/** fluent-tablist / fluent-tab: Fluent handles focus and the arrow keys; the pane's state stays the truth. */
function fluentTabs(pane: PaneController): Tabs {
  const list = document.createElement('fluent-tablist') as FluentTablist;
  list.setAttribute('aria-label', TABS_LABEL);
  list.className = 'ogi-tabs ogi-fluent-tabs';
  for (const id of VIEWS) {
    const tab = document.createElement('fluent-tab');
    tab.id = `ogi-tab-${id}`;
    tab.textContent = MSG.views[id];
    tab.addEventListener('click', () => pane.show(id));
    list.append(tab);
  }
  list.addEventListener('change', () => {
    const view = VIEWS.find((v) => `ogi-tab-${v}` === list.activeid);
    if (view && view !== pane.state.view) pane.show(view);
  });
  return {
    list,
    select(view) {
      if (list.activeid !== `ogi-tab-${view}`) list.activeid = `ogi-tab-${view}`;
    },
  };
}

/** The status line's content: a Fluent message bar, or a plain line where Fluent does not run. */
function messageBar(kind: 'info' | 'error', text: string): HTMLElement {
  if (!fluentActive()) return h('span', {}, text);
  const bar = document.createElement('fluent-message-bar');
  bar.setAttribute('intent', kind === 'error' ? 'error' : 'info');
  bar.setAttribute('layout', 'multiline');
  bar.textContent = text;
  return bar;
}

/** The busy indicator beside the title. */
function spinner(): HTMLElement {
  if (!fluentActive()) return h('span', { class: 'ogi-spinner', role: 'progressbar', 'aria-label': BUSY_LABEL });
  const el = document.createElement('fluent-spinner');
  el.setAttribute('size', 'tiny');
  el.setAttribute('aria-label', BUSY_LABEL);
  return el;
}

const BUSY_LABEL = '正在处理';
