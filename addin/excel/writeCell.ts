/**
 * One cell of the user's sheet written as text (the findings' 改为 …). The format '@' goes on before
 * the value, as writeSheets does, so Excel keeps what is written as typed text: a date stays the text
 * YYYY-MM-DD (the form the one date parser reads exactly, whatever the workbook's date system or the
 * locale's date display), digits are not turned into a number, and = + - @ never start a formula.
 */
import { neutraliseText } from '../../pane/registerTable';
import type { ExcelApi } from './api';

/** Writes `value` as text into `address` of `sheet`; nothing else of the sheet changes. */
export async function writeTextCell(api: ExcelApi, sheet: string, address: string, value: string): Promise<void> {
  await api.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.numberFormat = [['@']];
    range.values = [[neutraliseText(value)]];
    await context.sync();
  });
}
