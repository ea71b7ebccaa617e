import { asCalendarDate as d } from '../../../../core/dates';
import { parseIntervals } from '../../../../core/rules/deadlines';

describe('parseIntervals — an interval of one day', () => {
  it('ends on the day it starts: accepted (an empty pause), not “结束日期早于开始日期”', () => {
    const r = parseIntervals('2025-03-10至2025-03-10');
    expect(r.errors).toEqual([]);
    expect(r.entries).toMatchObject([{ from: d('2025-03-10'), to: d('2025-03-10') }]);
  });
});
