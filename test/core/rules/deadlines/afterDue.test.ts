import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { replyDeadline, type ReplyDeadlineInput } from '../../../../core/rules/deadlines';

// A stop or an extension that begins after the clock ran out counts for nothing, and its finding goes on the
// column of what it was: 收费 on the fee, a consultation on the consultation, any other pause on the pause.
const calendar = WorkCalendar.standard();
const run = (input: ReplyDeadlineInput) => replyDeadline(input, calendar);
const plain = d('2025-03-03'); // a Monday; 20 working days → 2025-03-31
const afterDue = d('2025-04-02');
const subjects = (input: ReplyDeadlineInput) =>
  run(input)
    .problems.filter((p) => p.code === 'deadline.pause.afterDue')
    .map((p) => [p.severity, p.subject]);

describe('replyDeadline — a stop that begins after the due date', () => {
  it.each([
    ['a pause of no kind', { pauses: [{ from: afterDue, to: d('2025-04-10') }] }, 'pause'],
    ['a pause of kind other', { pauses: [{ from: afterDue, to: d('2025-04-10'), kind: 'other' as const }] }, 'pause'],
    ['a pause of kind fee', { pauses: [{ from: afterDue, to: d('2025-04-10'), kind: 'fee' as const }] }, 'fee'],
    ['a fee notice', { fee: { notice: afterDue, paid: d('2025-04-10') } }, 'fee'],
    ['a third-party consultation', { consultations: [{ from: afterDue, replied: d('2025-04-10') }] }, 'consultation'],
    ['an agency consultation', { consultations: [{ from: afterDue, replied: d('2025-04-10'), party: 'agency' as const }] }, 'consultation'],
  ])('%s: a warning on its own column, nothing paused', (_, extra, subject) => {
    const input: ReplyDeadlineInput = { received: plain, ...extra };
    expect(subjects(input)).toEqual([['warning', subject]]);
    expect(run(input).paused).toBe(0);
    expect(run(input).due).toBe('2025-03-31');
  });
});

describe('replyDeadline — an extension told on its boundary days', () => {
  it('told on the due date itself: counts', () => {
    const r = run({ received: plain, extension: 20, extensionNotice: d('2025-03-31') });
    expect(r.problems).toEqual([]);
    expect(r.extension).toBe(20);
    expect(r.due).toBe('2025-04-28'); // 2025-04-04 清明 off, 2025-04-27 a make-up workday
  });

  it('told the day after: an extension error, nothing extended', () => {
    const r = run({ received: plain, extension: 20, extensionNotice: d('2025-04-01') });
    expect(r.problems.map((p) => [p.severity, p.subject, p.code])).toEqual([['error', 'extension', 'deadline.extension.late']]);
    expect(r.extension).toBe(0);
    expect(r.due).toBe('2025-03-31');
  });
});
