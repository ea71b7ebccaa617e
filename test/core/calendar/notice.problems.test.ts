import { parseNotice, PublishedDay } from '../../../core/calendar';
import { noticeMessages as M } from '../../../core/calendar/notice/messages';

// What the first notice tests left open: the year's checks, conflicting and backwards lines, lines that are not
// items, the year after December, 星期 in the weekday message and the 农历 day numbers 十X, 二十, 廿X, 三十.
const TITLE = '国务院办公厅关于2026年部分节假日安排的通知';
const days = (text: string, options: Parameters<typeof parseNotice>[1] = {}): string[] => {
  const r = parseNotice(text, options);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return r.notice.days.map((d: PublishedDay) => `${d.date} ${d.off ? '放假' : '上班'} ${d.holiday ?? ''}`);
};
const problems = (text: string, options: Parameters<typeof parseNotice>[1] = {}) => {
  const r = parseNotice(text, options);
  return r.ok ? [] : r.problems;
};

describe('parseNotice — the year', () => {
  it('without a title or --year: one problem on line 1, its text trimmed', () => {
    expect(problems('  一、元旦：1月1日放假。 ')).toEqual([{ line: 1, text: '一、元旦：1月1日放假。', message: M.noYear }]);
  });
  it.each([1899, 2200])('%i is outside 1900–2199', (year) => {
    expect(problems(' 一、元旦：1月1日放假。', { year })).toEqual([
      { line: 1, text: '一、元旦：1月1日放假。', message: M.yearRange(year) },
    ]);
  });
  it.each([1900, 2199])('%i is inside', (year) => {
    expect(days('一、元旦：1月1日放假。', { year })).toEqual([`${year}-01-01 放假 元旦`]);
  });
  it('a title and --year of the same year agree', () => {
    expect(days(`${TITLE}\n一、元旦：1月1日放假。`, { year: 2026 })).toEqual(['2026-01-01 放假 元旦']);
  });
});

describe('parseNotice — lines that contradict themselves', () => {
  it('a day both off and at work', () => {
    expect(problems(`${TITLE}\n一、元旦：1月1日放假。1月1日上班。`)).toEqual([
      { line: 2, text: '一、元旦：1月1日放假。1月1日上班。', message: M.conflict('2026-01-01') },
    ]);
  });
  it('a day named twice as off is no conflict', () => {
    expect(days(`${TITLE}\n一、元旦：1月1日至2日放假。1月1日休息。`)).toEqual(['2026-01-01 放假 元旦', '2026-01-02 放假 元旦']);
  });
  it('a range of one day is that day', () => {
    expect(days(`${TITLE}\n一、元旦：1月1日至1月1日放假。`)).toEqual(['2026-01-01 放假 元旦']);
  });
  it('a range after ten other dates on the line (token numbers of two digits)', () => {
    const singles = Array.from({ length: 10 }, (_, i) => `1月${i + 1}日`).join('、');
    const read = days(`${TITLE}\n一、元旦：${singles}放假，1月20日至1月22日休息。`);
    expect(read).toHaveLength(13);
    expect(read).toContain('2026-01-21 放假 元旦');
  });
  it('a clause it cannot read after ten dates is quoted with its own date text (token numbers of two digits)', () => {
    const singles = Array.from({ length: 10 }, (_, i) => `1月${i + 1}日`).join('、');
    expect(problems(`${TITLE}\n一、元旦：${singles}放假，1月11日另行通知。`).map((p) => p.message)).toEqual([M.unread('1月11日另行通知')]);
  });
  it('a range that ends before it starts', () => {
    expect(problems(`${TITLE}\n一、元旦：1月3日至1月1日放假。`)).toEqual([
      { line: 2, text: '一、元旦：1月3日至1月1日放假。', message: M.rangeBackwards('2026-01-03', '2026-01-01') },
    ]);
  });
  it('no arrangement at all: one problem on line 1', () => {
    expect(problems(` ${TITLE} \n\n（全文待发布）`)).toEqual([{ line: 1, text: TITLE, message: M.noArrangement }]);
  });
});

