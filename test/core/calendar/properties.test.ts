import { fc, test } from '@fast-check/jest';
import { WorkCalendar } from '../../../core/calendar';
import { addDays, CalendarDate, fromEpochDay, toEpochDay } from '../../../core/dates';

// @fast-check/jest ends a property early when jest's timeout is near: room for all runs on a busy machine.
jest.setTimeout(120_000);

const epoch = (d: string) => toEpochDay(d as CalendarDate);
const dateBetween = (from: string, until: string) => fc.integer({ min: epoch(from), max: epoch(until) }).map(fromEpochDay);

// Dates around the published years, and far outside them where only the weekday rule and estimates apply
// (from 1002, so that 400 working days back stays within the years a CalendarDate holds).
const ledgerDate = fc.oneof(
  dateBetween('2015-01-01', '2030-12-31'),
  dateBetween('1900-01-01', '2199-12-31'),
  dateBetween('1002-01-01', '9800-12-31'),
);
const workdays = fc.integer({ min: 0, max: 400 });

// An office's own days off and extra working days, near the dates above.
const overrides = fc.record({
  offDays: fc.array(dateBetween('2024-01-01', '2027-12-31'), { maxLength: 20 }),
  workdays: fc.array(dateBetween('2024-01-01', '2027-12-31'), { maxLength: 20 }),
});

// Built in beforeAll, not while the file is collected: a broken calendar then fails these tests instead of the file.
let standard: WorkCalendar;
beforeAll(() => {
  standard = WorkCalendar.standard();
});

describe('WorkCalendar.addWorkdays and countWorkdays', () => {
  test.prop([ledgerDate, workdays])('counting the working days up to addWorkdays(d, n) gives n back', (d, n) => {
    expect(standard.countWorkdays(d, standard.addWorkdays(d, n).date).count).toBe(n);
  });

  test.prop([ledgerDate, workdays])('backwards, the n working days before d are the days in [addWorkdays(d, -n), d)', (d, n) => {
    const start = standard.addWorkdays(d, -n).date;
    expect(standard.countWorkdays(addDays(start, -1), addDays(d, -1)).count).toBe(n);
  });

  test.prop([ledgerDate, fc.integer({ min: -400, max: 400 })])('addWorkdays is strictly increasing in n', (d, n) => {
    expect(standard.addWorkdays(d, n).date < standard.addWorkdays(d, n + 1).date).toBe(true);
  });

  test.prop([ledgerDate, fc.integer({ min: 1, max: 400 })])('the n-th working day after d is a working day', (d, n) => {
    expect(standard.isWorkday(standard.addWorkdays(d, n).date)).toBe(true);
  });

  // Building a calendar costs a few milliseconds: fewer runs for random overrides.
  test.prop([overrides, dateBetween('2023-06-01', '2028-06-30'), workdays], { numRuns: 25 })(
    'both hold for any office overrides',
    (o, d, n) => {
      const calendar = WorkCalendar.standard(o);
      expect(calendar.countWorkdays(d, calendar.addWorkdays(d, n).date).count).toBe(n);
      expect(calendar.addWorkdays(d, n).date < calendar.addWorkdays(d, n + 1).date).toBe(true);
    },
  );
});
