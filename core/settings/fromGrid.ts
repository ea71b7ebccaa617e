import { parseCalendarDate } from '../dates';
import { Finding, FindingCode } from '../findings';
import { CellError, CellValue, Grid, isCellError } from '../grid';
import { toHalfWidth } from '../text/halfWidth';
import { defaultSettings, Settings, SettingsSchema } from './schema';
import { groupNoticeRows, isNoticeTableHeading, NoticeRow, noticeRows, readNoticeRow } from './noticeRows';

/** Name of the workbook sheet that carries the settings. */
export const SETTINGS_SHEET_NAME = '设置';

type Kind = 'text' | 'bool' | 'number' | 'dates';

/** One setting: its dotted key, the label written on the sheet, and other labels people use for it. */
interface Item {
  key: string;
  label: string;
  aliases: string[];
  kind: Kind;
}

const ITEMS: readonly Item[] = [
  { key: 'office.name', label: '机关名称', aliases: ['机关全称', '单位名称'], kind: 'text' },
  { key: 'office.code', label: '机构代码', aliases: ['统一社会信用代码', '组织机构代码'], kind: 'text' },
  { key: 'office.abbreviation', label: '机关代字', aliases: [], kind: 'text' },
  { key: 'office.address', label: '地址', aliases: ['办公地址', '通信地址'], kind: 'text' },
  { key: 'office.postcode', label: '邮政编码', aliases: ['邮编'], kind: 'text' },
  { key: 'office.phone', label: '联系电话', aliases: ['电话'], kind: 'text' },
  { key: 'office.fax', label: '传真', aliases: [], kind: 'text' },
  { key: 'office.email', label: '电子邮箱', aliases: ['邮箱', 'Email'], kind: 'text' },
  { key: 'office.sealText', label: '印章文字', aliases: [], kind: 'text' },
  { key: 'office.principal', label: '主要负责人', aliases: ['单位主要负责人'], kind: 'text' },
  { key: 'office.reviewBody', label: '复议机关', aliases: [], kind: 'text' },
  { key: 'office.court', label: '管辖法院', aliases: ['人民法院'], kind: 'text' },
  { key: 'office.publicAccess', label: '主动公开获取途径', aliases: ['政府信息查阅途径', '公开网址'], kind: 'text' },
  { key: 'preset', label: '规则预设', aliases: ['预设'], kind: 'text' },
  { key: 'indexNoTemplate', label: '索引号格式', aliases: ['索引号模板'], kind: 'text' },
  { key: 'noticeNumberPattern', label: '文号格式', aliases: ['文号模板'], kind: 'text' },
  { key: 'feePausesClock', label: '收费通知暂停计时', aliases: ['收费暂停计时'], kind: 'bool' },
  { key: 'correctionPeriodDays', label: '补正期限（工作日）', aliases: ['补正期限', '补正工作日', '补正期限工作日'], kind: 'number' },
  { key: 'calendar.offDays', label: '放假', aliases: ['本单位额外休息日', '休息日', '放假日期'], kind: 'dates' },
  { key: 'calendar.workdays', label: '调休上班', aliases: ['本单位额外工作日', '上班日', '调休上班日期'], kind: 'dates' },
];

function norm(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s:：]+/g, '')
    .toLowerCase();
}

const COLUMN_KEY = 'columns.';
const COLUMN_LABEL = '列映射';
const HEADER_LABELS = new Set(['设置项', '项目']);
const ADJUSTMENT_TITLE = '节假日调整';
const DAY_KIND = new Map<string, 'off' | 'work'>([
  ...['放假', '休息', '休息日', '放假日'].map((w) => [norm(w), 'off'] as [string, 'off']),
  ...['上班', '调休上班', '工作日', '补班'].map((w) => [norm(w), 'work'] as [string, 'work']),
]);
const LIST_SEPARATOR = /[、，,；;\s]+/;
const PAIR_SEPARATOR = /[；;\n]+/;

const BY_KEY = new Map(ITEMS.map((i) => [i.key, i]));
/** Labels of the settings read from tables rather than from one 设置项 row. */
const OTHER_LABELS: Partial<Record<string, string>> = { 'calendar.notices': '导入的节假日安排', columns: COLUMN_LABEL };
const BY_LABEL = new Map<string, Item>();
for (const i of ITEMS) for (const l of [i.label, ...i.aliases]) BY_LABEL.set(norm(l), i);

/** The label a setting has on the `设置` sheet (e.g. `office.abbreviation` → 机关代字), for messages that say where to fill it. */
export function settingLabel(key: string): string | undefined {
  return BY_KEY.get(key)?.label;
}