describe('parseNotice — which lines are items, and their holiday', () => {
  it('an unnumbered line labelled with a holiday is an item of that holiday', () => {
    expect(days(`${TITLE}\n劳动节：5月1日放假。`)).toEqual(['2026-05-01 放假 劳动节']);
  });
  it('an unnumbered line without a label takes the holiday it names', () => {
    expect(days(`${TITLE}\n5月1日劳动节放假。`)).toEqual(['2026-05-01 放假 劳动节']);
  });
  it('an unnumbered line with another label that rests is read, under that label', () => {
    expect(days(`${TITLE}\n调整：5月1日放假。`)).toEqual(['2026-05-01 放假 调整']);
  });
  it('an unnumbered line without a label or a holiday name has no holiday', () => {
    expect(days(`${TITLE}\n5月1日放假。`)).toEqual(['2026-05-01 放假 ']);
  });
  it('an unnumbered line that neither rests nor works, and the preamble, are not items', () => {
    expect(days(`${TITLE}\n经国务院批准，现将5月1日放假安排通知如下。\n请于12月31日前报送。\n一、元旦：1月1日放假。`)).toEqual([
      '2026-01-01 放假 元旦',
    ]);
  });
  it('an item whose only sentence is advice (鼓励…) names no day and is left out of the items', () => {
    const r = parseNotice(`${TITLE}\n一、元旦：1月1日放假。\n二、春节：鼓励各单位2月16日安排职工休息。`);
    expect(r.ok && r.notice.items.map((i) => i.holiday)).toEqual(['元旦']);
  });
});

describe('parseNotice — dates', () => {
  it('12月31日至1月2日 without years ends in the next year', () => {
    expect(days('一、元旦：12月31日至1月2日放假。', { year: 2025 })).toEqual([
      '2025-12-31 放假 元旦',
      '2026-01-01 放假 元旦',
      '2026-01-02 放假 元旦',
    ]);
  });
  it('a wrong weekday written with 星期 is quoted with 星期', () => {
    expect(problems(`${TITLE}\n一、元旦：1月1日（星期五）放假。`)).toEqual([
      { line: 2, text: '一、元旦：1月1日（星期五）放假。', message: M.weekday('1月1日(星期五)', '星期五', '2026-01-01', '周四') },
    ]);
  });
  it.each([
    ['2月2日（农历腊月十五）', '2026-02-02'],
    ['2月7日（农历腊月二十）', '2026-02-07'],
    ['2月15日（农历腊月廿八）', '2026-02-15'],
    ['3月3日（农历正月十五）', '2026-03-03'],
    ['2月26日（农历正月初十）', '2026-02-26'],
  ])('农历 %s matches', (text, date) => {
    expect(days(`${TITLE}\n二、春节：${text}放假。`)).toEqual([`${date} 放假 春节`]);
  });
  it('农历腊月三十 where the month has 30 days (2023-01-21)', () => {
    expect(days('二、春节：1月21日（农历腊月三十）放假。', { year: 2023 })).toEqual(['2023-01-21 放假 春节']);
  });
  it.each([
    ['2月3日（农历腊月十五）', '农历腊月十五', '2026-02-03'],
    ['2月8日（农历腊月二十）', '农历腊月二十', '2026-02-08'],
    ['2月16日（农历腊月廿八）', '农历腊月廿八', '2026-02-16'],
  ])('农历 %s does not match', (text, written, date) => {
    expect(problems(`${TITLE}\n二、春节：${text}放假。`)[0].message).toBe(
      M.lunar(text.replace('（', '(').replace('）', ')'), written, date),
    );
  });
  it('农历正月初七 and 腊月三十 are checked too', () => {
    expect(problems(`${TITLE}\n二、春节：2月24日（农历正月初七）放假。`)[0].message).toBe(
      M.lunar('2月24日(农历正月初七)', '农历正月初七', '2026-02-24'),
    );
    expect(problems('二、春节：1月20日（农历腊月三十）放假。', { year: 2023 })[0].message).toBe(
      M.lunar('1月20日(农历腊月三十)', '农历腊月三十', '2023-01-20'),
    );
  });
  it.each([
    ['2月15日（农历除夕）', '农历除夕', '2026-02-15'],
    ['2月25日（农历正月十）', '农历正月十', '2026-02-25'],
    ['1月27日（农历腊月十）', '农历腊月十', '2026-01-27'],
  ])('农历 %s is checked (除夕, one-character days)', (text, written, date) => {
    expect(problems(`${TITLE}\n二、春节：${text}放假。`)[0].message).toBe(
      M.lunar(text.replace('（', '(').replace('）', ')'), written, date),
    );
  });
  it.each([
    ['2月16日（农历除夕）', '2026-02-16'],
    ['2月26日（农历正月十）', '2026-02-26'],
    ['1月28日（农历腊月十）', '2026-01-28'],
  ])('农历 %s matches', (text, date) => {
    expect(days(`${TITLE}\n二、春节：${text}放假。`)).toEqual([`${date} 放假 春节`]);
  });
  it.each(['腊月三十一', '腊月廿', '正月初', '腊月十二三', '腊月三初一'])('a 农历 day that does not exist (%s) is not checked', (lunar) => {
    expect(days(`${TITLE}\n二、春节：2月16日（农历${lunar}）放假。`)).toEqual(['2026-02-16 放假 春节']);
  });
});

