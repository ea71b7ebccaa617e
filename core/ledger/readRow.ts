import { CellError, CellValue, isCellError } from '../grid';
import { normalizeDocNo, normalizeIndexNo } from '../rules/identifiers';
import { AppealRecord, ApplicationRecord, CatalogueRecord, FieldName, FieldValues, RecordBase } from '../register/types';
import { AnyCell, cellText, isBlank } from './cells';
import { SheetContext } from './context';
import { ExtraColumn } from './header/mapColumns';
import { fieldType, FieldType } from './fields';
import { messages } from './messages';
import { DateReader } from './normalise/dates';
import { applicantTypeValue, attributeValue, caseResultValue, caseTypeValue, channelValue, EnumHit } from './normalise/enums';
import { extensionValue, numberValue } from './normalise/numbers';
import { resultValue } from './normalise/result';
import { codeValue, idValue, textValue } from './normalise/text';
import { ATTRIBUTES, APPLICANT_TYPES, CASE_RESULTS, CASE_TYPES, CHANNELS, RESULT_TYPES } from '../register/types';

// Allowed values, bound once (module getters are not free on a 100,000-row sheet).
const ALLOWED = {
  attribute: ATTRIBUTES,
  channel: CHANNELS,
  applicantType: APPLICANT_TYPES,
  caseType: CASE_TYPES,
  caseResult: CASE_RESULTS,
  resultType: RESULT_TYPES,
} as const;

// What offices type for "nothing here": ／, -, —, 无, 暂无, N/A.
const PLACEHOLDER = /^\s*(?:[/\\\-—－_~～.。·、／]+|无|暂无|n\/?a|null)\s*$/i;

/** The canonical values of a record of any kind, each with its type (the kinds agree on the fields they share). */
type AnyKindValues = Omit<CatalogueRecord, keyof RecordBase | 'computed'> &
  Omit<ApplicationRecord, keyof RecordBase | 'computed'> &
  Omit<AppealRecord, keyof RecordBase>;

/** A record under construction: the record's base parts plus the canonical values read so far. */
export type RecordBag = RecordBase & Partial<AnyKindValues>;

/** What reading one row gave: the record and the fields whose cells were filled but unreadable. */
export interface RowRead {
  record: RecordBag;
  /** Fields with a non-blank cell that could not be read (already reported); null when none. */
  invalid: Set<FieldName> | null;
}

/** Reads the mapped and extra cells of one row into a record, reporting unreadable cells. */
export class RowReader {
  private readonly columns: { index: number; field: FieldName; type: FieldType }[];
  private readonly dates: DateReader;
  private readonly extensionYes: number;
  private invalid: Set<FieldName> | null = null;
  /** Headerless columns that turned out to hold data. */
  readonly usedHeaderless = new Set<ExtraColumn>();
  // One bound function for all rows, not a closure per row.
  private readonly bad = (field: FieldName): void => {
    (this.invalid ??= new Set()).add(field);
  };

  constructor(private readonly ctx: SheetContext) {
    this.columns = ctx.mapping.columns.map((c) => ({ index: c.index, field: c.field, type: fieldType(ctx.kind, c.field) ?? 'text' }));
    this.dates = new DateReader(ctx.grid.dateSystem ?? '1900');
    this.extensionYes = ctx.preset.periods.extensionMax?.days ?? 20;
  }

