import { WorkCalendar } from '../../../../core/calendar';
import { asCalendarDate as d } from '../../../../core/dates';
import { replyDeadline } from '../../../../core/rules/deadlines';

// Two paths the mutation run found untested: a reply long after a 补正 that never came, and several open consultations.
const calendar = WorkCalendar.standard();

describe('replyDeadline — a 补正 asked for and never received', () => {
  it('a reply after the due date is 按期办结: the clock never restarted', () => {
    const r = replyDeadline({ received: d('2025-03-03'), correctionNotice: d('2025-03-05'), replied: d('2025-06-30') }, calendar);
    expect(r.status).toBe('按期办结');
    expect(r.steps.at(-1)).toBe('2025-06-30 办结：申请人未补正，答复期限未重新起算，不计逾期（条例第三十条）');
  });
});

describe('replyDeadline — several consultations open on the day', () => {
  it('names the one whose window ends last', () => {
    const r = replyDeadline(
      {
        received: d('2025-03-03'),
        consultations: [{ from: d('2025-03-05') }, { from: d('2025-04-20'), party: 'agency' }, { from: d('2025-03-20') }],
        today: d('2025-03-12'),
      },
      calendar,
    );
    expect(r.status).toBe('征求意见中');
    expect(r.due).toBe('2025-05-30');
    expect(r.steps.at(-1)).toBe('征求意见中，对方答复期限 2025-05-13（条例第三十四条、条例第三十三条第三款）');
  });
});
