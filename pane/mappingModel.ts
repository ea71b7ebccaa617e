/**
 * The mapping editor without DOM: the sheet's columns as the clerk knows them (letter, header text,
 * the first two values) and, for each field of the register, the column it is taken from now, the
 * column the clerk picked but has not applied yet, and whether that comes from an override.
 */
import { cellText } from '../core/ledger/cells';
import { columnLetter, type Grid } from '../core/grid';
import { fromExcelSerial } from '../core/dates';
import { isDateFormat } from '../core/workbook/numberFormats';
import { HEADER_TABLES } from '../core/ledger';
import type { AnyRegister } from '../core/register/types';

/** One source column. */
export interface MappingColumn {
  readonly letter: string;
  /** Its header text (the register's header row, or the row above when that cell is blank: two-row headers). */
  readonly header: string;
  /** The first two non-blank values below the header. */
  readonly samples: readonly string[];
}

/** One field of the register in the editor. */
export interface MappingField {
  readonly field: string;
  /** The column the field is taken from in the last check ('' none). */
  readonly column: string;
  /** The column chosen in the editor, not yet applied (undefined: no change). */
  readonly draft?: string;
  /** The column the 设置 sheet pins it to ('' automatic). */
  readonly override: string;
}

const SAMPLE_CHARS = 16;

/** The grid's columns with header text and two sample values, in sheet order. */
export function mappingColumns(grid: Grid, headerRow: number): MappingColumn[] {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const at = (row: number, j: number) => {
    const i = row - grid.firstRow;
    const value = grid.rows[i]?.[j];
    // A date cell holds its serial: show the date the clerk sees in the sheet.
    if (typeof value === 'number' && isDateFormat(grid.numberFormats?.[i]?.[j])) {
      const d = fromExcelSerial(value, grid.dateSystem);
      if (d.ok) return d.date;
    }
    return cellText(value);
  };
  const out: MappingColumn[] = [];
  for (let j = 0; j < width; j++) {
    const samples: string[] = [];
    for (let row = headerRow + 1; row < grid.firstRow + grid.rows.length && samples.length < 2; row++) {
      const text = at(row, j);
      if (text) samples.push(text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text);
    }
    out.push({ letter: columnLetter(grid.firstColumn + j), header: at(headerRow, j) || at(headerRow - 1, j), samples });
  }
  return out;
}

/** The register's fields (in the header table's order) with their current, drafted and pinned columns. */
export function mappingFields(
  register: AnyRegister,
  overrides: Readonly<Record<string, string>>,
  drafts: Readonly<Record<string, string>>,
): MappingField[] {
  return HEADER_TABLES[register.kind].fields.map((field) => ({
    field,
    column: register.mapping[field] ?? '',
    draft: drafts[field],
    override: (overrides[field] ?? '').toUpperCase(),
  }));
}

/** The column a field's box shows: the draft, else the pinned column, else '' (automatic). */
export function shownColumn(f: MappingField): string {
  return f.draft ?? f.override;
}
