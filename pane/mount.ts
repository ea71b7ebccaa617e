/**
 * Mounts the task pane into a page: tabs (工作台, 检查, 期限, 报表, 表单, 设置), a live status line and the
 * current view, re-rendered from the controller on every change. Host-agnostic: the Excel task
 * pane and the offline page both call `mountPane` with their own Host and loaders.
 */
import { h } from './dom';
import { MSG } from './messages';
import { PaneController, type Loaders } from './controller';
import { VIEWS, type ViewId } from './viewIds';
import type { Host } from './host';
import { checkView, deadlinesView, reportsView, formsView, settingsView } from './views';
import { workbenchView } from './workbenchView';
import type { CalendarDate } from '../core/dates';

const RENDER: Record<ViewId, (pane: PaneController) => HTMLElement> = {
  workbench: workbenchView,
  check: checkView,
  deadlines: deadlinesView,
  reports: reportsView,
  forms: formsView,
  settings: settingsView,
};

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
          const key = (e as KeyboardEvent).key;
          const i = VIEWS.indexOf(pane.state.view);
          const next =
            key === 'ArrowRight'
              ? VIEWS[(i + 1) % VIEWS.length]
              : key === 'ArrowLeft'
                ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
                : key === 'Home'
                  ? VIEWS[0]
                  : key === 'End'
                    ? VIEWS[VIEWS.length - 1]
                    : undefined;
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
  const status = h('div', { id: 'ogi-status', role: 'status', 'aria-live': 'polite', class: 'ogi-status' });
  const panel = h('section', { id: 'ogi-panel', role: 'tabpanel', class: 'ogi-panel', tabindex: -1 });
  root.replaceChildren(
    h(
      'div',
      { class: 'ogi-pane', 'aria-busy': 'false' },
      h('header', { class: 'ogi-header' }, h('h1', {}, MSG.appName)),
      h('nav', { role: 'tablist', 'aria-label': '功能', class: 'ogi-tabs' }, ...tabs),
      status,
      panel,
    ),
  );
  const render = () => {
    const focusedId = (document.activeElement as HTMLElement | null)?.id;
    tabs.forEach((t, i) => {
      const selected = VIEWS[i] === pane.state.view;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', `ogi-tab-${pane.state.view}`);
    root.firstElementChild?.setAttribute('aria-busy', String(pane.state.busy));
    // A message belongs to the view whose action said it: other views do not show it.
    const message = pane.state.message?.view === pane.state.view ? pane.state.message : null;
    status.className = `ogi-status${message ? ` ogi-status-${message.kind}` : ''}`;
    status.textContent = message?.text ?? '';
    // Keep open <details> open across re-renders.
    const open = new Set([...panel.querySelectorAll('details[open] > summary')].map((s) => s.textContent ?? ''));
    panel.replaceChildren(RENDER[pane.state.view](pane));
    for (const s of panel.querySelectorAll('details > summary'))
      if (open.has(s.textContent ?? '')) s.parentElement?.setAttribute('open', '');
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
  pane.subscribe(render);
  render();
  void pane.init(options.view);
  return pane;
}
