import { WorkCalendar } from '../calendar';
import { CalendarDate } from '../dates';
import { Finding } from '../findings';
import { columnNumber, Grid } from '../grid';
import { Preset } from '../presets';
import { AnyRegister, RegisterKind } from '../register/types';
import { Settings } from '../settings/schema';
import { isBlank, isBlankRow } from './cells';
import { SheetContext } from './context';
import { REQUIRED_FIELDS } from './fields';
import { detectHeader, HEADER_SCAN_ROWS } from './header/detectHeader';
import { fillMergedData } from './header/fillMerged';
import { mapColumns } from './header/mapColumns';
import { normaliseHeader } from './header/normaliseHeader';
import { HEADER_TABLES } from './headerSynonyms';
import { messages } from './messages';
import { RecordBag, RowReader } from './readRow';
import { checkApplication } from './validate/applications';
import { checkAppeal } from './validate/appeals';
import { checkCatalogueItem } from './validate/catalogue';
import { checkCommon, DuplicateTracker } from './validate/common';

/** What one sheet gave: a register, or the reason it is not one. */
export interface SheetOutcome {
  sheet: string;
  register?: AnyRegister;
  /** Chinese reason why the sheet is not a register. */
  skipped?: string;
  findings: Finding[];
}

/** Everything validateSheet needs besides the grid, already resolved. */
export interface ResolvedOptions {
  kind: RegisterKind | 'auto';
  settings?: Settings;
  today: CalendarDate;
  calendar: WorkCalendar;
  preset: Preset;
}

// Signature and note lines under the table (填表人：…, 合计 …) are not records.
const FOOTER = /^(?:填表人|制表人|填报人|审核人|审批人|负责人|经办人|统计人|联系人|联系电话|单位负责人|分管领导|制表|填表|填报|审核|合计|总计|小计|说明|注[:：]|备注[:：]|填表说明|制表日期|填报日期|打印日期)/;