describe('parseNotice — the text as pasted', () => {
  it('a byte-order mark before the title is dropped', () => {
    const r = parseNotice(`\uFEFF${TITLE}\n一、元旦：1月1日放假。`);
    expect(r.ok && r.notice.title).toBe(TITLE);
  });
  it('blanks inside a keyword are dropped (放 假)', () => {
    expect(days(`${TITLE}\n一、元旦：1月1日放 假。`)).toEqual(['2026-01-01 放假 元旦']);
  });
  it('a problem quotes its line without the blanks around it', () => {
    expect(problems(`${TITLE}\n  一、元旦：1月3日至1月1日放假。  `)).toEqual([
      { line: 2, text: '一、元旦：1月3日至1月1日放假。', message: M.rangeBackwards('2026-01-03', '2026-01-01') },
    ]);
  });
});

describe('parseNotice — lines that are read and lines that are not', () => {
  it('an unnumbered line labelled with a holiday is an item even when it says 原则 (which marks the preamble)', () => {
    expect(days(`${TITLE}\n劳动节：按原则5月1日放假。`)).toEqual(['2026-05-01 放假 劳动节']);
  });
  it('a date in the title is not an arrangement', () => {
    expect(days('国务院办公厅关于2026年5月1日放假安排的通知\n一、劳动节：5月2日放假。')).toEqual(['2026-05-02 放假 劳动节']);
  });
  it('a date at the end of an item line is read (only a line that is nothing but a date is the signature)', () => {
    expect(days(`${TITLE}\n一、元旦：放假日期为1月1日`)).toEqual(['2026-01-01 放假 元旦']);
  });
  it('a numbered item keeps a label that is no holiday name', () => {
    expect(days(`${TITLE}\n一、其他：1月2日放假。`)).toEqual(['2026-01-02 放假 其他']);
  });
});