  /** Reads grid row `cells` at Excel row `row`. */
  read(cells: ReadonlyArray<CellValue | CellError>, row: number): RowRead {
    const ctx = this.ctx;
    const record: RecordBag = { source: { sheet: ctx.grid.sheet, row }, extra: {}, original: {} };
    // One view for the generic writes: each value is the one the reader of the field's type (FIELD_TYPES) gives.
    const values: FieldValues = record;
    this.invalid = null;
    const bad = this.bad;
    let typeText: string | undefined;
    let bareOrganisation: string | undefined;
    let reasonText: string | undefined;

    for (const col of this.columns) {
      const cell: AnyCell = cells[col.index];
      if (isBlank(cell) || (typeof cell === 'string' && cell.length <= 4 && PLACEHOLDER.test(cell))) continue;
      const { field } = col;
      if (isCellError(cell)) {
        ctx.add(row, field, 'error', 'cell.error', messages.cellError(ctx.label(field), cell.error));
        bad(field);
        continue;
      }
      switch (col.type) {
        case 'text':
          values[field] = textValue(cell);
          break;
        case 'code':
          values[field] = codeValue(cell);
          break;
        case 'docNo':
        case 'indexNo': {
          const text = cellText(cell);
          const value = col.type === 'docNo' ? normalizeDocNo(text) : normalizeIndexNo(text);
          values[field] = value;
          if (value !== text) record.original[field] = text;
          break;
        }
        case 'id':
          values[field] = idValue(cell);
          if (typeof cell === 'number' && Math.abs(cell) >= 1e15) {
            ctx.add(row, field, 'warning', 'id.storedAsNumber', messages.idStoredAsNumber(ctx.label(field), values[field]));
            bad(field);
          }
          break;
        case 'date': {
          const d = this.dates.read(cell);
          if (d.ok) {
            values[field] = d.date;
            if (d.original !== undefined) record.original[field] = d.original;
          } else {
            ctx.add(row, field, 'error', 'date.invalid', messages.dateInvalid(ctx.label(field), d.reason));
            // Keep what was typed: the register shows it beside the empty value, nothing is lost.
            record.original[field] = cellText(cell);
            bad(field);
          }
          break;
        }
        case 'number': {
          const n = numberValue(cell);
          if (n === undefined) {
            ctx.add(row, field, 'warning', 'number.invalid', messages.numberInvalid(ctx.label(field), cellText(cell)));
            record.original[field] = cellText(cell);
            bad(field);
          } else {
            values[field] = n;
            if (typeof cell === 'string') record.original[field] = cell.trim();
          }
          break;
        }
        case 'extension': {
          const n = extensionValue(cell, this.extensionYes);
          if (n === undefined) {
            ctx.add(row, field, 'error', 'enum.invalid', messages.enumInvalid(ctx.label(field), cellText(cell), ['工作日数', '是', '否']));
            record.original[field] = cellText(cell);
            bad(field);
          } else {
            if (n > 0) values[field] = n;
            if (typeof cell !== 'number') record.original[field] = cellText(cell);
          }
          break;
        }
        case 'attribute': {
          const text = cellText(cell);
          const hit = attributeValue(text);
          if (!hit) {
            ctx.add(row, field, 'error', 'enum.invalid', messages.enumInvalid(ctx.label(field), text, ALLOWED.attribute));
            record.original[field] = text;
            bad(field);
            break;
          }
          values[field] = hit.value;
          if (hit.changed) record.original[field] = text;
          if (hit.legacy) ctx.add(row, field, 'info', 'attribute.legacy', messages.attributeLegacy(text));
          break;
        }
        case 'channel':
          this.enumCell(record, row, field, cellText(cell), channelValue(cellText(cell)), ALLOWED.channel, bad);
          break;
        case 'applicantType': {
          const text = cellText(cell);
          const hit = applicantTypeValue(text);
          if (hit && 'subtypeMissing' in hit) {
            // The sub-type may sit in its own column (法人或其他组织类型), read after this loop.
            bareOrganisation = text;
            record.original[field] = text;
          } else {
            this.enumCell(record, row, field, text, hit, ALLOWED.applicantType, bad);
          }
          break;
        }
        case 'caseType':
          this.enumCell(record, row, field, cellText(cell), caseTypeValue(cellText(cell)), ALLOWED.caseType, bad);
          break;
        case 'caseResult':
          this.enumCell(record, row, field, cellText(cell), caseResultValue(cellText(cell)), ALLOWED.caseResult, bad);
          break;
        case 'resultType':
          typeText = cellText(cell);
          break;
        case 'resultReason':
          reasonText = cellText(cell);
          break;
      }
    }

    if (bareOrganisation !== undefined) this.resolveSubtype(record, row, bareOrganisation, bad);

    if (typeText !== undefined || reasonText !== undefined) {
      const r = resultValue(typeText, reasonText);
      if (r.unknownType && r.parts) {
        ctx.add(row, 'resultType', 'error', 'result.ambiguous', messages.resultAmbiguous(typeText ?? '', r.parts));
        record.original.resultType = typeText ?? '';
        bad('resultType');
      } else if (r.unknownType) {
        ctx.add(
          row,
          'resultType',
          'error',
          'enum.invalid',
          messages.enumInvalid(ctx.label('resultType'), typeText ?? '', ALLOWED.resultType),
        );
        record.original.resultType = typeText ?? '';
        bad('resultType');
      }
      if (r.type) record.resultType = r.type;
      if (r.row) record.resultRow = r.row;
      if (r.reason) record.resultReason = r.reason;
      if (r.changedFrom !== undefined && r.type && r.parts) {
        record.original.resultType = r.changedFrom;
        ctx.add(row, 'resultType', 'info', 'result.combined', messages.resultCombined(r.changedFrom, r.parts, r.reason ?? ''));
      } else if (r.changedFrom !== undefined && r.type) {
        record.original.resultType = r.changedFrom;
        ctx.add(row, 'resultType', 'info', 'result.legacy', messages.resultLegacy(r.changedFrom, r.type));
      }
    }

    for (const extra of this.ctx.mapping.extras) {
      const cell: AnyCell = cells[extra.index];
      if (isBlank(cell)) continue;
      if (isCellError(cell)) {
        this.ctx.findings.push({
          sheet: ctx.grid.sheet,
          row,
          column: extra.letter,
          field: null,
          severity: 'warning',
          code: 'cell.error',
          message: messages.cellErrorExtra(extra.key, cell.error),
        });
      }
      record.extra[extra.key] = cellText(cell);
      if (extra.headerless) this.usedHeaderless.add(extra);
    }
    return { record, invalid: this.invalid };
  }

  /** 法人或其他组织 + a 法人或其他组织类型 column naming the sub-type → that type; otherwise the finding. */
  private resolveSubtype(record: RecordBag, row: number, bare: string, bad: (field: FieldName) => void): void {
    const sub = typeof record.applicantSubtype === 'string' ? applicantTypeValue(record.applicantSubtype) : undefined;
    if (sub && 'value' in sub && sub.value !== '自然人') {
      record.applicantType = sub.value;
      return;
    }
    this.ctx.add(row, 'applicantType', 'error', 'applicant.subtype.missing', messages.applicantSubtype(bare));
    bad('applicantType');
  }

  private enumCell<T extends string>(
    record: RecordBag,
    row: number,
    field: FieldName,
    text: string,
    hit: EnumHit<T> | undefined,
    allowed: readonly string[],
    bad: (field: FieldName) => void,
  ): void {
    if (!hit) {
      this.ctx.add(row, field, 'error', 'enum.invalid', messages.enumInvalid(this.ctx.label(field), text, allowed));
      record.original[field] = text;
      bad(field);
      return;
    }
    const values: FieldValues = record;
    values[field] = hit.value;
    if (hit.changed) record.original[field] = text;
  }
}
