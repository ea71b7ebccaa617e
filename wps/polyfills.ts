/**
 * The few built-ins newer than the WPS clients' embedded Chromium (CEF) that our code or its
 * libraries call. Syntax is lowered to ES2017 by the build; methods cannot be, so they are added
 * here, only where missing. Imported first by the WPS pane page and its check worker.
 */
function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function at(this: ArrayLike<unknown>, index: number): unknown {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i >= 0 && i < this.length ? this[i] : undefined;
}

if (typeof globalThis === 'undefined') define(self, 'globalThis', self);
define(Array.prototype, 'at', at);
define(String.prototype, 'at', at);
define(Object, 'fromEntries', (entries: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});
define(Object, 'hasOwn', (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  return depth < 1 ? this.slice() : this.reduce<unknown[]>((acc, v) => acc.concat(Array.isArray(v) ? flat.call(v, depth - 1) : [v]), []);
});
define(
  Array.prototype,
  'flatMap',
  function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
    return this.reduce<unknown[]>((acc, v, i, a) => acc.concat(fn.call(thisArg, v, i, a) as unknown[]), []);
  },
);
define(String.prototype, 'replaceAll', function replaceAll(this: string, search: string | RegExp, replacement: string) {
  return typeof search === 'string' ? this.split(search).join(replacement) : this.replace(search, replacement);
});
define(Promise, 'allSettled', (promises: Iterable<unknown>) =>
  Promise.all(
    [...promises].map((p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason: unknown) => ({ status: 'rejected', reason }),
      ),
    ),
  ),
);

export {};
