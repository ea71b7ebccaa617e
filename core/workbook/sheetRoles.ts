import { SETTINGS_SHEET_NAME } from '../settings/fromGrid';

/**
 * What a sheet of a workbook is to us. The one list of "our sheets": the readers (CLI and page), the
 * ledger validator and the hosts' sheet lists all ask `sheetRole`.
 * - `settings` 设置: the office's settings travel with the workbook;
 * - `annualInputs` 年报补充: the annual report's figures that no register holds;
 * - `holidays` 节假日调整: an office's calendar adjustments kept on a sheet of their own;
 * - `codes` 代码表 and `findings` 检查结果: written beside a register (dropdown lists, the findings list);
 * - `marks` 标注记录: where a host that cannot colour cells lists what it marked (WPS);
 * - `output`: a sheet we most likely wrote (登记_…, 年报…, 月报…, 移交表…, 告知书…), known by its prefix only;
 * - `ledger`: anything else, a ledger candidate (the validator decides; 填表说明 is skipped there for want of a header).
 */
export type SheetRole = 'settings' | 'annualInputs' | 'holidays' | 'codes' | 'findings' | 'marks' | 'output' | 'ledger';

/** The sheets we know by their exact name (compared trimmed). */
export const OUR_SHEET_NAMES = {
  settings: SETTINGS_SHEET_NAME,
  annualInputs: '年报补充',
  holidays: '节假日调整',
  codes: '代码表',
  findings: '检查结果',
  marks: '标注记录',
} as const satisfies Partial<Record<SheetRole, string>>;

/** Prefixes of the sheets the hosts write (register sheets, report and form sheets). */
export const OUTPUT_SHEET_PREFIXES: readonly string[] = ['登记_', '年报', '月报', '移交表', '告知书'];

const BY_NAME = new Map<string, SheetRole>(Object.entries(OUR_SHEET_NAMES).map(([role, name]) => [name, role as SheetRole]));

/** The role of a sheet by its name (trimmed): exact names first, so 年报补充 is inputs, not a 年报… output sheet. */
export function sheetRole(name: string): SheetRole {
  const trimmed = name.trim();
  const named = BY_NAME.get(trimmed);
  if (named) return named;
  return OUTPUT_SHEET_PREFIXES.some((p) => trimmed.startsWith(p)) ? 'output' : 'ledger';
}

/**
 * True for the sheets known by exact name: the readers hold them apart and the validator never reads them as
 * registers. `output` sheets are not held apart: a prefix is only a guess (an office's own "年报数据" may be a ledger).
 */
export function isHeldApart(name: string): boolean {
  const role = sheetRole(name);
  return role !== 'ledger' && role !== 'output';
}

/** True for every sheet we wrote or read as ours (held apart or known by prefix): listed as ours, not checked by default. */
export function isOurSheet(name: string): boolean {
  return sheetRole(name) !== 'ledger';
}
