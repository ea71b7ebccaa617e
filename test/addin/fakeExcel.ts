/**
 * A small in-memory Excel object model for testing the gateway: enough of Workbook / Worksheet /
 * Range / ConditionalFormat / Note / Comment for addin/excel, with Office.js's load/sync rules
 * (a loaded property read before `context.sync()` throws) and a log of every sync's payload size.
 * It also imitates Excel's coercion of typed text: `=…` becomes a formula and `00123` a number
 * unless the cell is formatted as text ('@'); a leading apostrophe is a prefix, not content.
 */
import type { ExcelApi, ExcelPlatform } from '../../addin/excel/api';
import { columnLetter, columnNumber } from '../../core/grid';

export interface FakeCell {
  value: string | number | boolean;
  format: string;
  formula?: string;
  fill?: string;
  bold?: boolean;
  error?: boolean;
}

export interface FakeConditionalFormat {
  id: number;
  sheet: string;
  areas: string;
  type: 'Custom' | 'CellValue';
  formula: string;
  color: string;
  deleted: boolean;
}

export interface FakeNote {
  sheet: string;
  address: string;
  content: string;
  kind: 'note' | 'comment';
}

export interface SyncRecord {
  /** bytes of data loaded + values written in this request (JSON) */
  bytes: number;
}

type Key = string; // `${row},${col}` 1-based

const encoder = new TextEncoder();
/** UTF-8 size of a string (works in Node and in the browser, where the e2e test runs this fake). */
function byteLength(s: string): number {
  return encoder.encode(s).length;
}

const colNum = columnNumber;
const colLetters = columnLetter;

/** Parses `A1`, `A1:C3`, `'Sheet'!A1:C3` into sheet and a 1-based rectangle. */
export function parseAddress(address: string): { sheet?: string; r1: number; c1: number; r2: number; c2: number } {
  let sheet: string | undefined;
  let local = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  const [a, b] = local.replace(/\$/g, '').split(':');
  const pa = /^([A-Z]+)(\d+)$/i.exec(a);
  const pb = /^([A-Z]+)(\d+)$/i.exec(b ?? a);
  if (!pa || !pb) throw new Error(`InvalidArgument: bad address ${address}`);
  return { sheet, r1: Number(pa[2]), c1: colNum(pa[1]), r2: Number(pb[2]), c2: colNum(pb[1]) };
}

export class FakeSheet {
  cells = new Map<Key, FakeCell>();
  visibility = 'Visible';
  tables: Array<{ address: string; hasHeaders: boolean }> = [];
  validations: Array<{ address: string; source: string }> = [];
  frozenRows = 0;
  merges: string[] = [];
  handlers: Array<(e: any) => Promise<void>> = [];
  constructor(public name: string) {}
  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  /** Used range (1-based, inclusive) or null when empty. */
  used(): { r1: number; c1: number; r2: number; c2: number } | null {
    let r1 = Infinity,
      c1 = Infinity,
      r2 = 0,
      c2 = 0;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 === 0 ? null : { r1, c1, r2, c2 };
  }
  /** Sets values as a user would type them (no format change). */
  setValues(topLeft: string, rows: Array<Array<string | number | boolean | null>>): void {
    const { r1, c1 } = parseAddress(topLeft);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        this.cells.set(`${r1 + i},${c1 + j}`, { value: v, format: 'General' });
      }),
    );
  }
}

/** The whole fake: sheets, conditional formats, notes, and the sync log. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  cfs: FakeConditionalFormat[] = [];
  notes: FakeNote[] = [];
  /** Named Excel tables: name → sheet and address. */
  namedTables = new Map<string, { sheet: string; address: string }>();
  syncs: SyncRecord[] = [];
  /** The workbook's date system (File › Options › "Use 1904 date system"). */
  date1904 = false;
  active = '';
  selected = '';
  private nextCf = 1;
  constructor(public readonly versions: readonly string[] = ['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9', '1.10', '1.14', '1.18']) {}

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }
  liveCfs(sheet?: string): FakeConditionalFormat[] {
    return this.cfs.filter((c) => !c.deleted && (sheet === undefined || c.sheet === sheet));
  }
  newCf(sheet: string, areas: string): FakeConditionalFormat {
    const cf: FakeConditionalFormat = { id: this.nextCf++, sheet, areas, type: 'Custom', formula: '', color: '', deleted: false };
    this.cfs.push(cf);
    return cf;
  }
  /** An ExcelApi over this workbook; `platform` decides delivery. */
  api(platform: ExcelPlatform = 'web', extra: Partial<ExcelApi> = {}): ExcelApi {
    return {
      run: async (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext),
      supports: (v) => this.versions.includes(v),
      platform,
      ...extra,
    };
  }
  /** Simulates a user edit: fires onChanged handlers of the sheet. */
  async userEdit(
    sheet: string,
    address: string,
    values: Array<Array<string | number>>,
    triggerSource = 'Unknown',
    changeType = 'RangeEdited',
  ): Promise<void> {
    const s = this.sheet(sheet);
    s.setValues(address.split(':')[0], values);
    for (const h of s.handlers) await h({ address, triggerSource, worksheetId: sheet, changeType });
  }
}

