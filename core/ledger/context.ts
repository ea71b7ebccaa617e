import { WorkCalendar } from '../calendar';
import { CalendarDate } from '../dates';
import { Finding, FindingCode, Severity } from '../findings';
import { Grid } from '../grid';
import { Preset } from '../presets';
import { FieldName, RegisterKind } from '../register/types';
import { maskFreeText } from '../rules/identifiers/maskFreeText';
import { Settings } from '../settings/schema';
import { DATE_ORDER, fieldType, FUTURE_ALLOWED, REQUIRED_FIELDS } from './fields';
import { fieldLabel } from './headerSynonyms';
import { SheetMapping } from './header/mapColumns';

/** Everything the row readers and checks of one sheet share. */
export class SheetContext {
  readonly findings: Finding[] = [];
  /** Mapped required fields, mapped date fields that must not lie after today, mapped (later, earlier) pairs. */
  readonly required: readonly FieldName[];
  readonly pastDates: readonly FieldName[];
  readonly dateOrder: readonly (readonly [FieldName, FieldName])[];
  /** Deadline answers by their inputs: rows share dates, and the explanation is the costly part. */
  readonly deadlineCache = new Map<string, unknown>();
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
    const required: readonly FieldName[] = REQUIRED_FIELDS[kind];
    const dateOrder: readonly (readonly [FieldName, FieldName])[] = DATE_ORDER[kind];
    this.required = required.filter((f) => this.has(f));
    this.pastDates = mapping.columns.map((c) => c.field).filter((f) => fieldType(kind, f) === 'date' && !FUTURE_ALLOWED.has(f));
    this.dateOrder = dateOrder.filter(([a, b]) => this.has(a) && this.has(b));
  }

  /** Stores a computed answer under its inputs (bounded). */
  remember(key: string, value: unknown): void {
    if (this.deadlineCache.size < 200_000) this.deadlineCache.set(key, value);
  }

  /** A cached computation keyed by its inputs. */
  cached<T>(key: string, compute: () => T): T {
    let hit = this.deadlineCache.get(key) as T | undefined;
    if (hit === undefined) {
      hit = compute();
      if (this.deadlineCache.size < 200_000) this.deadlineCache.set(key, hit);
    }
    return hit;
  }

  /** True when the sheet has a column for the field. */
  has(field: FieldName): boolean {
    return this.letters[field] !== undefined;
  }

  /** The canonical Chinese label of a field. */
  label(field: string): string {
    return fieldLabel(this.kind, field);
  }

  /**
   * Adds a finding about a field of a row; the column is the field's source column. Messages quote
   * cells, so ID and phone numbers in them are masked as on receipts (terminal, JSON, 检查结果 sheet).
   */
  add(row: number | null, field: FieldName | null, severity: Severity, code: FindingCode, message: string): void {
    this.findings.push({
      sheet: this.grid.sheet,
      row,
      column: field ? (this.letters[field] ?? null) : null,
      field,
      severity,
      code,
      message: maskFreeText(message),
    });
  }
}
