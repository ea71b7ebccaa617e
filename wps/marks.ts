/**
 * Marks findings in the user's own sheets and removes exactly those marks again. WPS has no marker
 * we could recognise later, so every marked cell is recorded on a very hidden sheet (标注记录): its
 * original fill (or none) and whether we added its comment. 清除标注 restores from that record, so
 * it works after the workbook was saved, closed and reopened too.
 * Fills go on by area (`Range("C5:C9,D7")`), one call per severity and group of addresses; original
 * fills are read per area and only cell by cell where an area's cells differ.
 */
import type { Finding, Severity } from '../core/findings';
import type { MarkOutcome } from '../pane/host';
import { areaGroups, cellsToMark, findingsTableRows, runAddresses, NOTE_PREFIX, RESULTS_SHEET, SEVERITY_FILL } from '../pane/marking';
import { ET, type EtApi, type EtWorksheet } from './etApi';
import { findSheet, sheetValues } from './readSheet';
import { freshSheet, writeBlock } from './writeSheets';
import { OUR_SHEET_NAMES } from '../core/workbook/sheetRoles';

/** The very hidden sheet that remembers our marks. */
export const MARKS_SHEET = OUR_SHEET_NAMES.marks;
/** Most comments written per marking; the rest are listed on the 检查结果 sheet. */
export const NOTE_LIMIT = 2000;
/** ET, like VBA, takes range addresses of up to 255 characters. */
const MAX_ADDRESS = 250;

/** One marked cell as recorded: where, its fill before (null: none), and whether the comment is ours. */
export interface MarkRecord {
  sheet: string;
  cell: string;
  fill: number | null;
  comment: boolean;
}

/** `#RRGGBB` → ET's BGR integer (`Interior.Color`). */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** The marks recorded on 标注记录 (none when the sheet is absent). */
export function readMarkRecords(api: EtApi): MarkRecord[] {
  const rows = sheetValues(api, MARKS_SHEET) ?? [];
  return rows.slice(1).flatMap((r): MarkRecord[] => {
    const [sheet, cell, fill, comment] = r;
    if (typeof sheet !== 'string' || typeof cell !== 'string') return [];
    return [{ sheet, cell, fill: typeof fill === 'number' ? fill : null, comment: comment === '1' || comment === 1 }];
  });
}

function writeMarkRecords(api: EtApi, records: readonly MarkRecord[]): void {
  const sheet = freshSheet(api, MARKS_SHEET);
  const rows = [['工作表', '单元格', '原填充色', '批注'], ...records.map((m) => [m.sheet, m.cell, m.fill ?? '', m.comment ? '1' : ''])];
  writeBlock(
    sheet,
    1,
    rows,
    rows.map((r) => r.map((_, j) => (j === 2 ? 'General' : '@'))),
  );
  sheet.Visible = ET.xlSheetVeryHidden;
}

/** The fills of cells before we mark them: one read per area, per cell only where an area is mixed. */
function originalFills(sheet: EtWorksheet, cells: ReadonlyArray<{ row: number; column: string }>): Map<string, number | null> {
  const fills = new Map<string, number | null>();
  for (const group of areaGroups(runAddresses(cells), MAX_ADDRESS)) {
    const index = sheet.Range(group).Interior.ColorIndex;
    const inGroup = group.split(',').flatMap(expand);
    for (const cell of inGroup) {
      if (index === ET.xlColorIndexNone) fills.set(cell, null);
      else {
        const interior = sheet.Range(cell).Interior;
        fills.set(cell, interior.ColorIndex === ET.xlColorIndexNone ? null : interior.Color);
      }
    }
  }
  return fills;
}

/** `C5:C7` → C5, C6, C7 (runAddresses only makes single-column runs). */
function expand(area: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(area);
  if (!m) return [area];
  const from = Number(m[2]);
  const to = m[3] ? Number(m[3]) : from;
  return Array.from({ length: to - from + 1 }, (_, i) => `${m[1]}${from + i}`);
}

/** Removes every recorded mark: fills restored, our comments deleted, 检查结果 and the record removed. */
export function clearMarks(api: EtApi): void {
  const records = readMarkRecords(api);
  const bySheet = new Map<string, MarkRecord[]>();
  for (const r of records) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
  for (const [name, marks] of bySheet) {
    const sheet = findSheet(api, name);
    if (!sheet) continue;
    const plain = marks.filter((m) => m.fill === null).map((m) => m.cell);
    for (const group of areaGroups(plain, MAX_ADDRESS)) sheet.Range(group).Interior.ColorIndex = ET.xlColorIndexNone;
    for (const m of marks) {
      if (m.fill !== null) sheet.Range(m.cell).Interior.Color = m.fill;
      const comment = m.comment ? sheet.Range(m.cell).Comment : null;
      // Only a comment that is still ours: the user may have replaced it since.
      if (comment && comment.Text().startsWith(NOTE_PREFIX)) comment.Delete();
    }
  }
  findSheet(api, RESULTS_SHEET)?.Delete();
  findSheet(api, MARKS_SHEET)?.Delete();
}

/** Marks the findings' cells (replacing our previous marks), with comments or a 检查结果 sheet. */
export function markFindings(api: EtApi, findings: readonly Finding[]): MarkOutcome {
  clearMarks(api);
  const cells = cellsToMark(findings);
  const records: MarkRecord[] = [];
  let budget = NOTE_LIMIT;
  let unlisted = false;
  for (const name of new Set(cells.map((c) => c.sheet))) {
    const sheet = findSheet(api, name);
    if (!sheet) continue;
    const here = cells.filter((c) => c.sheet === name);
    const fills = originalFills(sheet, here);
    for (const severity of ['info', 'warning', 'error'] as const satisfies readonly Severity[]) {
      const addresses = runAddresses(here.filter((c) => c.severity === severity));
      for (const group of areaGroups(addresses, MAX_ADDRESS)) sheet.Range(group).Interior.Color = bgr(SEVERITY_FILL[severity]);
    }
    for (const c of here) {
      const cell = `${c.column}${c.row}`;
      const range = sheet.Range(cell);
      // The user's own comment stays; the finding goes to 检查结果 instead.
      const comment = budget > 0 && range.Comment === null;
      if (comment) {
        range.AddComment(NOTE_PREFIX + c.messages.join('\n'));
        budget--;
      } else unlisted = true;
      records.push({ sheet: name, cell, fill: fills.get(cell) ?? null, comment });
    }
  }
  if (unlisted) {
    const rows = findingsTableRows(findings);
    const sheet = freshSheet(api, RESULTS_SHEET);
    writeBlock(
      sheet,
      1,
      rows,
      rows.map((r) => r.map(() => '@')),
    );
    sheet.Range(`A1:F1`).Font.Bold = true;
  }
  writeMarkRecords(api, records);
  return { cells: cells.length, notes: unlisted ? 'sheet' : 'comments' };
}
