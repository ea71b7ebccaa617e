/**
 * One cell of the user's sheet written as text (the findings' 改为 …), over ET's object model. The
 * format '@' goes on before the value, as writeSheets does, so ET keeps what is written as typed
 * text: a date stays the text YYYY-MM-DD (the form the one date parser reads exactly), digits stay
 * digits, and = + - @ never start a formula.
 */
import { UserError } from '../core/errors';
import { neutraliseText } from '../pane/registerTable';
import type { EtApi } from './etApi';
import { WPS_MSG } from './messages';
import { findSheet } from './readSheet';

/** Writes `value` as text into `address` of `sheet`; nothing else of the sheet changes. */
export function writeTextCell(api: EtApi, sheet: string, address: string, value: string): void {
  const ws = findSheet(api, sheet);
  if (!ws) throw new UserError(WPS_MSG.sheetGone(sheet));
  const cell = ws.Range(address);
  cell.NumberFormat = '@';
  cell.Value2 = neutraliseText(value);
}
