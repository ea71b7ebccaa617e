/**
 * Loads one of the page's own files as a <script> (the only way a page opened as a file may read
 * its folder: Chromium refuses fetch and XHR on file://) and takes the value it leaves in a global.
 */

/** Runs the script `src` (relative to the page) and returns `self[global][key]` (or `self[global]`), then forgets it. */
export function loadScriptValue(src: string, global: string, key?: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(src, document.baseURI).href;
    script.async = true;
    const store = self as unknown as Record<string, unknown>;
    script.onload = () => {
      script.remove();
      const holder = store[global];
      const value = key === undefined ? holder : (holder as Record<string, unknown> | undefined)?.[key];
      // Tens of megabytes of text: the worker gets its copy, the page keeps none.
      if (key === undefined) Reflect.deleteProperty(store, global);
      else if (holder) Reflect.deleteProperty(holder, key);
      if (typeof value === 'string') resolve(value);
      else reject(new Error(src));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(src));
    };
    document.head.append(script);
  });
}