const msg = {
  unknown: (label: string) => `设置项“${label}”无法识别，已忽略；可用的设置项：${ITEMS.map((i) => i.label).join('、')}、${COLUMN_LABEL}`,
  badBool: (label: string, value: string) => `设置项“${label}”的值“${value}”应为“是”或“否”，已按默认值处理`,
  badDate: (label: string, value: string, reason: string) =>
    `设置项“${label}”中的“${value}”不是日期（${reason}），已忽略；请写成 YYYY-MM-DD，多个日期用顿号分隔`,
  badNumber: (label: string, value: string) => `设置项“${label}”的值“${value}”应为正整数（工作日数，如 15），已按预设的默认值处理`,
  badPair: (text: string) => `列映射“${text}”应写成“字段=列字母或表头”，如“收到日期=C”，已忽略`,
  badValue: (label: string, message: string) => `设置项“${label}”的值无效：${message}，已按默认值处理`,
};

/**
 * Reads a `设置` sheet: rows of 设置项 | 值 (| 键), with readable Chinese labels (机关名称, 规则预设,
 * 调休上班, 放假, 列映射 …) or the dotted key in the third column. Bad values become findings and
 * fall back to their defaults; the result always satisfies `SettingsSchema`.
 */
export function settingsFromGrid(grid: Grid): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const raw: Record<string, unknown> = {};
  const columns: Record<string, Record<string, string>> = {};
  const notices: Extract<NoticeRow, { ok: true }>[] = [];
  const warn = (row: number, field: string | null, code: FindingCode, message: string): void => {
    findings.push({ sheet: grid.sheet, row, column: 'B', field, severity: 'warning', code, message });
  };

  grid.rows.forEach((cells, i) => {
    const row = grid.firstRow + i;
    const label = text(cells[0]);
    const keyCell = text(cells[2]);
    if ((label === '' && keyCell === '') || HEADER_LABELS.has(label)) return;
    const valueCell = cells[1];
    const value = text(valueCell);

    // The table of imported notices: 年份 | 日期 | 放假/上班 | 来源 | 节日.
    const noticeRow = readNoticeRow(cells, grid.dateSystem);
    if (noticeRow) {
      if (noticeRow.ok) notices.push(noticeRow);
      else warn(row, 'calendar.notices', 'settings.invalid', noticeRow.message);
      return;
    }
    if (isNoticeTableHeading(label)) return;

    const column = columnTarget(keyCell, label);
    if (column) {
      if (value === '') return;
      if (column.field) {
        (columns[column.sheet] ??= {})[column.field] = value;
        return;
      }
      for (const pair of value
        .split(PAIR_SEPARATOR)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^(.+?)\s*[=＝:：]\s*(.+)$/.exec(pair);
        if (m) (columns[column.sheet] ??= {})[m[1].trim()] = m[2].trim();
        else warn(row, 'columns', 'settings.invalid', msg.badPair(pair));
      }
      return;
    }

    const item = (keyCell && BY_KEY.get(keyCell)) || BY_LABEL.get(norm(label));
    // A 节假日调整 table: a date in the first column, 放假 or 上班 beside it.
    if (!item && !keyCell) {
      const adjustment = DAY_KIND.get(norm(value));
      const day = adjustment ? parseCalendarDate(cells[0], { dateSystem: grid.dateSystem }) : undefined;
      if (adjustment && day?.ok) {
        const key = adjustment === 'off' ? 'calendar.offDays' : 'calendar.workdays';
        setPath(raw, key, [...((getPath(raw, key) as string[] | undefined) ?? []), day.date]);
        return;
      }
      if (norm(label) === norm(ADJUSTMENT_TITLE) || HEADER_LABELS.has(label) || label === '日期') return;
    }
    if (!item) {
      // A title line above the table (one cell, no value) is not a setting.
      if (value !== '' || keyCell !== '') warn(row, null, 'settings.unknownKey', msg.unknown(label || keyCell));
      return;
    }
    if (item.kind === 'text') {
      if (value !== '') setPath(raw, item.key, value);
    } else if (item.kind === 'bool') {
      if (value === '') return;
      const b = parseBool(valueCell, value);
      if (b === undefined) warn(row, item.key, 'settings.invalid', msg.badBool(item.label, value));
      else setPath(raw, item.key, b);
    } else if (item.kind === 'number') {
      if (value === '') return;
      const n = parseWorkdays(valueCell, value);
      if (n === undefined) warn(row, item.key, 'settings.invalid', msg.badNumber(item.label, value));
      else setPath(raw, item.key, n);
    } else {
      const dates: string[] = [];
      const parts = valueCell instanceof Date || typeof valueCell === 'number' ? [valueCell] : value.split(LIST_SEPARATOR).filter(Boolean);
      for (const part of parts) {
        const d = parseCalendarDate(part, { dateSystem: grid.dateSystem });
        if (d.ok) dates.push(d.date);
        else warn(row, item.key, 'settings.invalid', msg.badDate(item.label, String(part), d.reason));
      }
      const existing = (getPath(raw, item.key) as string[] | undefined) ?? [];
      setPath(raw, item.key, [...existing, ...dates]);
    }
  });
  if (Object.keys(columns).length > 0) raw.columns = columns;
  if (notices.length > 0) setPath(raw, 'calendar.notices', groupNoticeRows(notices));

  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data, findings };
  // Drop each invalid value, say so, and keep the rest.
  for (const issue of parsed.error.issues) {
    // Up to the first list index: a bad element (a notice's year) drops its whole list, never the whole settings.
    const index = issue.path.findIndex((p) => typeof p !== 'string');
    const key = (index < 0 ? issue.path : issue.path.slice(0, index)).join('.');
    const item = BY_KEY.get(key);
    const label = item?.label ?? OTHER_LABELS[key] ?? key;
    warn(rowOf(grid, item) ?? grid.firstRow, key || null, 'settings.invalid', msg.badValue(label, issue.message));
    deletePath(raw, key);
  }
  const retry = SettingsSchema.safeParse(raw);
  return { settings: retry.success ? retry.data : defaultSettings(), findings };
}

