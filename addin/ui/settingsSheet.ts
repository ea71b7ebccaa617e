/**
 * The 设置 sheet: settings as rows people can read and edit (设置项 | 值 | 键), parsed back with the
 * same zod schema the CLI uses. Pure, so the Excel host and the offline page share it.
 */
import type { Grid, CellValue, CellError } from '../../core/grid';
import { isCellError } from '../../core/grid';
import type { Finding } from '../../core/findings';
import { SettingsSchema, defaultSettings, type Settings } from '../../core/settings/schema';
import { isCalendarDate } from '../../core/dates';

export const SETTINGS_SHEET = '设置';

/** One scalar setting: dotted key, Chinese label. */
const SCALARS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'office.name', label: '机关全称' },
  { key: 'office.code', label: '机构代码' },
  { key: 'office.abbreviation', label: '机关代字' },
  { key: 'office.address', label: '地址' },
  { key: 'office.postcode', label: '邮政编码' },
  { key: 'office.phone', label: '联系电话' },
  { key: 'office.fax', label: '传真' },
  { key: 'office.email', label: '电子邮箱' },
  { key: 'office.sealText', label: '印章文字' },
  { key: 'office.principal', label: '单位主要负责人' },
  { key: 'office.reviewBody', label: '复议机关' },
  { key: 'office.court', label: '管辖法院' },
  { key: 'preset', label: '规则预设' },
  { key: 'indexNoTemplate', label: '索引号格式' },
  { key: 'noticeNumberPattern', label: '文号格式' },
  { key: 'feePausesClock', label: '收费通知暂停计时' },
  { key: 'calendar.offDays', label: '本单位额外休息日' },
  { key: 'calendar.workdays', label: '本单位额外工作日' },
];

/** Column overrides are one row each: key `columns.<sheet>.<field>`. */
const COLUMN_PREFIX = 'columns.';

/** Settings as sheet rows: a header row, then one row per setting. */
export function settingsToRows(settings: Settings): string[][] {
  const rows: string[][] = [['设置项', '值', '键（请勿修改）']];
  for (const { key, label } of SCALARS) rows.push([label, scalarText(readPath(settings, key)), key]);
  for (const [sheet, fields] of Object.entries(settings.columns)) {
    for (const [field, column] of Object.entries(fields)) {
      rows.push([`列映射：${sheet} / ${field}`, column, `${COLUMN_PREFIX}${sheet}.${field}`]);
    }
  }
  return rows;
}

/** Parses a 设置 sheet grid; unknown keys and invalid values become findings, defaults are kept. */
export function settingsFromGrid(grid: Grid): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const raw: Record<string, unknown> = {};
  const byLabel = new Map(SCALARS.map((s) => [s.label, s.key]));
  grid.rows.forEach((row, i) => {
    const excelRow = grid.firstRow + i;
    const label = cellText(row[0]);
    const value = cellText(row[1]);
    const keyCell = cellText(row[2]);
    if (label === '设置项' || (label === '' && keyCell === '')) return;
    const key = keyCell || byLabel.get(label) || '';
    if (key.startsWith(COLUMN_PREFIX)) {
      const rest = key.slice(COLUMN_PREFIX.length);
      const dot = rest.lastIndexOf('.');
      if (dot > 0 && value) {
        const sheet = rest.slice(0, dot);
        const columns = (raw.columns ??= {}) as Record<string, Record<string, string>>;
        (columns[sheet] ??= {})[rest.slice(dot + 1)] = value;
      }
      return;
    }
    const known = SCALARS.find((s) => s.key === key);
    if (!known) {
      findings.push(finding(grid.sheet, excelRow, `设置项「${label || key}」无法识别，已忽略。请检查第 ${excelRow} 行的键名。`, 'settings.unknown'));
      return;
    }
    let parsed = parseScalar(key, value);
    if (Array.isArray(parsed)) {
      // The schema checks only the YYYY-MM-DD shape; a date that does not exist is reported here.
      const bad = parsed.filter((d) => !isCalendarDate(d));
      if (bad.length > 0) {
        findings.push(finding(grid.sheet, excelRow, `设置项「${label || key}」中的日期无效：${bad.join('，')}（应为 YYYY-MM-DD），已忽略。`, 'settings.invalid'));
        parsed = parsed.filter((d) => isCalendarDate(d));
      }
    }
    writePath(raw, key, parsed);
  });
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data, findings };
  // Keep what is valid: drop each failing path and retry once with defaults there.
  for (const issue of parsed.error.issues) {
    const key = issue.path.filter((p) => typeof p === 'string').join('.');
    const row = grid.rows.findIndex((r) => cellText(r[2]) === key || byLabel.get(cellText(r[0])) === key);
    findings.push(
      finding(grid.sheet, row >= 0 ? grid.firstRow + row : null, `设置项「${labelOf(key)}」的值无效（${issue.message}），已使用默认值。`, 'settings.invalid'),
    );
    deletePath(raw, issue.path.filter((p): p is string => typeof p === 'string'));
  }
  const retry = SettingsSchema.safeParse(raw);
  return { settings: retry.success ? retry.data : defaultSettings(), findings };
}

function labelOf(key: string): string {
  return SCALARS.find((s) => s.key === key.split('.').slice(0, 2).join('.') || s.key === key)?.label ?? key;
}

function parseScalar(key: string, value: string): string | boolean | string[] | undefined {
  if (key === 'feePausesClock') return value === '' ? undefined : /^(是|true|1|yes|暂停)$/i.test(value);
  if (key === 'calendar.offDays' || key === 'calendar.workdays') {
    return value.split(/[,，、;；\s]+/).filter(Boolean);
  }
  return value === '' ? undefined : value;
}

function scalarText(value: unknown): string {
  if (Array.isArray(value)) return value.join('，');
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value === undefined || value === null ? '' : String(value);
}

function cellText(cell: CellValue | CellError | undefined): string {
  if (cell === null || cell === undefined || isCellError(cell)) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function readPath(obj: unknown, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function writePath(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) return;
  const parts = key.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) cur = (cur[part] ??= {}) as Record<string, unknown>;
  cur[parts[parts.length - 1]] = value;
}

function deletePath(obj: Record<string, unknown>, parts: string[]): void {
  let cur: unknown = obj;
  for (const part of parts.slice(0, -1)) {
    if (typeof cur !== 'object' || cur === null) return;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (typeof cur === 'object' && cur !== null && parts.length > 0) delete (cur as Record<string, unknown>)[parts[parts.length - 1]];
}

function finding(sheet: string, row: number | null, message: string, code: string): Finding {
  return { sheet, row, column: row === null ? null : 'B', field: null, severity: 'warning', code, message };
}
