import { CalendarDate } from '../../dates';
import { Finding } from '../../findings';
import { AnyRecord, AnyRegister, FieldName, fieldValue } from '../../register/types';
import { fieldLabel } from '../headerSynonyms';
import { SheetContext } from '../context';
import { ID_FIELD } from '../fields';
import { messages } from '../messages';
import { RowRead } from '../readRow';

/** Checks every kind shares: required values, dates after today, impossible date order. */
export function checkCommon(ctx: SheetContext, read: RowRead): void {
  const { record, invalid } = read;
  const row = record.source.row;
  for (const field of ctx.required) {
    if (record[field] === undefined && !invalid?.has(field)) {
      ctx.add(row, field, 'error', 'field.required', messages.required(ctx.label(field)));
    }
  }
  for (const field of ctx.pastDates) {
    const d = record[field] as CalendarDate | undefined;
    if (d !== undefined && d > ctx.today) {
      ctx.add(row, field, 'error', 'date.future', messages.dateFuture(ctx.label(field), d, ctx.today));
    }
  }
  for (const [later, earlier] of ctx.dateOrder) {
    const a = record[later] as CalendarDate | undefined;
    const b = record[earlier] as CalendarDate | undefined;
    if (a !== undefined && b !== undefined && a < b) {
      ctx.add(row, later, 'error', 'date.order', messages.dateOrder(ctx.label(later), a, ctx.label(earlier), b));
    }
  }
}

/** Remembers each 申请编号 / 索引号 / 案件编号 and reports the second and later uses. */
export class DuplicateTracker {
  private readonly seen = new Map<string, number>();
  private readonly field: FieldName;

  constructor(private readonly ctx: SheetContext) {
    this.field = ID_FIELD[ctx.kind];
  }

  /** Checks one record's identifier. */
  check(read: RowRead): void {
    const value = read.record[this.field];
    if (typeof value !== 'string' || value === '') return;
    const row = read.record.source.row;
    const first = this.seen.get(value);
    if (first === undefined) {
      this.seen.set(value, row);
      return;
    }
    this.ctx.add(row, this.field, 'error', 'id.duplicate', messages.duplicateId(this.ctx.label(this.field), value, first));
  }
}

/**
 * The `id.duplicate` findings of a whole register, from its records: what a full check reports, for
 * callers that re-check only some rows (the add-in's live checks) and must still see duplicates
 * between a changed row and the others.
 */
export function duplicateIdFindings(register: AnyRegister): Finding[] {
  const field = ID_FIELD[register.kind];
  const label = fieldLabel(register.kind, field);
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  const records: ReadonlyArray<AnyRecord> = register.records;
  for (const record of [...records].sort((a, b) => a.source.row - b.source.row)) {
    const value = fieldValue(record, field);
    if (typeof value !== 'string' || value === '') continue;
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, record.source.row);
      continue;
    }
    out.push({
      sheet: register.sheet,
      row: record.source.row,
      column: register.mapping[field] ?? null,
      field,
      severity: 'error',
      code: 'id.duplicate',
      message: messages.duplicateId(label, value, first),
    });
  }
  return out;
}