/** Settings as the rows of a `设置` sheet (设置项 | 值 | 键, then any imported notices), readable by `settingsFromGrid`. */
export function settingsToRows(settings: Settings): string[][] {
  const rows: string[][] = [['设置项', '值', '键（请勿修改）']];
  for (const item of ITEMS) {
    rows.push([item.label, shownValue(getPath(settings, item.key)), item.key]);
  }
  for (const [sheet, fields] of Object.entries(settings.columns)) {
    for (const [field, target] of Object.entries(fields)) {
      rows.push([`${COLUMN_LABEL}：${sheet} / ${field}`, target, `${COLUMN_KEY}${sheet}.${field}`]);
    }
  }
  rows.push(...noticeRows(settings.calendar.notices));
  return rows;
}

/** `columns.<sheet>.<field>`, `列映射：<sheet> / <field>`, `列映射：<sheet>` or `列映射` (all sheets). */
function columnTarget(keyCell: string, label: string): { sheet: string; field?: string } | undefined {
  if (keyCell.startsWith(COLUMN_KEY)) {
    const rest = keyCell.slice(COLUMN_KEY.length);
    const dot = rest.lastIndexOf('.');
    return dot > 0 ? { sheet: rest.slice(0, dot), field: rest.slice(dot + 1) } : undefined;
  }
  if (!label.startsWith(COLUMN_LABEL)) return undefined;
  const rest = label.slice(COLUMN_LABEL.length).replace(/^[\s:：(（]+|[)）\s]+$/g, '');
  if (rest === '') return { sheet: '*' };
  const slash = rest.lastIndexOf('/');
  if (slash < 0) return { sheet: rest };
  const sheet = rest.slice(0, slash).trim() || '*';
  const field = rest.slice(slash + 1).trim();
  return field ? { sheet, field } : { sheet };
}

function text(cell: CellValue | CellError | undefined): string {
  if (cell === null || cell === undefined || isCellError(cell)) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

function parseBool(cell: CellValue | CellError | undefined, value: string): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const v = norm(value);
  if (['是', 'true', 'yes', 'y', '1', '暂停', '√'].includes(v)) return true;
  if (['否', 'false', 'no', 'n', '0', '不暂停', '×'].includes(v)) return false;
  return undefined;
}

/** A positive whole number of working days: a number cell, or text such as 15、１５、15个工作日. */
function parseWorkdays(cell: CellValue | CellError | undefined, value: string): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : undefined;
  const m = /^(\d{1,3})(?:个?工作日|日|天)?$/.exec(norm(value));
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : undefined;
}

function rowOf(grid: Grid, item: Item | undefined): number | undefined {
  if (!item) return undefined;
  const labels = new Set([item.label, ...item.aliases].map(norm));
  const i = grid.rows.findIndex((r) => labels.has(norm(text(r[0]))) || text(r[2]) === item.key);
  return i < 0 ? undefined : grid.firstRow + i;
}

/** A setting as its 值 cell shows it: lists joined with 、, booleans as 是/否, nothing for anything else. */
function shownValue(v: unknown): string {
  if (Array.isArray(v)) return v.join('、');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

function getPath(obj: object, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) cur = (cur[part] ??= {}) as Record<string, unknown>;
  cur[parts[parts.length - 1]] = value;
}

function deletePath(obj: Record<string, unknown>, key: string): void {
  const parts = key.split('.');
  let cur: unknown = obj;
  for (const part of parts.slice(0, -1)) {
    if (typeof cur !== 'object' || cur === null) return;
    cur = (cur as Record<string, unknown>)[part];
  }
  // The raw settings are plain objects from the sheet, not maps: Reflect removes the one key zod refused.
  if (typeof cur === 'object' && cur !== null) Reflect.deleteProperty(cur, parts[parts.length - 1]);
}

/**
 * The settings a workbook is checked with: those given explicitly (a `--settings` file, the pane's
 * own), else the workbook's `设置` sheet (with its findings), else the defaults. One rule for the CLI,
 * the add-in and the offline page.
 */
export function effectiveSettings(
  given: Settings | undefined,
  settingsSheet: Grid | undefined,
): { settings: Settings; findings: Finding[] } {
  if (given) return { settings: given, findings: [] };
  if (settingsSheet) return settingsFromGrid(settingsSheet);
  return { settings: defaultSettings(), findings: [] };
}