/** Coerces a written value the way Excel does given the cell's format. */
function coerce(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  if (typeof v === 'string') {
    if (v.startsWith("'")) {
      cell.value = v.slice(1);
      return;
    }
    if (cell.format !== '@') {
      if (v.startsWith('=')) {
        cell.formula = v;
        cell.value = 0;
        return;
      }
      if (/^[+-]?\d+(\.\d+)?$/.test(v)) {
        cell.value = Number(v);
        return;
      }
    }
    cell.value = v;
    return;
  }
  cell.value = v as number | boolean;
}

class FakeContext {
  pendingLoads: Array<() => number> = [];
  pendingChecks: Array<() => void> = [];
  writeBytes = 0;
  workbook: any;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = makeWorkbook(this);
  }
  async sync(): Promise<void> {
    for (const check of this.pendingChecks.splice(0)) check();
    let bytes = this.writeBytes;
    this.writeBytes = 0;
    for (const load of this.pendingLoads.splice(0)) bytes += load();
    this.wb.syncs.push({ bytes });
  }
  wrote(value: unknown): void {
    this.writeBytes += byteLength(JSON.stringify(value ?? null));
  }
}

/**
 * A proxy object whose named properties (`keys`) must be loaded and synced before reading.
 * `compute(key)` returns a property's fresh value at sync time.
 */
