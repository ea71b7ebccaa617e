import { fc, test } from '@fast-check/jest';
import { WorkCalendar } from '../../../../core/calendar';
import { CalendarDate, fromEpochDay, toEpochDay } from '../../../../core/dates';
import { Pause, replyDeadline } from '../../../../core/rules/deadlines';

const epoch = (d: string) => toEpochDay(d as CalendarDate);
const dateBetween = (from: string, until: string) => fc.integer({ min: epoch(from), max: epoch(until) }).map(fromEpochDay);
const calendar = WorkCalendar.standard();

// Receipts across both regulations and the published years; pauses of up to ~3 months near them.
const received = dateBetween('2018-01-01', '2026-10-31');
const pauseAfter = (start: CalendarDate) =>
  fc.record({ offset: fc.integer({ min: -10, max: 60 }), length: fc.integer({ min: 0, max: 90 }) }).map(({ offset, length }): Pause => {
    const from = fromEpochDay(toEpochDay(start) + offset);
    return { from, to: fromEpochDay(toEpochDay(from) + length) };
  });
const scenario = received.chain((r) =>
  fc.record({
    received: fc.constant(r),
    pauses: fc.array(pauseAfter(r), { maxLength: 4 }),
    extra: pauseAfter(r),
    extension: fc.integer({ min: 0, max: 25 }),
  }),
);

describe('replyDeadline — properties', () => {
  test.prop([scenario])('adding a pause never makes the due date earlier', ({ received: r, pauses, extra, extension }) => {
    const without = replyDeadline({ received: r, pauses, extension }, calendar);
    const withPause = replyDeadline({ received: r, pauses: [...pauses, extra], extension }, calendar);
    expect(withPause.due >= without.due).toBe(true);
  });

  test.prop([scenario])(
    'the due date is never earlier than the plain period, nor later than every pause and the longest extension allow',
    ({ received: r, pauses, extension }) => {
      const plain = replyDeadline({ received: r }, calendar);
      const res = replyDeadline({ received: r, pauses, extension }, calendar);
      expect(res.due >= plain.due).toBe(true);
      const days = r < '2019-05-15' ? 15 : 20;
      const merged = pauses.reduce((n, p) => n + calendar.countWorkdays(p.from, p.to).count, 0);
      expect(res.due <= calendar.addWorkdays(r, days + days + merged).date).toBe(true);
    },
  );

  test.prop([dateBetween('2026-11-01', '2029-12-31'), fc.integer({ min: 0, max: 20 })])(
    'no due date in a year without a notice falls on a statutory or estimated holiday, and it is uncertain',
    (r, extension) => {
      const res = replyDeadline({ received: r, extension }, calendar);
      if (res.due >= '2027-01-01') {
        expect(['statutory', 'estimated']).not.toContain(calendar.dayKind(res.due));
        expect(res.uncertain).toBe(true);
      }
    },
  );
});
