/**
 * 全国年节及纪念日放假办法: the holidays every citizen has off (第二条), version by version, as data.
 * Each day is a rule: a Gregorian day, a day of an ordinary lunar month, 除夕, or the 清明 solar term.
 * Sources: the texts of the 办法 (1949 政务院; 1999-09-18 国务院令第270号; 2007-12-14 国务院令第513号
 * in force 2008-01-01; 2013-12-11 国务院令第644号 in force 2014-01-01; 2024-11-10 国务院令第795号 in
 * force 2025-01-01), cross-checked with the day counts in chinese-days src/holidays/arrangement.ts.
 */
export type StatutoryRule =
  | { kind: 'solar'; month: number; day: number }
  | { kind: 'lunar'; month: number; day: number }
  | { kind: 'lunarEve' }
  | { kind: 'qingming' };

/** One holiday of a version: its name as the notices write it and its days. */
export interface StatutoryHoliday {
  name: string;
  days: StatutoryRule[];
}

/** One version of the 办法 and the first day it applied. */
export interface HolidayLawVersion {
  /** e.g. 国务院令第795号（2024年修订） */
  title: string;
  /** YYYY-MM-DD, the first day the version applied */
  inForce: string;
  holidays: StatutoryHoliday[];
}

const solar = (month: number, day: number): StatutoryRule => ({ kind: 'solar', month, day });
const lunar = (month: number, day: number): StatutoryRule => ({ kind: 'lunar', month, day });
const EVE: StatutoryRule = { kind: 'lunarEve' };
const QINGMING: StatutoryRule = { kind: 'qingming' };

const NEW_YEAR: StatutoryHoliday = { name: '元旦', days: [solar(1, 1)] };
const SPRING_1_3: StatutoryHoliday = { name: '春节', days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)] };
const TOMB_SWEEPING: StatutoryHoliday = { name: '清明节', days: [QINGMING] };
const DRAGON_BOAT: StatutoryHoliday = { name: '端午节', days: [lunar(5, 5)] };
const MID_AUTUMN: StatutoryHoliday = { name: '中秋节', days: [lunar(8, 15)] };
const NATIONAL_3: StatutoryHoliday = { name: '国庆节', days: [solar(10, 1), solar(10, 2), solar(10, 3)] };

/** The versions, oldest first. */
export const HOLIDAY_LAW_VERSIONS: readonly HolidayLawVersion[] = [
  {
    title: '政务院《全国年节及纪念日放假办法》（1949年）',
    inForce: '1949-12-23',
    holidays: [NEW_YEAR, SPRING_1_3, { name: '劳动节', days: [solar(5, 1)] }, { name: '国庆节', days: [solar(10, 1), solar(10, 2)] }],
  },
  {
    title: '国务院令第270号（1999年修订）',
    inForce: '1999-09-18',
    holidays: [NEW_YEAR, SPRING_1_3, { name: '劳动节', days: [solar(5, 1), solar(5, 2), solar(5, 3)] }, NATIONAL_3],
  },
  {
    title: '国务院令第513号（2007年修订）',
    inForce: '2008-01-01',
    holidays: [
      NEW_YEAR,
      { name: '春节', days: [EVE, lunar(1, 1), lunar(1, 2)] },
      TOMB_SWEEPING,
      { name: '劳动节', days: [solar(5, 1)] },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_3,
    ],
  },
  {
    title: '国务院令第644号（2013年修订）',
    inForce: '2014-01-01',
    holidays: [NEW_YEAR, SPRING_1_3, TOMB_SWEEPING, { name: '劳动节', days: [solar(5, 1)] }, DRAGON_BOAT, MID_AUTUMN, NATIONAL_3],
  },
  {
    title: '国务院令第795号（2024年修订）',
    inForce: '2025-01-01',
    holidays: [
      NEW_YEAR,
      { name: '春节', days: [EVE, lunar(1, 1), lunar(1, 2), lunar(1, 3)] },
      TOMB_SWEEPING,
      { name: '劳动节', days: [solar(5, 1), solar(5, 2)] },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_3,
    ],
  },
];
