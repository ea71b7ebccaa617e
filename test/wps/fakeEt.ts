/**
 * An in-memory WPS 表格 (ET) object model for tests: synchronous like the real one, with its Value2
 * shapes (a scalar for one cell, a 2-D array for a range, errors as COM's integer codes), NumberFormat
 * that is null over mixed cells, BGR colours and ColorIndex -4142 for "no fill", comments, very
 * hidden sheets, ApiEvent's SheetChange (fired for every change, ours included, since the real one
 * cannot tell them apart), a save dialog and FileSystem. `calls` counts every member used.
 */
import { columnLetter, columnNumber } from '../../core/grid';
import type { EtApi, EtApplication, EtRange, EtSheets, EtWorkbook, EtWorksheet } from '../../wps/etApi';

/** COM's VT_ERROR codes for the error texts the fake stores. */
export const ERROR_CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

const NONE = -4142;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export interface FakeCell {
  value?: string | number | boolean;
  error?: string;
  /** Text that would have become a formula: the fake keeps it apart so tests see it. */
  formula?: string;
  format?: string;
  fill?: number;
  comment?: string;
  bold?: boolean;
}

interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseArea(text: string): Area {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(text.trim());
  if (!m) throw new Error(`fake ET: bad address ${text}`);
  const c1 = columnNumber(m[1].toUpperCase());
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3].toUpperCase()) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

function cellsOfAreas(areas: readonly Area[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const a of areas) for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) out.push([r, c]);
  return out;
}

/** The whole fake: the application, its one workbook, and what tests inspect. */
export class FakeEt {
  calls = 0;
  readonly sheets: FakeSheet[] = [];
  selected = '';
  active = '';
  date1904 = false;
  /** Path the save dialog answers (false: the user cancels); null removes the dialog from the API. */
  saveAnswer: string | false | null = '/home/user/文档/out.pdf';
  /** FileSystem present (false: an older build without binary writes). */
  fileSystem = true;
  /** ApiEvent present. */
  events = true;
  readonly files = new Map<string, Uint8Array>();
  readonly listeners: Array<(...args: unknown[]) => void> = [];
  /** SheetChange events fired, ours and the user's. */
  changesFired = 0;
  private clock = 0;

