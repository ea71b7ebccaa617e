import { asCalendarDate as d } from '../../../../core/dates';
import { parseIntervals } from '../../../../core/rules/deadlines';

describe('parseIntervals — an interval of one day', () => {
  it('ends on the day it starts: accepted (an empty pause), not “结束日期早于开始日期”', () => {
    const r = parseIntervals('2025-03-10至2025-03-10');
    expect(r.errors).toEqual([]);
    expect(r.entries).toMatchObject([{ from: d('2025-03-10'), to: d('2025-03-10') }]);
  });
});

describe('parseIntervals — separators and prefixes as ledgers type them', () => {
  it.each(['2025-03-01——2025-03-05', '2025-03-01—2025-03-05', '2025-03-01 - 2025-03-05'])('reads %s as one range', (text) => {
    expect(parseIntervals(text)).toEqual({
      entries: [{ from: d('2025-03-01'), to: d('2025-03-05'), party: 'thirdParty', text }],
      errors: [],
    });
  });

  it('takes who was asked from a prefix with a blank instead of a colon', () => {
    expect(parseIntervals('其他机关 2025-04-01至2025-04-08').entries).toEqual([
      { from: d('2025-04-01'), to: d('2025-04-08'), party: 'agency', text: '其他机关 2025-04-01至2025-04-08' },
    ]);
  });

  it('reads a party only at the start of an entry: elsewhere it is part of a date that cannot be read', () => {
    expect(parseIntervals('2025-03-10至2025-03-20（机关）').errors).toEqual([
      { text: '2025-03-10至2025-03-20（机关）', reason: expect.stringMatching(/^结束日期无法识别/) },
    ]);
  });
});
