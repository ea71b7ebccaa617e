import { CalendarDate, asCalendarDate as d } from '../../../../core/dates';
import { mergeGroups, mergePauses } from '../../../../core/rules/deadlines/pauses';

// mergeGroups orders the pauses (by start, then by end) before merging: the order shows in the members and the reasons.
const p = (from: string, to: string, reason?: string) => ({ from: d(from), to: d(to), ...(reason ? { reason } : {}) });
const shape = (groups: { from: CalendarDate; to: CalendarDate; reason?: string; members: { reason?: string }[] }[]) =>
  groups.map((g) => ({ from: g.from, to: g.to, reason: g.reason, members: g.members.map((m) => m.reason) }));

describe('mergeGroups', () => {
  it('sorts by start: a later-starting pause given first comes second', () => {
    expect(shape(mergeGroups([p('2025-03-03', '2025-03-08', 'B'), p('2025-03-01', '2025-03-05', 'A')]))).toEqual([
      { from: '2025-03-01', to: '2025-03-08', reason: 'A、B', members: ['A', 'B'] },
    ]);
  });
  it('with the same start, sorts by end', () => {
    expect(shape(mergeGroups([p('2025-03-01', '2025-03-08', 'B'), p('2025-03-01', '2025-03-05', 'A')]))).toEqual([
      { from: '2025-03-01', to: '2025-03-08', reason: 'A、B', members: ['A', 'B'] },
    ]);
    expect(shape(mergeGroups([p('2025-03-01', '2025-03-05', 'A'), p('2025-03-01', '2025-03-08', 'B')]))).toEqual([
      { from: '2025-03-01', to: '2025-03-08', reason: 'A、B', members: ['A', 'B'] },
    ]);
  });
  it('keeps the given order of identical intervals', () => {
    expect(shape(mergeGroups([p('2025-03-01', '2025-03-05', 'X'), p('2025-03-01', '2025-03-05', 'Y')]))).toEqual([
      { from: '2025-03-01', to: '2025-03-05', reason: 'X、Y', members: ['X', 'Y'] },
    ]);
  });
  it('separate pauses given in reverse come out in date order, each with its own members', () => {
    expect(shape(mergeGroups([p('2025-04-01', '2025-04-03', 'C'), p('2025-03-01', '2025-03-05')]))).toEqual([
      { from: '2025-03-01', to: '2025-03-05', reason: undefined, members: [undefined] },
      { from: '2025-04-01', to: '2025-04-03', reason: 'C', members: ['C'] },
    ]);
  });
  it('a pause inside another keeps the outer end', () => {
    expect(shape(mergeGroups([p('2025-03-01', '2025-03-10', 'A'), p('2025-03-02', '2025-03-05', 'A')]))).toEqual([
      { from: '2025-03-01', to: '2025-03-10', reason: 'A', members: ['A', 'A'] },
    ]);
  });
  it('a pause starting the day after another ends is separate', () => {
    expect(mergeGroups([p('2025-03-01', '2025-03-05'), p('2025-03-06', '2025-03-08')])).toHaveLength(2);
  });
});

describe('mergePauses', () => {
  it('a pause without a reason comes out without a reason key', () => {
    expect(Object.keys(mergePauses([p('2025-03-01', '2025-03-05')])[0])).toEqual(['from', 'to']);
  });
});

describe('mergeGroups — start order when a later start ends sooner', () => {
  it.each([
    [p('2025-03-03', '2025-03-05', 'Y'), p('2025-03-01', '2025-03-10', 'X')],
    [p('2025-03-01', '2025-03-10', 'X'), p('2025-03-03', '2025-03-05', 'Y')],
  ])('%o, %o', (first, second) => {
    expect(shape(mergeGroups([first, second]))).toEqual([{ from: '2025-03-01', to: '2025-03-10', reason: 'X、Y', members: ['X', 'Y'] }]);
  });
  it('a pause without a reason adds none to the merged reason', () => {
    expect(shape(mergeGroups([p('2025-03-01', '2025-03-05', 'X'), p('2025-03-03', '2025-03-08')]))[0].reason).toBe('X');
  });
});
