/**
 * core/ and reports/ speak to every face (pane, page, CLI): no message of theirs may name a command-line
 * flag (the pane has none). Each message module's strings, and its functions called with sample
 * arguments, are scanned for `--flag`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function messageModules(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...messageModules(rel));
    else if (entry.name === 'messages.ts') out.push(rel);
  }
  return out;
}

/** Every text a value can produce: strings as they are, functions called with sample arguments of each arity. */
function texts(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const args = Array.from({ length: (value as (...a: unknown[]) => unknown).length }, () => '样例');
    try {
      return texts((value as (...a: unknown[]) => unknown)(...args), depth + 1);
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object' && depth < 4) return Object.values(value).flatMap((v) => texts(v, depth + 1));
  return [];
}

const FLAG = /(^|[\s（(，、：])--[a-z]/;

describe('core and reports messages name no command-line flag', () => {
  const modules = [...messageModules('core'), ...messageModules('reports')];

  it('finds the message modules', () => {
    expect(modules).toEqual(expect.arrayContaining(['core/ledger/messages.ts', 'reports/documents/notices/messages.ts']));
  });

  it.each(modules)('%s', (rel) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(ROOT, rel)) as Record<string, unknown>;
    const all = Object.values(mod).flatMap((v) => texts(v));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((t) => FLAG.test(t))).toEqual([]);
  });
});
