import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { replyDeadline, type ReplyDeadlineInput } from '../../../../core/rules/deadlines';

// Each problem of the reply clock names its subject and code exactly (a ledger puts its finding on that column),
// and each comparison sits on the right side of its boundary day.
const calendar = WorkCalendar.standard();
const run = (input: ReplyDeadlineInput) => replyDeadline(input, calendar);
const plain = d('2025-03-03'); // a Monday; 20 working days → 2025-03-31
const codes = (input: ReplyDeadlineInput) => run(input).problems.map((p) => [p.severity, p.subject, p.code]);

describe('replyDeadline — problems name their subject and code', () => {
  it.each([0, -5, 2.5])('refuses %p reply days as a days warning and uses 20', (days) => {
    const r = run({ received: plain, days });
    expect(codes({ received: plain, days })).toEqual([['warning', 'days', 'deadline.days.invalid']]);
    expect(r.due).toBe('2025-03-31');
  });

  it('a correction received before the application is a correction warning, and the clock keeps its start', () => {
    const r = run({ received: plain, correctionReceived: d('2025-03-01') });
    expect(codes({ received: plain, correctionReceived: d('2025-03-01') })).toEqual([
      ['warning', 'correction', 'deadline.correction.beforeReceived'],
    ]);
    expect(r.start).toBe(plain);
    expect(r.due).toBe('2025-03-31');
  });

  it('a correction received on the day of the application restarts the clock from that day (no problem)', () => {
    const r = run({ received: plain, correctionReceived: plain });
    expect(r.problems).toEqual([]);
    expect(r.start).toBe(plain);
    expect(r.due).toBe('2025-03-31');
  });

  it('a pause that ends before it starts is a pause warning; one that ends the day it starts is no problem', () => {
    expect(codes({ received: plain, pauses: [{ from: d('2025-03-12'), to: d('2025-03-11') }] })).toEqual([
      ['warning', 'pause', 'deadline.pause.invalid'],
    ]);
    const sameDay = run({ received: plain, pauses: [{ from: d('2025-03-12'), to: d('2025-03-12') }] });
    expect(sameDay.problems).toEqual([]);
    expect(sameDay.paused).toBe(0);
    const oneDay = run({ received: plain, pauses: [{ from: d('2025-03-12'), to: d('2025-03-13') }] });
    expect(oneDay.paused).toBe(1);
    expect(oneDay.due).toBe('2025-04-01');
  });

  it.each([-1, 1.5])('refuses an extension of %p days as an extensionDays warning, with no extension counted', (extension) => {
    const r = run({ received: plain, extension, extensionNotice: d('2025-03-20') });
    expect(r.problems.map((p) => [p.severity, p.subject, p.code])).toEqual([['warning', 'extensionDays', 'deadline.extension.invalid']]);
    expect(r.extension).toBe(0);
    expect(r.due).toBe('2025-03-31');
  });
});

describe('replyDeadline — 延迟答复 on its boundary days', () => {
  it('told after the due date: a delay warning, the due date stays', () => {
    const input = { received: plain, delay: { to: d('2025-04-15'), notified: d('2025-04-01') } };
    expect(codes(input)).toEqual([['warning', 'delay', 'deadline.delay.late']]);
    expect(run(input).due).toBe('2025-03-31');
  });

  it('told on the due date itself: in time, the later date becomes the due date', () => {
    const r = run({ received: plain, delay: { to: d('2025-04-15'), notified: d('2025-03-31') } });
    expect(r.problems).toEqual([]);
    expect(r.due).toBe('2025-04-15');
  });

  it('a delay to the due date itself is no delay: a notLater warning', () => {
    const input = { received: plain, delay: { to: d('2025-03-31'), notified: d('2025-03-20') } };
    expect(codes(input)).toEqual([['warning', 'delay', 'deadline.delay.notLater']]);
    expect(run(input).due).toBe('2025-03-31');
  });

  it('a delay to one day after the due date is a delay', () => {
    const r = run({ received: plain, delay: { to: d('2025-04-01'), notified: d('2025-03-20') } });
    expect(r.problems).toEqual([]);
    expect(r.due).toBe('2025-04-01');
  });
});
