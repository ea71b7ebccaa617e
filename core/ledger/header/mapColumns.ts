import { columnLetter, columnNumber, Grid } from '../../grid';
import { Finding } from '../../findings';
import { ColumnMapping, FieldName, RegisterKind } from '../../register/types';
import { Settings } from '../../settings/schema';
import { HEADER_TABLES, isFieldOf, MatchStrength } from '../headerSynonyms';
import { messages } from '../messages';
import { HeaderLayout } from './detectHeader';
import { normaliseHeader } from './normaliseHeader';

/** A source column that holds a canonical field. */
export interface MappedColumn {
  index: number;
  letter: string;
  field: FieldName;
  header: string;
}

/** A source column that maps to no field, carried into `record.extra` under `key`. */
export interface ExtraColumn {
  index: number;
  letter: string;
  key: string;
  /** True for a column with no header text: listed as unmapped only once a row holds data in it. */
  headerless?: boolean;
}

/** The columns of a sheet resolved against one register kind. */
export interface SheetMapping {
  kind: RegisterKind;
  columns: MappedColumn[];
  mapping: ColumnMapping;
  unmapped: string[];
  unmappedHeaders: Record<string, string>;
  extras: ExtraColumn[];
  findings: Finding[];
}

const LETTERS = /^[A-Za-z]{1,3}$/;

/**
 * Maps header columns to fields: the strongest word wins a field; a second column naming the same
 * field is a duplicate (finding; kept as an extra column), except a low-priority word (申请日期),
 * which quietly yields. Settings overrides (`columns[sheet]`, then `columns['*']`) come last.
 */
export function mapColumns(grid: Grid, layout: HeaderLayout, kind: RegisterKind, settings?: Settings, dataWidth = 0): SheetMapping {
  const table = HEADER_TABLES[kind];
  const findings: Finding[] = [];
  const headerRow = grid.firstRow + layout.rowIndex;
  const fieldOf = new Map<number, FieldName>();
  const owner = new Map<string, { index: number; strength: number }>();

  for (const col of layout.columns) {
    let hit: { field: FieldName; strength: MatchStrength } | undefined;
    for (const key of col.keys) {
      hit = table.lookup.get(key);
      if (hit) break;
    }
    if (!hit) continue;
    const prior = owner.get(hit.field);
    if (!prior) {
      owner.set(hit.field, { index: col.index, strength: hit.strength });
      fieldOf.set(col.index, hit.field);
      continue;
    }
    const weaker = Math.min(prior.strength, hit.strength);
    const priorWins = prior.strength >= hit.strength;
    const loser = priorWins ? col.index : prior.index;
    if (!priorWins) {
      fieldOf.delete(prior.index);
      fieldOf.set(col.index, hit.field);
      owner.set(hit.field, { index: col.index, strength: hit.strength });
    }
    if (weaker !== MatchStrength.Low || prior.strength === hit.strength) {
      const keep = priorWins ? prior.index : col.index;
      findings.push({
        sheet: grid.sheet,
        row: headerRow,
        column: letterOf(grid, loser),
        field: hit.field,
        severity: 'warning',
        code: 'header.duplicate',
        message: messages.duplicateHeader(layout.columns[loser].text, table.labels[hit.field], letterOf(grid, keep)),
      });
    }
  }

  applyOverrides(grid, layout, kind, settings, fieldOf, findings);

  const columns: MappedColumn[] = [];
  const mapping: ColumnMapping = {};
  const unmapped: string[] = [];
  const unmappedHeaders: Record<string, string> = {};
  const extras: ExtraColumn[] = [];
  const usedKeys = new Set<string>();
  for (const col of layout.columns) {
    const letter = letterOf(grid, col.index);
    const field = fieldOf.get(col.index);
    if (field) {
      columns.push({ index: col.index, letter, field, header: col.text });
      mapping[field] = letter;
    } else if (col.text) {
      unmapped.push(letter);
      unmappedHeaders[letter] = col.text;
      const key = usedKeys.has(col.text) ? `${col.text}（${letter}）` : col.text;
      usedKeys.add(key);
      extras.push({ index: col.index, letter, key });
    } else {
      extras.push({ index: col.index, letter, key: messages.headerlessColumn(letter), headerless: true });
    }
  }
  // Data further right than any header cell is still kept.
  for (let index = layout.columns.length; index < dataWidth; index++) {
    const letter = letterOf(grid, index);
    extras.push({ index, letter, key: messages.headerlessColumn(letter), headerless: true });
  }
  return { kind, columns, mapping, unmapped, unmappedHeaders, extras, findings };
}

function letterOf(grid: Grid, index: number): string {
  return columnLetter(grid.firstColumn + index);
}

function applyOverrides(
  grid: Grid,
  layout: HeaderLayout,
  kind: RegisterKind,
  settings: Settings | undefined,
  fieldOf: Map<number, FieldName>,
  findings: Finding[],
): void {
  if (!settings) return;
  const overrides = { ...(settings.columns['*'] ?? {}), ...(settings.columns[grid.sheet] ?? {}) };
  const table = HEADER_TABLES[kind];
  const headerRow = grid.firstRow + layout.rowIndex;
  for (const [name, target] of Object.entries(overrides)) {
    const field = table.labels[name] !== undefined && isFieldOf(kind, name) ? name : table.lookup.get(normaliseHeader(name))?.field;
    if (!field) {
      // An override for a field of another kind is normal in a '*' entry; only a sheet's own entry is checked.
      if (settings.columns[grid.sheet]?.[name] !== undefined) {
        findings.push({
          sheet: grid.sheet,
          row: null,
          column: null,
          field: null,
          severity: 'warning',
          code: 'settings.column.unknownField',
          message: messages.overrideUnknownField(name, table.label),
        });
      }
      continue;
    }
    const index = resolveTarget(grid, layout, target);
    if (index === undefined) {
      findings.push({
        sheet: grid.sheet,
        row: headerRow,
        column: null,
        field,
        severity: 'warning',
        code: 'settings.column.notFound',
        message: messages.overrideNotFound(table.labels[field], target),
      });
      continue;
    }
    for (const [i, f] of fieldOf) if (f === field) fieldOf.delete(i);
    fieldOf.set(index, field);
  }
}

function resolveTarget(grid: Grid, layout: HeaderLayout, target: string): number | undefined {
  const t = target.trim();
  const wanted = normaliseHeader(t);
  for (const col of layout.columns) {
    if (col.text && (normaliseHeader(col.text) === wanted || col.keys.includes(wanted))) return col.index;
  }
  if (LETTERS.test(t)) {
    const index = columnNumber(t) - grid.firstColumn;
    if (index >= 0 && index < layout.columns.length) return index;
  }
  return undefined;
}
