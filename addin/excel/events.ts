/**
 * Live checks: `worksheet.onChanged` (ExcelApi 1.7+) collects the rows users change, debounced,
 * ignoring our own writes (`triggerSource` on 1.14+, a WriteGuard otherwise).
 */
import type { SheetChange } from '../../pane/host';
import type { ExcelApi, WriteGuard } from './api';

export const DEBOUNCE_MS = 600;

/** Excel row numbers covered by an address such as `Sheet1!C5:D9`, `C5`, `3:4` or `C5,E7`. */
export function rowsOfAddress(address: string): number[] {
  const rows: number[] = [];
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  for (const part of local.split(',')) {
    const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(part.trim());
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let r = Math.min(from, to); r <= Math.max(from, to) && rows.length < 100_000; r++) rows.push(r);
  }
  return rows;
}

/** Collects changed rows per sheet and flushes them after a quiet period. */
export class ChangeCollector {
  private pending = new Map<string, Set<number>>();
  private structural = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly flush: (change: SheetChange) => void,
    private readonly delayMs = DEBOUNCE_MS,
  ) {}
  add(sheet: string, rows: readonly number[], structural = false): void {
    if (structural) this.structural.add(sheet);
    const set = this.pending.get(sheet) ?? new Set<number>();
    for (const r of rows) set.add(r);
    this.pending.set(sheet, set);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emit(), this.delayMs);
  }
  /** Emits everything collected now. */
  emit(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    const structural = this.structural;
    this.pending = new Map();
    this.structural = new Set();
    for (const [sheet, rows] of pending) {
      const change: SheetChange = { sheet, rows: [...rows].sort((a, b) => a - b) };
      if (structural.has(sheet)) change.structural = true;
      this.flush(change);
    }
  }
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending.clear();
    this.structural.clear();
  }
}

/** Subscribes to changes on the sheets; returns an unsubscribe. */
export async function watchSheets(
  api: ExcelApi,
  guard: WriteGuard,
  sheets: readonly string[],
  onChange: (change: SheetChange) => void,
): Promise<() => Promise<void>> {
  const collector = new ChangeCollector(onChange);
  const handlers = await api.run(async (context) => {
    const added = sheets.map((name) =>
      context.workbook.worksheets.getItem(name).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        if (event.triggerSource === 'ThisLocalAddin' || guard.active) return;
        // Inserted or deleted cells shift rows: the pane re-checks the whole sheet then.
        const structural = /Inserted|Deleted/.test(String(event.changeType));
        collector.add(name, rowsOfAddress(event.address), structural);
      }),
    );
    await context.sync();
    return added;
  });
  return async () => {
    collector.dispose();
    // Handlers must be removed through the context they were added with.
    for (const h of handlers) h.remove();
    if (handlers[0]) await handlers[0].context.sync();
  };
}
