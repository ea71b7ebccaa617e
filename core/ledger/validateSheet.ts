import { WorkCalendar } from '../calendar';
import { CalendarDate } from '../dates';
import { Finding } from '../findings';
import { columnNumber, Grid } from '../grid';
import { Preset } from '../presets';
import { AnyRegister, RecordByKind, Register, RegisterKind } from '../register/types';
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
import { RowReader } from './readRow';
import { addToRuns, footerText, hasMappedData, repeatsHeader } from './rowKinds';
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

/** Grid → header → mapping → records → checks, for one sheet. */
export function validateSheet(grid: Grid, options: ResolvedOptions): SheetOutcome {
  const sheet = grid.sheet;
  if (grid.rows.length === 0 || grid.rows.every((r) => isBlankRow(r))) return { sheet, skipped: messages.sheetEmpty, findings: [] };
  const detected = detectHeader(grid, options.kind);
  if (!detected) {
    const skipped =
      options.kind === 'auto'
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
      sheet,
      row: f.firstRow,
      column: f.column,
      field: mapping.columns.find((c) => c.letter === f.column)?.field ?? null,
      severity: 'info',
      code: 'cell.mergedFilled',
      message: messages.mergedFilled(f.column, f.firstRow, f.lastRow),
    });
  }
  const reader = new RowReader(ctx);
  const duplicates = new DuplicateTracker(ctx);
  const headerKeys = mapping.columns.map((c) => normaliseHeader(c.header.split('/').pop() ?? c.header));
  // Each check gives the record of its kind; only the sheet's kind fills.
  const records: { [K in RegisterKind]: RecordByKind[K][] } = { catalogue: [], applications: [], appeals: [] };
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
    if (kind === 'applications') records.applications.push(checkApplication(ctx, read));
    else if (kind === 'catalogue') records.catalogue.push(checkCatalogueItem(ctx, read));
    else records.appeals.push(checkAppeal(ctx, read));
  }

  for (const extra of [...reader.usedHeaderless].sort((a, b) => a.index - b.index)) {
    mapping.unmapped.push(extra.letter);
    mapping.unmappedHeaders[extra.letter] = extra.key;
  }
  mapping.unmapped.sort((a, b) => columnNumber(a) - columnNumber(b));
  for (const [first, last] of noData) ctx.add(first, null, 'info', 'row.noData', messages.noDataRows(first, last));

  const registerOf = <K extends RegisterKind>(k: K, list: RecordByKind[K][]): Register<K> => ({
    kind: k,
    sheet,
    headerRow,
    dataRows,
    blankRows,
    mapping: mapping.mapping,
    unmapped: mapping.unmapped,
    unmappedHeaders: mapping.unmappedHeaders,
    records: list,
    findings: ctx.findings,
  });
  const register: AnyRegister =
    kind === 'applications'
      ? registerOf(kind, records.applications)
      : kind === 'catalogue'
        ? registerOf(kind, records.catalogue)
        : registerOf(kind, records.appeals);
  return { sheet, register, findings: ctx.findings };
}

const KIND_EXAMPLES: Record<RegisterKind, string> = {
  catalogue: '“信息名称”“生成日期”',
  applications: '“收到日期”“申请人类型”',
  appeals: '“案件类型”“立案日期”',
};
