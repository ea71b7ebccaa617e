/**
 * The selected case as a small sheet, beside the list in a wide window: the row's cells under
 * their column letters and header text, the cells with findings highlighted and their messages
 * below — the clerk sees the data, not only an address. Pure DOM from the checked grid.
 */
import { h } from '../dom';
import { columnLetter, columnNumber, isCellError, type CellError, type CellValue, type Grid } from '../../core/grid';
import { fromExcelSerial } from '../../core/dates';
import type { Finding, Severity } from '../../core/findings';
import type { PaneState } from '../state';

/** A case: the sheet and Excel row of its record. */
export interface CaseRef {
  readonly sheet: string;
  readonly row: number;
}

/** The side sheet's words. */
export const CASE_SHEET_MSG = {
  title: '所选申请',
  none: '点一条检查结果或工作台中的一件申请，这里显示它所在的那一行：每列的表头和内容，有问题的单元格标出颜色。',
  notChecked: (sheet: string) => `「${sheet}」尚未检查：先在「检查」中检查这个工作表。`,
  noRow: (row: number) => `第 ${row} 行不在已读取的数据中。`,
  heading: (sheet: string, row: number) => `「${sheet}」第 ${row} 行`,
  column: '列',
  header: '表头',
  value: '内容',
  clean: '这一行没有发现问题。',
  findings: (n: number) => `这一行有 ${n} 个问题`,
  wholeRow: '整行',
} as const;

const selections = new WeakMap<object, CaseRef>();

/** Remembers the case selected in `pane` (the views are rebuilt on every render; the choice must stay). */
export function selectCase(pane: object, ref: CaseRef): void {
  selections.set(pane, ref);
}

/** The case selected in `pane`, if any. */
export function selectedCase(pane: object): CaseRef | undefined {
  return selections.get(pane);
}

/** The case a clicked element stands for: a finding (its `data-address`) or a 工作台 / 期限 row (`data-row`). */
export function caseFromElement(target: Element | null, state: PaneState): CaseRef | undefined {
  const finding = target?.closest('[data-address]');
  const address = finding?.getAttribute('data-address')?.match(/^[A-Z]+(\d+)$/);
  if (address) return { sheet: finding?.getAttribute('data-sheet') ?? state.selectedSheet, row: Number(address[1]) };
  const row = target?.closest('[data-row]');
  const n = Number(row?.getAttribute('data-row'));
  if (!row || !Number.isInteger(n) || n < 1) return undefined;
  const sheet = row.getAttribute('data-sheet') ?? firstSheetWithRow(state, n);
  return sheet ? { sheet, row: n } : undefined;
}

