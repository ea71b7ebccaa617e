/**
 * Values that a spreadsheet API hands back untyped (Office.js `values`, WPS `Value2` and `Text`): read as grid
 * cells and text without ever showing a clerk `[object Object]`.
 */
import type { CellValue } from './grid';

/** An untyped cell value as a grid cell: text, numbers, booleans and dates as they are, blank as empty, anything else as text. */
export function foreignCell(value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return foreignText(value);
}

/** The text of an untyped value: objects (entity or rich values) as their JSON, nothing for null, undefined or a function. */
export function foreignText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'object' || value === null) return '';
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // A cycle or a bigint inside: no host sends one, and bad input never crashes.
    return '';
  }
}
