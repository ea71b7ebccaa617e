import { AnyCell, isBlank } from './cells';
import { normaliseHeader } from './header/normaliseHeader';

// Signature and note lines under the table (填表人：…, 合计 …) are not records.
const FOOTER =
  /^(?:填表人|制表人|填报人|审核人|审批人|负责人|经办人|统计人|联系人|联系电话|单位负责人|分管领导|制表|填表|填报|审核|合计|总计|小计|说明|注[:：]|备注[:：]|填表说明|制表日期|填报日期|打印日期)/;

/** The text of a signature or note line (填表人：…, 合计), or undefined for a data row. */
export function footerText(cells: ReadonlyArray<unknown>): string | undefined {
  let filled = 0;
  let first: unknown;
  for (const c of cells) {
    if (isBlank(c as AnyCell)) continue;
    if (++filled > 3) return undefined;
    first ??= c;
  }
  if (typeof first !== 'string') return undefined;
  const text = first.trim().replace(/\s+/g, '');
  return FOOTER.test(text) ? first.trim() : undefined;
}

const HAS_DIGIT = /\d/;

/** True when any mapped column of the row holds something. */
export function hasMappedData(cells: ReadonlyArray<unknown>, columns: readonly { index: number }[]): boolean {
  for (const c of columns) if (!isBlank(cells[c.index] as AnyCell)) return true;
  return false;
}

/** Adds an Excel row to runs of consecutive rows. */
export function addToRuns(runs: [number, number][], row: number): void {
  const last = runs[runs.length - 1];
  if (last && last[1] === row - 1) last[1] = row;
  else runs.push([row, row]);
}

/** True when the row repeats the header (a printed page break copied into the data). */
export function repeatsHeader(cells: ReadonlyArray<unknown>, columns: readonly { index: number }[], keys: readonly string[]): boolean {
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
