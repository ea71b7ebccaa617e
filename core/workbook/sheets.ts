import type { Grid } from '../grid';
import type { Finding } from '../findings';
import type { WorkbookSheet } from './readWorkbook';
import { isHeldApart, OUR_SHEET_NAMES, sheetRole } from './sheetRoles';

/** The workbook's settings sheet (contracts: settings travel with the workbook). */
export const SETTINGS_SHEET = OUR_SHEET_NAMES.settings;

/** A workbook's sheets sorted as every face uses them: ledgers, the 设置 sheet, and the extra sheets by name. */
export interface SortedSheets {
  grids: Grid[];
  settingsSheet?: Grid;
  /** The other sheets held apart (sheetRoles: 年报补充, 节假日调整, 代码表, 检查结果), by trimmed name. */
  extraSheets: Record<string, Grid>;
  /** The reader's findings about the ledger sheets and the workbook (those about 设置 and extra sheets left out). */
  findings: Finding[];
}

/** Sorts sheets into ledgers, 设置 and extra sheets (names compared trimmed; a second of one name is a ledger), keeping workbook order. */
export function sortSheets(sheets: readonly WorkbookSheet[], findings: readonly Finding[]): SortedSheets {
  const grids: Grid[] = [];
  const extraSheets: Record<string, Grid> = {};
  const ours = new Set<string>();
  let settingsSheet: Grid | undefined;
  for (const sheet of sheets) {
    const trimmed = sheet.name.trim();
    const role = sheetRole(trimmed);
    if (role === 'settings' && !settingsSheet) settingsSheet = sheet.grid;
    else if (role !== 'settings' && isHeldApart(trimmed) && !extraSheets[trimmed]) extraSheets[trimmed] = sheet.grid;
    else {
      grids.push(sheet.grid);
      continue;
    }
    ours.add(sheet.name);
  }
  return { grids, settingsSheet, extraSheets, findings: findings.filter((f) => !ours.has(f.sheet)) };
}
