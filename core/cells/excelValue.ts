import { fromExcelSerial, toUtcMidnight } from '../dates';
import { CellError, CellValue } from '../grid';

// exceljs hands cell values over in these shapes (formula, rich text, hyperlink, error); this turns
// them into Grid cells. Pure and typed on `unknown`, so the CLI's streaming reader and the
// browser's reader share one rule and exceljs's types stay out of core/.

/** Number formats that show a date (quoted text and [colour]/[locale] sections removed first). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[ymd]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function richTextToString(value: { richText: ReadonlyArray<{ text?: string }> }): string {
  return value.richText.map((r) => r.text ?? '').join('');
}

/** Turns one exceljs cell value into a Grid value: formulas → cached result, rich text/hyperlinks → text, errors kept apart. */
export function toGridValue(value: unknown, numFmt?: string, date1904 = false): CellValue | CellError {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return typeof value === 'number' && Number.isNaN(value) ? { error: '#VALUE!' } : value;
  }
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v as { richText: Array<{ text?: string }> });
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) {
    const result = v.result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'number') {
      // exceljs parses a cached error (t="e") as NaN; the error text is lost.
      if (Number.isNaN(result)) return { error: '#公式错误' };
      if (isDateFormat(numFmt)) {
        const d = fromExcelSerial(result, date1904 ? '1904' : '1900');
        if (d.ok) return toUtcMidnight(d.date);
      }
      return result;
    }
    return toGridValue(result, numFmt, date1904);
  }
  if (typeof v.text === 'string') return v.text; // hyperlink { text, hyperlink }
  if (v.text && typeof v.text === 'object') return toGridValue(v.text, numFmt, date1904);
  return String(value);
}
