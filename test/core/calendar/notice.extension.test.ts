import { parseNotice, PublishedDay } from '../../../core/calendar';
import { noticeMessages as M } from '../../../core/calendar/notice/messages';

// 延长…假期至 X: the extension starts after the last known day off of the same holiday, at most 30 days before X.
const TITLE = '国务院办公厅关于延长2026年春节假期的通知';
const off = (date: string, holiday: string): PublishedDay => ({ date, off: true, holiday });
const spring = [
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-02-23',
];
const known = spring.map((d) => off(d, '春节'));
const extended = (to: string, knownDays: readonly PublishedDay[], title = TITLE) => {
  const r = parseNotice(`${title}\n一、2026年春节假期延长至${to}。`, { known: knownDays });
  return r.ok ? r.notice.days.map((d) => d.date) : r.problems.map((p) => p.message);
};

describe('parseNotice — extending a holiday', () => {
  it('starts the day after the holiday’s last known day off', () => {
    expect(extended('2月25日', known)).toEqual(['2026-02-24', '2026-02-25']);
  });
  it('a known day off on the end date itself is not the start', () => {
    expect(extended('2月25日', [...known, off('2026-02-25', '春节')])).toEqual(['2026-02-24', '2026-02-25']);
  });
  it('a day off of another holiday in between is not the start', () => {
    expect(extended('2月25日', [...known, off('2026-02-24', '元宵节')])).toEqual(['2026-02-24', '2026-02-25']);
  });
  it('a holiday named together with another counts as the same holiday (both ways)', () => {
    expect(
      extended(
        '2月25日',
        spring.map((d) => off(d, '春节、元宵节')),
      ),
    ).toEqual(['2026-02-24', '2026-02-25']);
    const national = ['2026-10-05', '2026-10-06', '2026-10-07'].map((d) => off(d, '国庆节'));
    const r = parseNotice(`${TITLE}\n一、国庆节、中秋节：假期延长至10月9日。`, { known: national });
    expect(r.ok && r.notice.days.map((d) => d.date)).toEqual(['2026-10-08', '2026-10-09']);
  });
  it('a make-up workday is not a day off to start from', () => {
    expect(extended('2月25日', [...known, { date: '2026-02-24', off: false, holiday: '春节' }])).toEqual(['2026-02-24', '2026-02-25']);
  });
  it('reaches back 30 days, not 31', () => {
    expect(extended('3月25日', known)).toHaveLength(30);
    expect(extended('3月26日', known)).toEqual([M.extensionStart('春节', '2026-03-26')]);
  });
});

describe('parseNotice — the latest known day off, whatever the order it was given in', () => {
  it('known days listed out of order', () => {
    const shuffled = [known[8], ...known.slice(0, 8)];
    expect(extended('2月25日', shuffled)).toEqual(['2026-02-24', '2026-02-25']);
  });
});
