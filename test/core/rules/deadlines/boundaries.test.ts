import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { replyDeadline, type ReplyDeadlineInput } from '../../../../core/rules/deadlines';

// The reply clock on the exact boundary days of a consultation's window and a fee's payment window.
const calendar = WorkCalendar.standard();
const run = (input: ReplyDeadlineInput) => replyDeadline(input, calendar);
const plain = d('2025-03-03'); // a Monday; 20 working days → 2025-03-31
const sent = d('2025-03-10'); // a Monday; 5 working days → 2025-03-17

describe('replyDeadline — a consultation on its boundary days', () => {
  it('answered the day it was sent: no problem, nothing paused', () => {
    const r = run({ received: plain, consultWindow: 5, consultations: [{ from: sent, replied: sent }] });
    expect(r.problems).toEqual([]);
    expect(r.paused).toBe(0);
    expect(r.due).toBe('2025-03-31');
  });

  it('answered on the last day of its window: on time, all five days paused', () => {
    const r = run({ received: plain, consultWindow: 5, consultations: [{ from: sent, replied: d('2025-03-17') }] });
    expect(r.problems).toEqual([]);
    expect(r.paused).toBe(5);
    expect(r.due).toBe('2025-04-08');
  });

  it.each([
    [undefined, 'deadline.thirdPartyReply.late'],
    ['agency' as const, 'deadline.agencyReply.late'],
  ])('answered a day after its window (party %p): %s, the pause capped at the window', (party, code) => {
    const r = run({ received: plain, consultWindow: 5, consultations: [{ from: sent, replied: d('2025-03-18'), party }] });
    expect(r.problems.map((p) => [p.severity, p.subject, p.code])).toEqual([['info', 'consultation', code]]);
    expect(r.paused).toBe(5);
    expect(r.due).toBe('2025-04-08');
  });
});

describe('replyDeadline — a fee paid on its boundary days', () => {
  const notice = d('2025-03-10');
  const lastDay = calendar.addWorkdays(notice, 20).date; // 20 working days to pay

  it('paid on the last day of the window: paid, the stop ends that day', () => {
    const r = run({ received: plain, fee: { notice, paid: lastDay } });
    expect(r.paused).toBe(20);
    expect(r.steps.some((s) => s.includes('至缴费 ') && !s.includes('缴费期限届满'))).toBe(true);
  });

  it('paid a day after the window: the stop ends with the window, told as the window running out', () => {
    const late = calendar.addWorkdays(lastDay, 1).date;
    const r = run({ received: plain, fee: { notice, paid: late } });
    expect(r.paused).toBe(20);
    expect(r.steps.some((s) => s.includes('缴费期限届满'))).toBe(true);
  });

  it('paid the day of the notice: nothing paused, no problem', () => {
    const r = run({ received: plain, fee: { notice, paid: notice } });
    expect(r.problems).toEqual([]);
    expect(r.paused).toBe(0);
    expect(r.due).toBe('2025-03-31');
  });
});
