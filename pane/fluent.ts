/**
 * Fluent UI web components (the look Office users know) for the pane, where the browser can run
 * them: buttons, tabs, message bars, spinners and progress bars, defined once from a chunk loaded
 * after the first render. Elsewhere — jsdom in the unit tests, a WPS build whose Chromium lacks
 * form-associated custom elements — the pane keeps its native elements, styled with the same tokens.
 */
import { setTagSubstitute, type Attrs } from './dom';

let active = false;

/** True once the components are defined: views may create `fluent-*` elements. */
export function fluentActive(): boolean {
  return active;
}

/** Whether this browser can run Fluent 3: custom elements, ElementInternals and constructable style sheets. */
export function fluentSupported(): boolean {
  return (
    typeof customElements !== 'undefined' &&
    typeof HTMLElement !== 'undefined' &&
    'attachInternals' in HTMLElement.prototype &&
    typeof CSSStyleSheet !== 'undefined' &&
    typeof document !== 'undefined' &&
    'adoptedStyleSheets' in document &&
    // jsdom has customElements but no layout or shadow styles: the unit tests see native elements.
    !/jsdom/i.test(navigator.userAgent)
  );
}

/** The pane's font stack (Fluent's own lacks the Chinese system fonts). */
const FONT_FAMILY = "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";

/** Loads and defines the components once; false (native elements stay) where unsupported or the chunk fails. */
export async function loadFluent(): Promise<boolean> {
  if (active) return true;
  if (!fluentSupported()) return false;
  try {
    // One lazy chunk: a browser that cannot parse or run it still gets the whole pane, natively.
    const [theme, tokens] = await Promise.all([
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/theme/index.js'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/tokens'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/button.js'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/tablist.js'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/tab.js'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/message-bar.js'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/spinner.js'),
      import(/* webpackChunkName: "fluent" */ '@fluentui/web-components/progress-bar.js'),
    ]);
    theme.setTheme({ ...tokens.webLightTheme, fontFamilyBase: FONT_FAMILY });
  } catch {
    return false;
  }
  active = true;
  setTagSubstitute(fluentTag);
  document.documentElement.classList.add('ogi-fluent');
  return true;
}

/** Which native elements the views build become Fluent ones: `.ogi-btn` buttons and progress bars. */
export function fluentTag(tag: string, attrs: Attrs): { tag: string; attrs: Attrs } | undefined {
  const cls = typeof attrs.class === 'string' ? attrs.class.split(/\s+/) : [];
  if (tag === 'button' && cls.includes('ogi-btn')) {
    return {
      tag: 'fluent-button',
      attrs: {
        ...attrs,
        appearance: cls.includes('ogi-btn-primary') ? 'primary' : undefined,
        // Playwright and screen readers read aria-disabled on custom elements; the browser drops clicks on a disabled one.
        'aria-disabled': attrs.disabled ? 'true' : undefined,
      },
    };
  }
  if (tag === 'progress') return { tag: 'fluent-progress-bar', attrs };
  return undefined;
}
