import { fc, test } from '@fast-check/jest';
import { CalendarDate, fromEpochDay, parseCalendarDate, toEpochDay, toUtcMidnight, weekdayZh, ymd } from '../../../core/dates';
import { dateZh } from '../../../reports/documents/format';

// Every date a CalendarDate can hold (years 1000–9999).
// @fast-check/jest ends a property early when jest's timeout is near: room for all runs on a busy machine.
jest.setTimeout(120_000);

const anyDate = fc
  .integer({ min: toEpochDay('1000-01-01' as CalendarDate), max: toEpochDay('9999-12-31' as CalendarDate) })
  .map(fromEpochDay);

/** What the parser makes of a value, as `date` or the reason it failed. */
function parsed(value: unknown, dateSystem?: '1900' | '1904'): string {
  const r = parseCalendarDate(value, { dateSystem });
  return r.ok ? r.date : `failed: ${r.reason}`;
}

// The serial Excel shows for a date, computed from Excel's documented epochs independently of the parser:
// 1900 system: 1900-01-01 is 1 and the nonexistent 1900-02-29 is 60; 1904 system: 1904-01-01 is 0.
function excelSerial(date: CalendarDate, system: '1900' | '1904'): number {
  if (system === '1904') return toEpochDay(date) - toEpochDay('1904-01-01' as CalendarDate);
  const days = toEpochDay(date) - toEpochDay('1899-12-31' as CalendarDate);
  return date >= '1900-03-01' ? days + 1 : days;
}

describe('parseCalendarDate inverts every text form we print', () => {
  test.prop([anyDate])('ISO YYYY-MM-DD (registers, JSON, explanations)', (d) => {
    expect(parsed(d)).toBe(d);
  });

  test.prop([anyDate])('ISO with the weekday, as in “收到申请 2025-09-26（周五）”', (d) => {
    expect(parsed(`${d}（${weekdayZh(d)}）`)).toBe(d);
  });

  test.prop([anyDate])('the official-document form 2026年4月10日 (dateZh)', (d) => {
    expect(parsed(dateZh(d))).toBe(d);
  });

  test.prop([anyDate])('the UTC-midnight Date we write into .xlsx cells, whatever the time zone', (d) => {
    expect(parsed(toUtcMidnight(d))).toBe(d);
  });

  test.prop([anyDate.filter((d) => d >= '1900-01-01')])('the Excel serial of a date cell (1900 system), as a number and as text', (d) => {
    const serial = excelSerial(d, '1900');
    expect(parsed(serial)).toBe(d);
    // A serial that lost its number format arrives as five-digit text.
    if (serial >= 10_000 && serial <= 99_999) expect(parsed(String(serial))).toBe(d);
  });

  test.prop([anyDate.filter((d) => d >= '1904-01-01')])('the Excel serial of a date cell (1904 system)', (d) => {
    expect(parsed(excelSerial(d, '1904'), '1904')).toBe(d);
  });

  test.prop([anyDate.filter((d) => d >= '1900-01-01'), fc.double({ min: 0, max: 0.999, noNaN: true })])(
    'a serial with a time of day is still that day',
    (d, time) => {
      expect(parsed(excelSerial(d, '1900') + time)).toBe(d);
    },
  );
});

describe('CalendarDate arithmetic', () => {
  test.prop([anyDate])('epoch days round-trip and keep the parts', (d) => {
    expect(fromEpochDay(toEpochDay(d))).toBe(d);
    const { year, month, day } = ymd(d);
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(d);
  });

  test.prop([anyDate, anyDate])('dates compare as their epoch days do', (a, b) => {
    expect(a < b).toBe(toEpochDay(a) < toEpochDay(b));
  });
});