describe('parseNotice — counts, order and the title', () => {
  it('a “共N天” that the single dates do not add up to', () => {
    expect(problems(`${TITLE}\n一、元旦：1月1日、1月2日放假，共3天。`)).toEqual([
      { line: 2, text: '一、元旦：1月1日、1月2日放假，共3天。', message: M.count(3, 2) },
    ]);
  });
  it('a two-digit “共N天”', () => {
    expect(problems(`${TITLE}\n一、元旦：1月1日至3日放假，共10天。`)[0].message).toBe(M.count(10, 3));
  });
  it('a sentence that only names workdays is not counted against its “共N天”', () => {
    expect(days(`${TITLE}\n一、元旦：1月1日放假。1月4日上班，共1天。`)).toEqual(['2026-01-01 放假 元旦', '2026-01-04 上班 元旦']);
  });
  it('an item with only a make-up workday is an item', () => {
    const r = parseNotice(`${TITLE}\n一、元旦：1月1日放假。\n二、春节：2月14日上班。`);
    expect(r.ok && r.notice.items.map((i) => [i.holiday, i.workdays])).toEqual([
      ['元旦', []],
      ['春节', ['2026-02-14']],
    ]);
  });
  it('the days come out in date order whatever the order of the items', () => {
    expect(
      days(`${TITLE}\n一、国庆节：10月2日、10月1日放假。\n二、元旦：1月2日放假。\n三、春节：2月14日上班。\n四、元旦：1月1日放假。`),
    ).toEqual(['2026-01-01 放假 元旦', '2026-01-02 放假 元旦', '2026-02-14 上班 春节', '2026-10-01 放假 国庆节', '2026-10-02 放假 国庆节']);
  });
  it('the title is given without the blanks around it, and is empty without one', () => {
    const titled = parseNotice(`  ${TITLE}  \n一、元旦：1月1日放假。`);
    expect(titled.ok && titled.notice.title).toBe(TITLE);
    const untitled = parseNotice('一、元旦：1月1日放假。', { year: 2026 });
    expect(untitled.ok && untitled.notice.title).toBe('');
  });
  it('a day without a month and nothing before it to take one from', () => {
    expect(problems(`${TITLE}\n一、元旦：1日放假。`)).toEqual([{ line: 2, text: '一、元旦：1日放假。', message: M.noMonth('1日') }]);
  });
  it('a clause it cannot read is quoted with its dates written back', () => {
    expect(problems(`${TITLE}\n一、元旦：1月1日（周四）另行通知。`)).toEqual([
      { line: 2, text: '一、元旦：1月1日（周四）另行通知。', message: M.unread('1月1日(周四)另行通知') },
    ]);
  });
});

describe('parseNotice — which year a date without one is in', () => {
  it('a day without a month keeps the year of the date before it', () => {
    expect(days('一、元旦：2022年12月30日至31日放假。', { year: 2023 })).toEqual(['2022-12-30 放假 元旦', '2022-12-31 放假 元旦']);
  });
  it('a new month starts from the notice’s year', () => {
    expect(days('一、元旦：2022年6月1日放假，12月1日放假。', { year: 2023 })).toEqual(['2022-06-01 放假 元旦', '2023-12-01 放假 元旦']);
  });
  it('only a date more than 180 days before the previous one moves to the next year', () => {
    expect(days(`${TITLE}\n一、元旦：7月1日放假，1月2日放假。`)).toEqual(['2026-01-02 放假 元旦', '2026-07-01 放假 元旦']);
    expect(days(`${TITLE}\n一、元旦：7月2日放假，1月2日放假。`)).toEqual(['2026-07-02 放假 元旦', '2027-01-02 放假 元旦']);
  });
  it('a date with its own year never moves', () => {
    expect(problems(`${TITLE}\n一、元旦：2027年1月2日至2026年12月31日放假。`)[0].message).toBe(
      M.rangeBackwards('2027-01-02', '2026-12-31'),
    );
    // Even more than 180 days before the date before it.
    expect(days(`${TITLE}\n一、元旦：2026年7月2日放假，2026年1月2日放假。`)).toEqual(['2026-01-02 放假 元旦', '2026-07-02 放假 元旦']);
  });
  it('a date that does not exist', () => {
    expect(problems(`${TITLE}\n一、元旦：2月30日放假。`)).toEqual([
      { line: 2, text: '一、元旦：2月30日放假。', message: M.badDate('2月30日') },
    ]);
  });
});

describe('parseNotice — more whole messages', () => {
  it('a title of another year than --year, quoted without its blanks', () => {
    expect(problems(`  ${TITLE}  \n一、元旦：1月1日放假。`, { year: 2027 })).toEqual([
      { line: 1, text: TITLE, message: M.yearMismatch(2026, 2027) },
    ]);
  });
  it('a wrong weekday written with 周 is quoted with 周', () => {
    expect(problems(`${TITLE}\n一、元旦：1月1日（周五）放假。`)[0].message).toBe(M.weekday('1月1日(周五)', '周五', '2026-01-01', '周四'));
  });
  it('the label is not read as the arrangement (一、春节补休：2月24日。 says neither 放假 nor 上班 after it)', () => {
    expect(problems(`${TITLE}\n一、春节补休：2月24日。`)).toEqual([
      { line: 2, text: '一、春节补休：2月24日。', message: M.unread('2月24日') },
    ]);
  });
});