function loadable<T extends object>(
  ctx: FakeContext,
  keys: readonly string[],
  compute: (key: string) => unknown,
  base: T,
): T & { load(p?: string | string[]): any } {
  const loaded = new Map<string, unknown>();
  const obj: any = base;
  obj.load = (props?: string | string[]) => {
    const list = props === undefined ? [...keys] : (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim());
    for (const p of list) if (!keys.includes(p)) throw new Error(`fake: cannot load ${p}`);
    ctx.pendingLoads.push(() => {
      let bytes = 0;
      for (const p of list) {
        const v = compute(p);
        loaded.set(p, v);
        bytes += byteLength(JSON.stringify(v ?? null));
      }
      return bytes;
    });
    return proxy;
  };
  const proxy = new Proxy(obj, {
    get(target, prop) {
      if (typeof prop === 'string' && keys.includes(prop)) {
        if (!loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
        return loaded.get(prop);
      }
      return target[prop];
    },
  });
  return proxy;
}

function makeWorkbook(ctx: FakeContext): any {
  const wb = ctx.wb;
  const sheetObjs = new Map<string, any>();
  const sheetObj = (name: string): any => {
    let o = sheetObjs.get(name);
    if (!o) {
      o = makeSheet(ctx, name);
      sheetObjs.set(name, o);
    }
    return o;
  };
  const worksheets = {
    items: [] as any[],
    load(_p: string) {
      ctx.pendingLoads.push(() => {
        worksheets.items = wb.sheets.map((s) => sheetObj(s.name));
        for (const it of worksheets.items) it.__nameLoaded = true;
        return byteLength(JSON.stringify(wb.sheets.map((s) => s.name)));
      });
      return worksheets;
    },
    getItem(name: string) {
      wb.sheet(name); // real Excel fails at the next sync; failing now is stricter
      return sheetObj(name);
    },
    getItemOrNullObject(name: string) {
      const o = sheetObj(name);
      return o;
    },
    add(name: string) {
      if (wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      wb.addSheet(name);
      ctx.wrote(name);
      return sheetObj(name);
    },
    getActiveWorksheet() {
      return sheetObj(wb.active || wb.sheets[0].name);
    },
  };
  const noteCollection = (kind: 'note' | 'comment') => {
    const coll: any = {
      items: [] as any[],
      load(_p: string) {
        ctx.pendingLoads.push(() => {
          const list = wb.notes.filter((n) => n.kind === kind);
          coll.items = list.map((n) => ({
            content: n.content,
            delete: () => {
              wb.notes = wb.notes.filter((x) => x !== n);
            },
            getLocation: () => {
              const r: any = { address: '' };
              r.load = () => {
                ctx.pendingLoads.push(() => {
                  r.address = `${n.sheet}!${n.address}`;
                  return r.address.length;
                });
                return r;
              };
              return r;
            },
          }));
          return byteLength(JSON.stringify(list.map((n) => n.content)));
        });
        return coll;
      },
      add(cellAddress: string, content: string) {
        const p = parseAddress(cellAddress);
        if (p.r1 !== p.r2 || p.c1 !== p.c2) throw new Error('InvalidCellAddress');
        const sheet = p.sheet ?? wb.active;
        const address = `${colLetters(p.c1)}${p.r1}`;
        if (wb.notes.some((n) => n.sheet === sheet && n.address === address && n.kind === kind)) {
          throw new Error(`InvalidOperation: ${kind} exists at ${address}`);
        }
        wb.notes.push({ sheet, address, content, kind });
        ctx.wrote(content);
        return {};
      },
    };
    return coll;
  };
  const notes = noteCollection('note');
  const comments = noteCollection('comment');
  const requireVersion = (v: string, what: string) => {
    if (!wb.versions.includes(v)) throw new Error(`ApiNotFound: ${what} needs ExcelApi ${v}`);
  };
  return {
    worksheets,
    /** Worksheet functions (ExcelApi 1.2); only DATE, which the reader uses to learn the date system. */
    get functions() {
      requireVersion('1.2', 'workbook.functions');
      return {
        date(year: number, month: number, day: number) {
          const result: { value?: number; load(props: string): unknown } = {
            load() {
              ctx.pendingLoads.push(() => {
                const days = Date.UTC(year, month - 1, day) / 86_400_000;
                result.value = wb.date1904 ? days - Date.UTC(1904, 0, 1) / 86_400_000 : days + 25_569;
                return 8;
              });
              return result;
            },
          };
          return result;
        },
      };
    },
    tables: {
      getItem(name: string) {
        const t = wb.namedTables.get(name);
        if (!t) throw new Error(`ItemNotFound: table ${name}`);
        const ws: any = { name: t.sheet, getRange: (a: string) => makeRange(ctx, t.sheet, a) };
        ws.load = () => ws;
        return { getRange: () => makeRange(ctx, t.sheet, t.address), worksheet: ws };
      },
    },
    get notes() {
      requireVersion('1.18', 'workbook.notes');
      return notes;
    },
    get comments() {
      requireVersion('1.10', 'workbook.comments');
      return comments;
    },
    getSelectedRange() {
      const sel = parseAddress(wb.selected || 'A1');
      return makeRange(ctx, sel.sheet ?? wb.active, `${colLetters(sel.c1)}${sel.r1}`);
    },
  };
}

function makeSheet(ctx: FakeContext, name: string): any {
  const wb = ctx.wb;
  const s = () => wb.sheet(name);
  const base: any = {
    get isNullObject() {
      return !wb.sheets.some((x) => x.name === name);
    },
    getRange(address?: string) {
      if (address === undefined) {
        return makeRange(ctx, name, 'A1:XFD1048576');
      }
      return makeRange(ctx, name, address);
    },
    getRanges(address: string) {
      if (!wb.versions.includes('1.9')) throw new Error('ApiNotFound: getRanges needs ExcelApi 1.9');
      return {
        conditionalFormats: cfCollection(ctx, name, address),
      };
    },
    getUsedRange(valuesOnly?: boolean) {
      if (valuesOnly !== undefined && !wb.versions.includes('1.2')) throw new Error('ApiNotFound: valuesOnly');
      return usedRange(ctx, name, false);
    },
    getUsedRangeOrNullObject(_valuesOnly?: boolean) {
      if (!wb.versions.includes('1.4')) throw new Error('ApiNotFound: getUsedRangeOrNullObject');
      return usedRange(ctx, name, true);
    },
    tables: {
      add(address: string, hasHeaders: boolean) {
        s().tables.push({ address, hasHeaders });
        return { showFilterButton: false };
      },
    },
    freezePanes: {
      freezeRows(n: number) {
        if (!wb.versions.includes('1.7')) throw new Error('ApiNotFound: freezePanes');
        s().frozenRows = n;
      },
    },
    pageLayout: { setPrintTitleRows() {} },
    activate() {
      wb.active = name;
    },
    delete() {
      wb.sheets = wb.sheets.filter((x) => x.name !== name);
    },
    onChanged: {
      add(handler: (e: any) => Promise<void>) {
        if (!wb.versions.includes('1.7')) throw new Error('ApiNotFound: onChanged');
        s().handlers.push(handler);
        return {
          context: ctx,
          remove() {
            s().handlers = s().handlers.filter((h) => h !== handler);
          },
        };
      },
    },
    get notes() {
      return ctx.workbook.notes;
    },
  };
  Object.defineProperty(base, 'visibility', {
    get: () => s().visibility,
    set: (v: string) => {
      s().visibility = v;
    },
  });
  base.load = (_p: string) => base;
  Object.defineProperty(base, 'name', { get: () => name });
  return base;
}

function usedRange(ctx: FakeContext, sheet: string, orNull: boolean): any {
  const compute = (key: string): unknown => {
    const u = ctx.wb.sheet(sheet).used() ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
    const address = `${colLetters(u.c1)}${u.r1}:${colLetters(u.c2)}${u.r2}`;
    const all: Record<string, () => unknown> = {
      rowIndex: () => u.r1 - 1,
      columnIndex: () => u.c1 - 1,
      rowCount: () => u.r2 - u.r1 + 1,
      columnCount: () => u.c2 - u.c1 + 1,
      address: () => `${sheet}!${address}`,
      values: () => readValues(ctx.wb.sheet(sheet), u),
    };
    return all[key]();
  };
  const r = loadable(ctx, ['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'address', 'values'], compute, {} as any);
  if (orNull) {
    Object.defineProperty(r, 'isNullObject', { get: () => ctx.wb.sheet(sheet).used() === null });
  }
  return r;
}

function readValues(sheet: FakeSheet, p: { r1: number; c1: number; r2: number; c2: number }): unknown[][] {
  const out: unknown[][] = [];
  for (let r = p.r1; r <= p.r2; r++) {
    const row: unknown[] = [];
    for (let c = p.c1; c <= p.c2; c++) row.push(sheet.get(r, c)?.value ?? '');
    out.push(row);
  }
  return out;
}

function cfCollection(ctx: FakeContext, sheet: string, areas: string | null): any {
  const wb = ctx.wb;
  const coll: any = {
    items: [] as any[],
    add(type: string) {
      if (!wb.versions.includes('1.6')) throw new Error('ApiNotFound: conditionalFormats');
      const cf = wb.newCf(sheet, areas ?? '');
      cf.type = type as 'Custom';
      ctx.wrote(areas);
      const custom = {
        rule: {
          set formula(f: string) {
            cf.formula = f;
            ctx.wrote(f);
          },
        },
        format: {
          fill: {
            set color(c: string) {
              cf.color = c;
            },
          },
        },
      };
      return { custom };
    },
    load(_p: string) {
      ctx.pendingLoads.push(() => {
        const mine = wb.liveCfs(sheet);
        coll.items = mine.map((cf) => ({
          type: cf.type,
          get customOrNullObject() {
            const rule: any = { formula: undefined };
            rule.load = () => {
              ctx.pendingLoads.push(() => {
                rule.formula = cf.formula;
                return cf.formula.length;
              });
              return rule;
            };
            return { isNullObject: cf.type !== 'Custom', rule };
          },
          delete: () => {
            cf.deleted = true;
          },
        }));
        return mine.length * 20;
      });
      return coll;
    },
  };
  return coll;
}

function makeRange(ctx: FakeContext, sheetName: string, address: string): any {
  const wb = ctx.wb;
  const p = parseAddress(address);
  const sheetOf = () => wb.sheet(p.sheet ?? sheetName);
  const rect = () => {
    if (p.r2 > 1_000_000) {
      const u = sheetOf().used() ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
      return u;
    }
    return p;
  };
  const each = (fn: (cell: FakeCell, i: number, j: number) => void, create = true) => {
    const s = sheetOf();
    const q = rect();
    for (let r = q.r1; r <= q.r2; r++) {
      for (let c = q.c1; c <= q.c2; c++) {
        let cell = s.get(r, c);
        if (!cell) {
          if (!create) continue;
          cell = { value: '', format: 'General' };
          s.cells.set(`${r},${c}`, cell);
        }
        fn(cell, r - q.r1, c - q.c1);
      }
    }
  };
  const grid = (get: (cell: FakeCell | undefined) => unknown) => {
    const s = sheetOf();
    const q = rect();
    const out: unknown[][] = [];
    for (let r = q.r1; r <= q.r2; r++) {
      const row: unknown[] = [];
      for (let c = q.c1; c <= q.c2; c++) row.push(get(s.get(r, c)));
      out.push(row);
    }
    return out;
  };
  const checkShape = (v: unknown[][]) => {
    const q = rect();
    if (v.length !== q.r2 - q.r1 + 1 || v.some((row) => row.length !== q.c2 - q.c1 + 1)) {
      throw new Error(`InvalidArgument: ${v.length}×${v[0]?.length} array for ${address}`);
    }
  };
  const computers: Record<string, () => unknown> = {
    values: () => grid((c) => (c ? c.value : '')),
    numberFormat: () => grid((c) => c?.format ?? 'General'),
    valueTypes: () =>
      grid((c) =>
        !c || c.value === ''
          ? 'Empty'
          : c.error
            ? 'Error'
            : typeof c.value === 'number'
              ? 'Double'
              : typeof c.value === 'boolean'
                ? 'Boolean'
                : 'String',
      ),
    rowIndex: () => p.r1 - 1,
    columnIndex: () => p.c1 - 1,
    rowCount: () => p.r2 - p.r1 + 1,
    columnCount: () => p.c2 - p.c1 + 1,
    address: () => `${p.sheet ?? sheetName}!${address}`,
  };
  const fillState = { loaded: false, color: null as string | null };
  const fill: any = {
    load() {
      ctx.pendingLoads.push(() => {
        fillState.loaded = true;
        fillState.color = sheetOf().get(p.r1, p.c1)?.fill ?? '#FFFFFF';
        return 9;
      });
    },
    get color(): string {
      if (!fillState.loaded) throw new Error('PropertyNotLoaded: color');
      return fillState.color ?? '#FFFFFF';
    },
    set color(c: string) {
      each((cell) => {
        cell.fill = c;
      });
      ctx.wrote(c);
    },
    clear() {
      each((cell) => {
        delete cell.fill;
      }, false);
    },
  };
  const base: any = {
    format: {
      fill,
      font: {
        set bold(b: boolean) {
          each((cell) => {
            cell.bold = b;
          });
        },
      },
      set columnWidth(_w: number) {},
      borders: { getItem: () => ({ style: '' }) },
      autofitColumns() {},
    },
    get conditionalFormats() {
      return cfCollection(ctx, p.sheet ?? sheetName, address);
    },
    dataValidation: {
      set rule(r: { list: { source: string } }) {
        if (!wb.versions.includes('1.8')) throw new Error('ApiNotFound: dataValidation');
        sheetOf().validations.push({ address, source: r.list.source });
      },
      set errorAlert(_a: unknown) {},
    },
    get worksheet() {
      const w: any = { name: p.sheet ?? sheetName };
      w.load = () => w;
      return w;
    },
    merge() {
      sheetOf().merges.push(address);
    },
    select() {
      wb.selected = `${p.sheet ?? sheetName}!${address}`;
    },
    clear() {
      const s = sheetOf();
      if (p.r2 > 1_000_000) s.cells.clear();
      else
        each((cell) => {
          cell.value = '';
          cell.format = 'General';
          delete cell.fill;
        }, false);
    },
  };
  const r = loadable(ctx, Object.keys(computers), (k) => computers[k](), base);
  Object.defineProperty(base, 'numberFormat', {
    configurable: true,
    set(v: unknown[][]) {
      checkShape(v);
      ctx.wrote(v);
      each((cell, i, j) => {
        cell.format = String(v[i][j]);
      });
    },
  });
  Object.defineProperty(base, 'values', {
    configurable: true,
    set(v: unknown[][]) {
      checkShape(v);
      ctx.wrote(v);
      each((cell, i, j) => coerce(cell, v[i][j]));
    },
  });
  Object.defineProperty(base, 'formulas', {
    configurable: true,
    set(v: unknown[][]) {
      checkShape(v);
      ctx.wrote(v);
      each((cell, i, j) => {
        const f = String(v[i][j]);
        if (f.startsWith('=')) {
          cell.formula = f;
          cell.value = 0;
        } else coerce(cell, f);
      });
    },
  });
  return r;
}
