import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 YYYY-MM-DD');

/** The office's identity, used on forms, reports and numbering. */
export const OfficeSchema = z.object({
  /** 机关全称, e.g. 上海市普陀区应急管理局 */
  name: z.string().default(''),
  /** 机构代码 / 统一社会信用代码, prefix of 索引号 */
  code: z.string().default(''),
  /** 机关代字 used in 文号 of notices, e.g. 普应急 */
  abbreviation: z.string().default(''),
  address: z.string().default(''),
  postcode: z.string().default(''),
  phone: z.string().default(''),
  fax: z.string().default(''),
  email: z.string().default(''),
  /** Text shown in the seal area of forms */
  sealText: z.string().default(''),
  /** 单位主要负责人 (signs 确认单) */
  principal: z.string().default(''),
  /** 复议机关 named in remedy clauses, e.g. 上海市普陀区人民政府 */
  reviewBody: z.string().default(''),
  /** 有管辖权的人民法院 named in remedy clauses */
  court: z.string().default(''),
  /** Where the office's published information can be obtained (portal address, 查阅点), for 已主动公开 answers */
  publicAccess: z.string().default(''),
});

/** One day of an imported State Council notice: 放假 (off) or 上班 (a make-up workday). */
export const PublishedDaySchema = z.object({
  date: isoDate,
  off: z.boolean(),
  /** 元旦, 春节, … ('' when unknown) */
  holiday: z.string().default(''),
});

/** A year's arrangement imported from its notice (`ogi calendar --from-notice`): the year counts as covered. */
export const PublishedYearSchema = z.object({
  year: z.number().int().min(1900).max(2199),
  /** The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
  source: z.string().default(''),
  days: z.array(PublishedDaySchema).default([]),
});

/** Office-specific calendar changes on top of the State Council calendar, and the imported notices. */
export const CalendarOverridesSchema = z.object({
  offDays: z.array(isoDate).default([]),
  workdays: z.array(isoDate).default([]),
  notices: z.array(PublishedYearSchema).default([]),
});

/**
 * One settings object for every face: read from a workbook's `设置` sheet, a JSON file
 * (`--settings`), or the add-in's settings sheet.
 */
export const SettingsSchema = z.object({
  office: OfficeSchema.default(OfficeSchema.parse({})),
  /** Rule preset name in templates/presets (national, shanghai, changning, …) */
  preset: z.string().default('national'),
  calendar: CalendarOverridesSchema.default(CalendarOverridesSchema.parse({})),
  /**
   * Column overrides: per sheet name (or `*` for all sheets), canonical field → header text or
   * column letter.
   */
  columns: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** 索引号 template, e.g. `{机构代码}/{yyyy}-{seq:05}` */
  indexNoTemplate: z.string().default('{机构代码}/{yyyy}-{seq:05}'),
  /** 文号 pattern of notices, e.g. `{机关代字}公复〔{yyyy}〕{seq}号` */
  noticeNumberPattern: z.string().default('{机关代字}公复〔{yyyy}〕{seq}号'),
  /** Whether a fee notice pauses the reply clock (109号文; configurable until confirmed). */
  feePausesClock: z.boolean().default(true),
  /** Working days a correction notice gives the applicant (补正期限), when the ledger has no 补正期限 column; default: the preset's. */
  correctionPeriodDays: z.number().int().positive().optional(),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type OfficeInfo = z.infer<typeof OfficeSchema>;
export type ImportedNotice = z.infer<typeof PublishedYearSchema>;

/** Default settings (national preset, no office data). */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
