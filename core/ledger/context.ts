import { WorkCalendar } from '../calendar';
import { CalendarDate } from '../dates';
import { Finding, Severity } from '../findings';
import { Grid } from '../grid';
import { Preset } from '../presets';
import { RegisterKind } from '../register/types';
import { Settings } from '../settings/schema';
import { fieldLabel } from './headerSynonyms';
import { SheetMapping } from './header/mapColumns';

/** Everything the row readers and checks of one sheet share. */
export class SheetContext {
  readonly findings: Finding[] = [];
  private readonly letters: Record<string, string>;

  constructor(
    readonly grid: Grid,
    readonly kind: RegisterKind,
    readonly mapping: SheetMapping,
    readonly today: CalendarDate,
    readonly calendar: WorkCalendar,
    readonly preset: Preset,
    readonly settings: Settings | undefined,
  ) {
    this.letters = mapping.mapping;
  }

  /** True when the sheet has a column for the field. */
  has(field: string): boolean {
    return this.letters[field] !== undefined;
  }

  /** The canonical Chinese label of a field. */
  label(field: string): string {
    return fieldLabel(this.kind, field);
  }

  /** Adds a finding about a field of a row; the column is the field's source column. */
  add(row: number | null, field: string | null, severity: Severity, code: string, message: string): void {
    this.findings.push({
      sheet: this.grid.sheet, row, column: field ? (this.letters[field] ?? null) : null, field, severity, code, message,
    });
  }
}
