import { z } from 'zod';
import { FieldName, RegisterKind } from '../register/types';
import catalogueJson from '../../templates/headers/catalogue.json';
import applicationsJson from '../../templates/headers/applications.json';
import appealsJson from '../../templates/headers/appeals.json';
import { normaliseHeader } from './header/normaliseHeader';
import { zodIssuesText } from '../zodMessages';
import { FIELD_TYPES } from './fields';

const FieldSynonymsSchema = z.object({
  field: z.string().min(1),
  label: z.string().min(1),
  accept: z.array(z.string().min(1)).default([]),
  /** Words that map only when no stronger header in the sheet maps the field (e.g. 申请日期). */
  lowPriority: z.array(z.string().min(1)).default([]),
});

const HeaderTableSchema = z.object({
  kind: z.enum(['catalogue', 'applications', 'appeals']),
  label: z.string().min(1),
  fields: z.array(FieldSynonymsSchema).min(1),
});

export type FieldSynonyms = z.infer<typeof FieldSynonymsSchema>;

/** How strongly a header word names a field: the canonical label beats a synonym beats a low-priority word. */
export const MatchStrength = { Low: 1, Synonym: 2, Label: 3 } as const;
export type MatchStrength = (typeof MatchStrength)[keyof typeof MatchStrength];

/** The header words of one register kind, compiled for lookup by normalised header text. */
export interface HeaderTable {
  kind: RegisterKind;
  /** 主动公开目录 / 依申请公开登记台账 / 复议诉讼台账 */
  label: string;
  /** Canonical fields in the table's order. */
  fields: readonly FieldName[];
  /** Canonical Chinese label of each field. */
  labels: Readonly<Record<string, string>>;
  /** normalised header text → field and how strong the match is. */
  lookup: ReadonlyMap<string, { field: FieldName; strength: MatchStrength }>;
}

/** Validates a header table (as JSON data) and compiles it; throws with a Chinese message when the data is broken. */
export function compileHeaderTable(data: unknown): HeaderTable {
  const parsed = HeaderTableSchema.safeParse(data);
  if (!parsed.success) throw new Error(`表头同义词表格式错误：${zodIssuesText(parsed.error)}`);
  const table = parsed.data;
  const lookup = new Map<string, { field: FieldName; strength: MatchStrength }>();
  const labels: Record<string, string> = {};
  const fields: FieldName[] = [];
  const add = (word: string, field: FieldName, strength: MatchStrength): void => {
    const key = normaliseHeader(word);
    const existing = lookup.get(key);
    if (existing && existing.field !== field) {
      throw new Error(`表头同义词表 ${table.kind}：“${word}”同时对应 ${existing.field} 和 ${field}`);
    }
    if (!existing || existing.strength < strength) lookup.set(key, { field, strength });
  };
  for (const f of table.fields) {
    const field = f.field;
    if (!isFieldOf(table.kind, field)) throw new Error(`表头同义词表 ${table.kind}：没有字段 ${field}`);
    if (labels[field] !== undefined) throw new Error(`表头同义词表 ${table.kind}：字段 ${field} 重复`);
    labels[field] = f.label;
    fields.push(field);
    add(f.label, field, MatchStrength.Label);
    for (const w of f.accept) add(w, field, MatchStrength.Synonym);
    for (const w of f.lowPriority) add(w, field, MatchStrength.Low);
  }
  return { kind: table.kind, label: table.label, fields, labels, lookup };
}

/** The three header tables from templates/headers, validated once at load. */
export const HEADER_TABLES: Readonly<Record<RegisterKind, HeaderTable>> = {
  catalogue: compileHeaderTable(catalogueJson),
  applications: compileHeaderTable(applicationsJson),
  appeals: compileHeaderTable(appealsJson),
};

/** Register kinds in the order used to break ties when detecting a sheet's kind. */
export const REGISTER_KINDS: readonly RegisterKind[] = ['applications', 'catalogue', 'appeals'];

/** True when `name` is a canonical field of the kind (contracts §3). */
export function isFieldOf<K extends RegisterKind>(kind: K, name: string): name is FieldName<K> {
  return Object.prototype.hasOwnProperty.call(FIELD_TYPES[kind], name);
}

/** The canonical Chinese label of a field of a kind (falls back to the field id). */
export function fieldLabel(kind: RegisterKind, field: string): string {
  return HEADER_TABLES[kind].labels[field] ?? field;
}
