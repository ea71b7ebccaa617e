import { parseIntervals } from '../../../../core/rules/deadlines';

describe('parseIntervals — the 征求意见记录 cell', () => {
  it('reads several intervals separated by full- or half-width semicolons', () => {
    const r = parseIntervals('2025-03-10至2025-03-20；2025-04-01至2025-04-08;2025-05-06..2025-05-09');
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.from, e.to, e.party])).toEqual([
      ['2025-03-10', '2025-03-20', 'thirdParty'],
      ['2025-04-01', '2025-04-08', 'thirdParty'],
      ['2025-05-06', '2025-05-09', 'thirdParty'],
    ]);
  });
  it('reads the dates in the forms ledgers write them, and who was asked', () => {
    const r = parseIntervals('第三方：2025年3月10日至2025年3月20日\n其他机关:2025/4/1～2025/4/8');
    expect(r.entries.map((e) => [e.from, e.to, e.party])).toEqual([
      ['2025-03-10', '2025-03-20', 'thirdParty'],
      ['2025-04-01', '2025-04-08', 'agency'],
    ]);
  });
  it('keeps an interval without an end as open (no answer yet)', () => {
    expect(parseIntervals('2025-03-10至').entries).toEqual([{ from: '2025-03-10', party: 'thirdParty', text: '2025-03-10至' }]);
    expect(parseIntervals('2025-03-10至未答复').entries[0].to).toBeUndefined();
  });
  it('names each entry it cannot read and keeps the others', () => {
    const r = parseIntervals('2025-03-10至2025-03-20；2025-04-31至2025-05-02；2025-05-10至2025-05-01');
    expect(r.entries).toHaveLength(1);
    expect(r.errors.map((e) => e.text)).toEqual(['2025-04-31至2025-05-02', '2025-05-10至2025-05-01']);
    expect(r.errors[1].reason).toBe('结束日期早于开始日期');
  });
});