/** Grid → header → mapping → records → checks, for one sheet. */
export function validateSheet(grid: Grid, options: ResolvedOptions): SheetOutcome {
  const sheet = grid.sheet;
  if (grid.rows.length === 0 || grid.rows.every((r) => isBlankRow(r))) return { sheet, skipped: messages.sheetEmpty, findings: [] };
  const detected = detectHeader(grid, options.kind);
  if (!detected) {
    const skipped = options.kind === 'auto'
      ? messages.noHeader(HEADER_SCAN_ROWS)
      : messages.noHeaderOfKind(HEADER_SCAN_ROWS, HEADER_TABLES[options.kind].label, KIND_EXAMPLES[options.kind]);
    return { sheet, skipped, findings: [] };
  }
  const { layout, kind } = detected;
  let dataWidth = 0;
  for (let i = layout.rowIndex + 1; i < grid.rows.length; i++) {
    const r = grid.rows[i];
    let w = r.length;
    while (w > dataWidth && isBlank(r[w - 1])) w--;
    if (w > dataWidth) dataWidth = w;
  }
  const mapping = mapColumns(grid, layout, kind, options.settings, dataWidth);
  const ctx = new SheetContext(grid, kind, mapping, options.today, options.calendar, options.preset, options.settings);
  ctx.findings.push(...mapping.findings);
  const table = HEADER_TABLES[kind];
  const headerRow = grid.firstRow + layout.rowIndex;

  for (const field of REQUIRED_FIELDS[kind]) {
    if (ctx.has(field)) continue;
    if (kind === 'catalogue' && field === 'attribute') ctx.add(headerRow, null, 'info', 'attribute.assumed', messages.attributeAssumed);
    else ctx.add(headerRow, field, 'error', 'field.missingColumn', messages.missingColumn(table.labels[field], table.label));
  }
  if (kind === 'applications' && ctx.has('replyDate') && !ctx.has('resultType')) {
    ctx.add(headerRow, 'resultType', 'error', 'field.missingColumn', messages.resultTypeColumnMissing);
  }

  const { rows, filled } = fillMergedData(grid, layout.rowIndex);
  for (const f of filled) {
    ctx.findings.push({
      sheet, row: f.firstRow, column: f.column, field: mapping.columns.find((c) => c.letter === f.column)?.field ?? null,
      severity: 'info', code: 'cell.mergedFilled', message: messages.mergedFilled(f.column, f.firstRow, f.lastRow),
    });
  }
  const reader = new RowReader(ctx);
  const duplicates = new DuplicateTracker(ctx);
  const headerKeys = mapping.columns.map((c) => normaliseHeader(c.header.split('/').pop() ?? c.header));
  const records: RecordBag[] = [];
  const noData: [number, number][] = [];
  let dataRows = 0;
  let blankRows = 0;
  for (let i = layout.rowIndex + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    const row = grid.firstRow + i;
    const footer = footerText(cells);
    if (footer === undefined && !hasMappedData(cells, mapping.columns)) {
      // Rows with only a pre-filled 序号 (or other unmapped cells) are empty lines of the form.
      blankRows++;
      addToRuns(noData, row);
      continue;
    }
    dataRows++;
    if (footer !== undefined) {
      ctx.add(row, null, 'info', 'row.skipped', messages.footerRow(footer));
      continue;
    }
    if (repeatsHeader(cells, mapping.columns, headerKeys)) {
      ctx.add(row, null, 'info', 'row.skipped', messages.repeatedHeader);
      continue;
    }
    const read = reader.read(cells, row);
    checkCommon(ctx, read);
    duplicates.check(read);
    if (kind === 'applications') checkApplication(ctx, read);
    else if (kind === 'catalogue') checkCatalogueItem(ctx, read);
    else checkAppeal(ctx, read);
    records.push(read.record);
  }

  for (const extra of [...reader.usedHeaderless].sort((a, b) => a.index - b.index)) {
    mapping.unmapped.push(extra.letter);
    mapping.unmappedHeaders[extra.letter] = extra.key;
  }
  mapping.unmapped.sort((a, b) => columnNumber(a) - columnNumber(b));
  for (const [first, last] of noData) ctx.add(first, null, 'info', 'row.noData', messages.noDataRows(first, last));

  const register = {
    kind, sheet, headerRow, dataRows, blankRows,
    mapping: mapping.mapping, unmapped: mapping.unmapped, unmappedHeaders: mapping.unmappedHeaders,
    records, findings: ctx.findings,
  } satisfies Omit<AnyRegister, "records" | "kind"> & { kind: RegisterKind; records: RecordBag[] } as unknown as AnyRegister;
  return { sheet, register, findings: ctx.findings };
}

function footerText(cells: ReadonlyArray<unknown>): string | undefined {
  let filled = 0;
  let first: unknown;
  for (const c of cells) {
    if (isBlank(c as never)) continue;
    if (++filled > 3) return undefined;
    first ??= c;
  }
  if (typeof first !== 'string') return undefined;
  const text = first.trim().replace(/\s+/g, '');
  return FOOTER.test(text) ? first.trim() : undefined;
}

const HAS_DIGIT = /\d/;

const KIND_EXAMPLES: Record<RegisterKind, string> = {
  catalogue: '“信息名称”“生成日期”',
  applications: '“收到日期”“申请人类型”',
  appeals: '“案件类型”“立案日期”',
};

function hasMappedData(cells: ReadonlyArray<unknown>, columns: readonly { index: number }[]): boolean {
  for (const c of columns) if (!isBlank(cells[c.index] as never)) return true;
  return false;
}

function addToRuns(runs: [number, number][], row: number): void {
  const last = runs[runs.length - 1];
  if (last && last[1] === row - 1) last[1] = row;
  else runs.push([row, row]);
}

function repeatsHeader(cells: ReadonlyArray<unknown>, columns: readonly { index: number }[], keys: readonly string[]): boolean {
  let same = 0;
  for (let k = 0; k < columns.length; k++) {
    const c = cells[columns[k].index];
    // Data cells are mostly dates, numbers and codes: cheap tests first, normalisation last.
    if (typeof c !== 'string' || c.length > 40 || (HAS_DIGIT.test(c) && !HAS_DIGIT.test(keys[k]))) {
      if (k >= 1 && same === 0) return false;
      continue;
    }
    if (normaliseHeader(c) === keys[k]) same++;
    else if (k >= 1 && same === 0) return false;
  }
  return same >= 2 && same * 2 >= columns.length;
}
