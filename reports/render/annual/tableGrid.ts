/** What a cell of a report table is, which decides its style in .xlsx and PDF. */
export type CellRole = 'caption' | 'header' | 'label' | 'number' | 'note' | 'text';

/** One (possibly merged) cell of a report table, at a 0-based position inside the table. */
export interface GridCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  /** Numbers stay numbers; null is a blank cell (never a silent 0). */
  value: string | number | null;
  role: CellRole;
  /** Emphasis (total lines). */
  bold?: boolean;
  /** How a number is shown: a ratio as a percentage, or one decimal place. */
  format?: 'percent' | 'decimal1';
  /** Canonical id of a figure (`table3.new.natural`, `table2.rules.issued` …) for readers of the .xlsx. */
  id?: string;
  /** A figure the ledgers cannot give (许可, 处罚 … left blank): printed as 待填 so nobody files it empty. */
  toFill?: boolean;
}

/**
 * A report table independent of how it is drawn: merged cells on a fixed grid. The .xlsx and the
 * PDF renderers both draw it, so the two always have the same layout.
 */
export interface TableGrid {
  heading: string;
  columns: number;
  rows: number;
  headerRows: number;
  cells: GridCell[];
  /** Column widths: Excel character units and PDF points (0 = share the rest). */
  xlsxWidths: number[];
  pdfWidths: number[];
  /** PDF font size of the table (small tables may use 9, wide ones less). */
  pdfFontSize: number;
}

/** Builds a grid row by row: `add` places a cell at the next free column of the current row. */
export class GridBuilder {
  readonly cells: GridCell[] = [];
  private readonly taken = new Set<string>();
  private row = -1;
  private col = 0;

  /** Starts the next row. */
  next(): this {
    this.row++;
    this.col = 0;
    return this;
  }

  /** Places a cell, skipping columns covered by row spans from above. */
  add(
    value: GridCell['value'],
    role: CellRole,
    span: { rowSpan?: number; colSpan?: number; id?: string; format?: GridCell['format']; bold?: boolean; toFill?: boolean } = {},
  ): this {
    while (this.taken.has(`${this.row}:${this.col}`)) this.col++;
    const rowSpan = span.rowSpan ?? 1;
    const colSpan = span.colSpan ?? 1;
    const cell: GridCell = { r: this.row, c: this.col, rowSpan, colSpan, value, role };
    if (span.id) cell.id = span.id;
    if (span.format) cell.format = span.format;
    if (span.bold) cell.bold = true;
    if (span.toFill && value === null) cell.toFill = true;
    this.cells.push(cell);
    for (let r = this.row; r < this.row + rowSpan; r++) {
      for (let c = this.col; c < this.col + colSpan; c++) this.taken.add(`${r}:${c}`);
    }
    this.col += colSpan;
    return this;
  }

  get rowCount(): number {
    return this.row + 1;
  }
}