function firstSheetWithRow(state: PaneState, row: number): string | undefined {
  if (state.checked.has(state.selectedSheet)) return state.selectedSheet;
  for (const [sheet, c] of state.checked) if (c.outcome.register?.records.some((r) => r.source.row === row)) return sheet;
  return undefined;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The side sheet for `ref` (or the hint that says how to choose a case). */
export function caseSheet(state: PaneState, ref: CaseRef | undefined): HTMLElement {
  const box = h('section', { class: 'ogi-case-sheet', 'aria-labelledby': 'ogi-case-sheet-title' });
  const title = h('h3', { id: 'ogi-case-sheet-title' }, CASE_SHEET_MSG.title);
  if (!ref) return fill(box, title, h('p', { class: 'ogi-hint' }, CASE_SHEET_MSG.none));
  const checked = state.checked.get(ref.sheet);
  if (!checked) return fill(box, title, h('p', { class: 'ogi-hint' }, CASE_SHEET_MSG.notChecked(ref.sheet)));
  const { grid } = checked;
  const cells = grid.rows[ref.row - grid.firstRow];
  if (!cells) return fill(box, title, h('p', { class: 'ogi-hint' }, CASE_SHEET_MSG.noRow(ref.row)));
  const headerRow = checked.outcome.register?.headerRow ?? grid.firstRow;
  const headers = headerTexts(grid, headerRow);
  const findings = checked.outcome.findings.filter((f) => f.sheet === ref.sheet && f.row === ref.row);
  const byColumn = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.column ?? '';
    byColumn.set(key, [...(byColumn.get(key) ?? []), f]);
  }
  const width = Math.max(cells.length, headers.length);
  const rows = Array.from({ length: width }, (_, i) => {
    const letter = columnLetter(grid.firstColumn + i);
    const here = (byColumn.get(letter) ?? []).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const worst = here[0]?.severity;
    return h(
      'tr',
      { class: worst ? `ogi-cell-${worst}` : '' },
      h('th', { scope: 'row', class: 'ogi-cs-col' }, letter),
      h('td', { class: 'ogi-cs-header' }, headers[i] ?? ''),
      h(
        'td',
        { class: 'ogi-cs-value' },
        display(cells[i], grid, grid.numberFormats?.[ref.row - grid.firstRow]?.[i]),
        ...here.map((f) => h('div', { class: `ogi-cs-finding ogi-${f.severity}` }, f.message)),
      ),
    );
  });
  const rowWide = byColumn.get('') ?? [];
  return fill(
    box,
    title,
    h('p', { class: 'ogi-cs-where' }, CASE_SHEET_MSG.heading(ref.sheet, ref.row)),
    h(
      'p',
      { class: findings.length ? 'ogi-hint ogi-error' : 'ogi-hint ogi-ok' },
      findings.length ? CASE_SHEET_MSG.findings(findings.length) : CASE_SHEET_MSG.clean,
    ),
    ...rowWide.map((f) => h('p', { class: `ogi-cs-finding ogi-${f.severity}` }, `${CASE_SHEET_MSG.wholeRow}：${f.message}`)),
    h(
      'div',
      { class: 'ogi-cs-scroll' },
      h(
        'table',
        { class: 'ogi-cs-table', id: 'ogi-case-sheet-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, CASE_SHEET_MSG.column),
            h('th', { scope: 'col' }, CASE_SHEET_MSG.header),
            h('th', { scope: 'col' }, CASE_SHEET_MSG.value),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

/**
 * Each column's header text: the header row and the one above it (a two-level header such as 申请人 ›
 * 姓名/名称), merged cells read from their top-left cell, a title merged across the sheet left out.
 */
export function headerTexts(grid: Grid, headerRow: number): string[] {
  const origin = mergeOrigins(grid);
  const width = Math.max(...grid.rows.map((r) => r.length), 0);
  const at = (row: number, col: number): string => {
    const o = origin.get(`${row},${col}`);
    if (o && o.span > width / 2) return '';
    const [r, c] = o ? [o.row, o.col] : [row, col];
    return display(grid.rows[r - grid.firstRow]?.[c - grid.firstColumn], grid).trim();
  };
  return Array.from({ length: width }, (_, i) => {
    const col = grid.firstColumn + i;
    const parts = [headerRow - 1, headerRow].filter((r) => r >= grid.firstRow).map((r) => at(r, col));
    return parts.filter((t, k) => t && t !== parts[k - 1]).join(' › ');
  });
}

function mergeOrigins(grid: Grid): Map<string, { row: number; col: number; span: number }> {
  const map = new Map<string, { row: number; col: number; span: number }>();
  for (const range of grid.merges ?? []) {
    const m = range.match(/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/);
    if (!m) continue;
    const [c0, r0, c1, r1] = [columnNumber(m[1]), Number(m[2]), columnNumber(m[3]), Number(m[4])];
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > 10_000) continue;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) map.set(`${r},${c}`, { row: r0, col: c0, span: c1 - c0 + 1 });
  }
  return map;
}

function fill(box: HTMLElement, ...children: HTMLElement[]): HTMLElement {
  box.append(...children);
  return box;
}

/** A cell as the clerk typed it: dates as dates (a serial under a date format too), errors as Excel shows them. */
export function display(value: CellValue | CellError | undefined, grid: Pick<Grid, 'dateSystem'>, format?: string): string {
  if (value === undefined || value === null) return '';
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && format && /[yd]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const parsed = fromExcelSerial(value, grid.dateSystem ?? '1900');
    if (parsed.ok) return parsed.date;
  }
  return String(value);
}