  /** The time the write fence sees; tests move it on. */
  now = (): number => this.clock;
  advance(ms: number): void {
    this.clock += ms;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(this, name);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake ET: no sheet ${name}`);
    return s;
  }

  /** A user's edit: values into cells, then SheetChange as WPS fires it. */
  userEdit(sheet: string, address: string, values: Array<Array<string | number>>): void {
    const s = this.sheet(sheet);
    const a = parseArea(address);
    values.forEach((row, i) => row.forEach((v, j) => s.put(a.r1 + i, a.c1 + j, v)));
    this.fire(s, [a]);
  }

  fire(sheet: FakeSheet, areas: Area[]): void {
    this.changesFired++;
    const range = new FakeRange(this, sheet, areas);
    for (const l of [...this.listeners]) l(sheet.model(), range);
  }

  /** Cells with a fill, as `sheet!A1` → BGR. */
  fills(): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of this.sheets) for (const [key, c] of s.cells) if (c.fill !== undefined) out.set(`${s.name}!${s.addressOf(key)}`, c.fill);
    return out;
  }

  /** Cells with a comment, as `sheet!A1` → text. */
  comments(): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of this.sheets)
      for (const [key, c] of s.cells) if (c.comment !== undefined) out.set(`${s.name}!${s.addressOf(key)}`, c.comment);
    return out;
  }

  /** The Application object the host is given. */
  application(): EtApplication {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const et = this;
    const workbook: EtWorkbook = {
      get Worksheets(): EtSheets {
        et.calls++;
        return et.sheetCollection();
      },
      get Date1904() {
        et.calls++;
        return et.date1904;
      },
      get Name() {
        et.calls++;
        return '台账.xlsx';
      },
    };
    const app: EtApplication = {
      get ActiveWorkbook() {
        et.calls++;
        return workbook;
      },
      get ActiveCell() {
        et.calls++;
        if (!et.selected) return null;
        const [sheet, addr] = et.selected.split('!');
        return new FakeRange(et, et.sheet(sheet), [parseArea(addr.split(':')[0])]);
      },
      Build: '12.1.0.fake',
      get ApiEvent() {
        et.calls++;
        if (!et.events) return undefined;
        return {
          AddApiEventListener: (event: string, handler: (...args: unknown[]) => void) => {
            et.calls++;
            if (event === 'SheetChange') et.listeners.push(handler);
          },
          RemoveApiEventListener: (event: string, handler: (...args: unknown[]) => void) => {
            et.calls++;
            const i = et.listeners.indexOf(handler);
            if (event === 'SheetChange' && i >= 0) et.listeners.splice(i, 1);
          },
        };
      },
      get FileSystem() {
        et.calls++;
        if (!et.fileSystem) return undefined;
        return {
          writeAsBinaryString: (path: string, data: string) => {
            et.calls++;
            et.files.set(
              path,
              Uint8Array.from(data, (ch) => ch.charCodeAt(0)),
            );
            return true;
          },
        };
      },
      PluginStorage: (() => {
        const store = new Map<string, string>();
        return { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
      })(),
    };
    if (this.saveAnswer !== null)
      app.GetSaveAsFilename = (initial?: string) => {
        et.calls++;
        const answer = et.saveAnswer;
        return answer === null ? false : answer === false ? false : answer.replace(/[^/\\]*$/, initial ?? 'out');
      };
    return app;
  }

  /** An EtApi over this fake. */
  api(): EtApi {
    return { app: this.application(), now: this.now };
  }

  sheetCollection(): EtSheets {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const et = this;
    return {
      get Count() {
        et.calls++;
        return et.sheets.length;
      },
      Item(key: number | string) {
        et.calls++;
        const s = typeof key === 'number' ? et.sheets[key - 1] : et.sheets.find((x) => x.name === key);
        if (!s) throw new Error(`fake ET: Worksheets.Item(${key}) does not exist`);
        return s.model();
      },
      Add(_before?: EtWorksheet, after?: EtWorksheet) {
        et.calls++;
        let n = et.sheets.length + 1;
        while (et.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        const s = new FakeSheet(et, `Sheet${n}`);
        const at = after ? et.sheets.findIndex((x) => x.name === after.Name) + 1 : 0;
        et.sheets.splice(at, 0, s);
        return s.model();
      },
    };
  }
}

/** One worksheet: cells by `row,column`. */
export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visible = -1;
  readonly validations: Array<{ address: string; formula: string }> = [];
  readonly pageSetup: Record<string, unknown> = {};
  readonly widths = new Map<number, number>();
  readonly merges: string[] = [];
  exported: string[] = [];
  private handle: EtWorksheet | undefined;

  constructor(
    private readonly et: FakeEt,
    public name: string,
  ) {}

  get(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** Sets a cell's value as a user or the test would (no formula, no conversion). */
  set(row: number, column: number, cell: FakeCell): void {
    this.cells.set(`${row},${column}`, { ...this.get(row, column), ...cell });
  }

  /** A value as typed or assigned: text into a non-text cell may turn into a formula or a number, as in WPS. */
  put(row: number, column: number, value: unknown): void {
    const cell: FakeCell = { ...this.get(row, column) };
    delete cell.value;
    delete cell.error;
    delete cell.formula;
    const text = cell.format === '@';
    if (value === undefined || value === null || value === '') {
      // empty
    } else if (typeof value === 'string' && !text && /^[=+\-@]/.test(value) && value.length > 1 && !/^[+-]?\d/.test(value))
      cell.formula = value;
    else if (typeof value === 'string' && !text && /^[+-]?\d+(\.\d+)?$/.test(value)) cell.value = Number(value);
    else cell.value = value as string | number | boolean;
    this.cells.set(`${row},${column}`, cell);
  }

  addressOf(key: string): string {
    const [r, c] = key.split(',').map(Number);
    return `${columnLetter(c)}${r}`;
  }

  /** Used range bounds over cells holding something (A1 when empty, as ET answers). */
  used(): Area {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined && cell.error === undefined && cell.formula === undefined) continue;
      const [r, c] = key.split(',').map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 === 0 ? { r1: 1, c1: 1, r2: 1, c2: 1 } : { r1, c1, r2, c2 };
  }

  /** The EtWorksheet view of this sheet (one object per sheet, as identity checks expect). */
  model(): EtWorksheet {
    if (this.handle) return this.handle;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const s = this;
    const et = this.et;
    this.handle = {
      get Name() {
        et.calls++;
        return s.name;
      },
      set Name(v: string) {
        et.calls++;
        if (et.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new Error(`fake ET: name ${v} taken`);
        if (v.length > 31) throw new Error('fake ET: sheet names are at most 31 characters');
        s.name = v;
      },
      get Visible() {
        et.calls++;
        return s.visible;
      },
      set Visible(v: number) {
        et.calls++;
        s.visible = v;
      },
      get UsedRange() {
        et.calls++;
        return new FakeRange(et, s, [s.used()]);
      },
      Range(address: string) {
        et.calls++;
        return new FakeRange(
          et,
          s,
          address.split(',').map((a) => parseArea(a)),
        );
      },
      get Cells() {
        et.calls++;
        return new FakeRange(et, s, [{ r1: 1, c1: 1, r2: MAX_ROW, c2: MAX_COL }]);
      },
      Activate() {
        et.calls++;
        et.active = s.name;
      },
      Delete() {
        et.calls++;
        et.sheets.splice(et.sheets.indexOf(s), 1);
      },
      get PageSetup() {
        et.calls++;
        return s.pageSetup as NonNullable<EtWorksheet['PageSetup']>;
      },
      ExportAsFixedFormat(type: number, filename: string) {
        et.calls++;
        if (type === 0) s.exported.push(filename);
      },
    };
    return this.handle;
  }
}

/** A range over one or more areas of a sheet; every member counts as a call. */
class FakeRange implements EtRange {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: FakeSheet,
    private readonly areas: Area[],
  ) {}

  private get first(): Area {
    return this.areas[0];
  }

  private each(fn: (row: number, column: number) => void): void {
    const whole = this.first.r2 === MAX_ROW && this.first.c2 === MAX_COL;
    if (whole) {
      for (const key of [...this.sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number);
        fn(r, c);
      }
      return;
    }
    for (const [r, c] of cellsOfAreas(this.areas)) fn(r, c);
  }

  get Row() {
    this.et.calls++;
    return this.first.r1;
  }
  get Column() {
    this.et.calls++;
    return this.first.c1;
  }
  get Rows() {
    this.et.calls++;
    return { Count: this.first.r2 - this.first.r1 + 1 };
  }
  get Columns() {
    this.et.calls++;
    return { Count: this.first.c2 - this.first.c1 + 1 };
  }

  private valueOf(r: number, c: number): unknown {
    const cell = this.sheet.get(r, c);
    if (cell?.error) return ERROR_CODES[cell.error];
    if (cell?.formula) return 0;
    return cell?.value;
  }

  get Value2(): unknown {
    this.et.calls++;
    const a = this.first;
    if (a.r1 === a.r2 && a.c1 === a.c2) return this.valueOf(a.r1, a.c1);
    const rows: unknown[][] = [];
    for (let r = a.r1; r <= a.r2; r++) {
      const row: unknown[] = [];
      for (let c = a.c1; c <= a.c2; c++) row.push(this.valueOf(r, c));
      rows.push(row);
    }
    return rows;
  }
  set Value2(v: unknown) {
    this.et.calls++;
    const a = this.first;
    if (Array.isArray(v)) (v as unknown[][]).forEach((row, i) => row.forEach((x, j) => this.sheet.put(a.r1 + i, a.c1 + j, x)));
    else this.each((r, c) => this.sheet.put(r, c, v));
    this.et.fire(this.sheet, this.areas);
  }

  get Text(): unknown {
    this.et.calls++;
    const cell = this.sheet.get(this.first.r1, this.first.c1);
    if (cell?.error) return cell.error;
    return cell?.value === undefined ? '' : String(cell.value);
  }

  get NumberFormat(): string | null {
    this.et.calls++;
    let seen: string | undefined;
    let mixed = false;
    this.each((r, c) => {
      const f = this.sheet.get(r, c)?.format ?? 'General';
      if (seen === undefined) seen = f;
      else if (seen !== f) mixed = true;
    });
    return mixed ? null : (seen ?? 'General');
  }
  set NumberFormat(v: string | null) {
    this.et.calls++;
    this.each((r, c) => this.sheet.set(r, c, { format: v ?? 'General' }));
  }

  get Interior() {
    this.et.calls++;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    return {
      get Color() {
        range.et.calls++;
        return range.sheet.get(range.first.r1, range.first.c1)?.fill ?? 0xffffff;
      },
      set Color(v: number) {
        range.et.calls++;
        range.each((r, c) => range.sheet.set(r, c, { fill: v }));
      },
      get ColorIndex() {
        range.et.calls++;
        let seen: number | undefined;
        let mixed = false;
        range.each((r, c) => {
          const f = range.sheet.get(r, c)?.fill === undefined ? NONE : 6;
          if (seen === undefined) seen = f;
          else if (seen !== f) mixed = true;
        });
        return (mixed ? null : (seen ?? NONE)) as number;
      },
      set ColorIndex(v: number) {
        range.et.calls++;
        if (v === NONE)
          range.each((r, c) => {
            const cell = range.sheet.get(r, c);
            if (cell) delete cell.fill;
          });
      },
    };
  }

  get Font() {
    this.et.calls++;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    return {
      get Bold() {
        range.et.calls++;
        return range.sheet.get(range.first.r1, range.first.c1)?.bold === true;
      },
      set Bold(v: boolean) {
        range.et.calls++;
        range.each((r, c) => range.sheet.set(r, c, { bold: v }));
      },
    };
  }

  get Borders() {
    this.et.calls++;
    return { LineStyle: 0 };
  }

  WrapText = false;

  get ColumnWidth() {
    this.et.calls++;
    return this.sheet.widths.get(this.first.c1) ?? 8.43;
  }
  set ColumnWidth(v: number) {
    this.et.calls++;
    this.sheet.widths.set(this.first.c1, v);
  }

  get Worksheet() {
    this.et.calls++;
    return this.sheet.model();
  }

  get Comment() {
    this.et.calls++;
    const cell = this.sheet.get(this.first.r1, this.first.c1);
    if (cell?.comment === undefined) return null;
    return {
      Text: () => {
        this.et.calls++;
        return cell.comment ?? '';
      },
      Delete: () => {
        this.et.calls++;
        delete cell.comment;
      },
    };
  }

  AddComment(text: string) {
    this.et.calls++;
    const cell = this.sheet.get(this.first.r1, this.first.c1);
    if (cell?.comment !== undefined) throw new Error('fake ET: the cell already has a comment');
    this.sheet.set(this.first.r1, this.first.c1, { comment: text });
    return {};
  }

  Merge() {
    this.et.calls++;
    this.sheet.merges.push(this.areas.map((a) => `${columnLetter(a.c1)}${a.r1}:${columnLetter(a.c2)}${a.r2}`).join(','));
  }

  Select() {
    this.et.calls++;
    this.et.selected = `${this.sheet.name}!${columnLetter(this.first.c1)}${this.first.r1}`;
  }

  Clear() {
    this.et.calls++;
    this.each((r, c) => this.sheet.cells.delete(`${r},${c}`));
  }

  get Validation() {
    this.et.calls++;
    const address = `${columnLetter(this.first.c1)}${this.first.r1}:${columnLetter(this.first.c2)}${this.first.r2}`;
    return {
      Add: (_type: number, _alert?: number, _op?: number, formula?: string) => {
        this.et.calls++;
        this.sheet.validations.push({ address, formula: formula ?? '' });
      },
      Delete: () => {
        this.et.calls++;
      },
    };
  }
}

/** Puts a fixture Grid into a fake sheet as WPS would hold it (dates as serials with a date format). */
export function addGrid(et: FakeEt, grid: import('../../core/grid').Grid): FakeSheet {
  const s = et.addSheet(grid.sheet);
  grid.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const r = grid.firstRow + i;
      const c = grid.firstColumn + j;
      if (typeof v === 'object' && !(v instanceof Date)) s.set(r, c, { error: v.error });
      else if (v instanceof Date) s.set(r, c, { value: Math.round(v.getTime() / 86_400_000) + 25569, format: 'yyyy/m/d' });
      else s.set(r, c, { value: v });
    }),
  );
  return s;
}
