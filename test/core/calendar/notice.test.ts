import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseNotice, PublishedDay } from '../../../core/calendar';

const NOTICES = path.join(__dirname, '../../fixtures/notices');
const read = (file: string) => fs.readFileSync(path.join(NOTICES, file), 'utf8');
/** Second notices of a year that holiday-cn also lists (the 2019 劳动节 change, the 2020 春节 extension). */
const LATER: Record<number, string> = { 2019: '2019-labour-day.txt', 2020: '2020-spring-extension.txt' };

function reference(year: number): string[] {
  const file = path.join(__dirname, 'fixtures/holiday-cn', `holiday-cn_${year}.json`);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { days: { date: string; isOffDay: boolean }[] };
  return data.days.map((d) => `${d.date} ${d.isOffDay ? '放假' : '上班'}`).sort();
}

function parsed(text: string, options: Parameters<typeof parseNotice>[1] = {}) {
  const r = parseNotice(text, options);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return r.notice;
}

const shown = (days: readonly PublishedDay[]) => days.map((d) => `${d.date} ${d.off ? '放假' : '上班'}`).sort();

describe('parseNotice — the published notices 2019–2026 give exactly the days of holiday-cn', () => {
  for (let year = 2019; year <= 2026; year++) {
    it(`reads the ${year} notice${LATER[year] ? ' and its later notice' : ''}`, () => {
      const first = parsed(read(`${year}.txt`));
      expect(first.year).toBe(year);
      expect(first.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
      const days = new Map(first.days.map((d) => [d.date, d]));
      if (LATER[year]) for (const d of parsed(read(LATER[year]), { known: first.days }).days) days.set(d.date, d);
      expect(shown([...days.values()])).toEqual(reference(year));
    });
  }

  it('names the holiday of each item and keeps the items for a preview', () => {
    const n = parsed(read('2026.txt'));
    expect(n.items.map((i) => i.holiday)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(n.items[1]).toMatchObject({
      line: 9,
      offDays: expect.arrayContaining(['2026-02-15', '2026-02-23']),
      workdays: ['2026-02-14', '2026-02-28'],
    });
  });

  it('takes the holiday from the title when an item has no label (调整2019年劳动节假期)', () => {
    expect(parsed(read('2019-labour-day.txt')).days.every((d) => d.holiday === '劳动节')).toBe(true);
  });
});

describe('parseNotice — the forms a pasted notice takes', () => {
  it('reads half-width punctuation, 星期 for 周 and spaces as the full-width text', () => {
    const full = read('2025.txt');
    const half = full.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ': ').replace(/，/g, ',').replace(/周/g, '星期');
    expect(shown(parsed(half).days)).toEqual(shown(parsed(full).days));
  });
  it('reads a copy in traditional characters (港澳台 sites) as the simplified text', () => {
    const simplified = read('2023.txt');
    const traditional = simplified
      .replace(/国务院办公厅/g, '國務院辦公廳')
      .replace(/节/g, '節')
      .replace(/劳动/g, '勞動')
      .replace(/国庆/g, '國慶')
      .replace(/调休/g, '調休')
      .replace(/关于/g, '關於');
    expect(traditional).not.toEqual(simplified);
    const n = parsed(traditional);
    expect(n.year).toBe(2023);
    expect(shown(n.days)).toEqual(shown(parsed(simplified).days));
  });
  it('reads a range across months and one across years', () => {
    expect(shown(parsed('五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。', { year: 2025 }).days)).toEqual([
      '2025-05-31 放假',
      '2025-06-01 放假',
      '2025-06-02 放假',
    ]);
    expect(shown(parsed('一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。', { year: 2023 }).days)).toEqual([
      '2022-12-31 放假',
      '2023-01-01 放假',
      '2023-01-02 放假',
    ]);
  });
  it('reads 补休 as a day off (older notices: 4月5日放假，4月7日（星期一）补休)', () => {
    expect(shown(parsed('三、清明节：4月5日放假，4月7日（星期一）补休。', { year: 2014 }).days)).toEqual([
      '2014-04-05 放假',
      '2014-04-07 放假',
    ]);
  });
  it('ignores the advice to rest on 除夕 (鼓励…休息) and the signature date', () => {
    const n = parsed(read('2024.txt'));
    expect(n.days.some((d) => d.date === '2024-02-09')).toBe(false);
    expect(n.days.some((d) => d.date === '2023-10-25')).toBe(false);
  });
  it('takes the year from --year when the text has no title, and refuses a title of another year', () => {
    const body = read('2026.txt').split('\n').slice(2).join('\n');
    expect(parseNotice(body).ok).toBe(false);
    expect(parsed(body, { year: 2026 }).days[0]).toEqual({ date: '2026-01-01', off: true, holiday: '元旦' });
    const r = parseNotice(read('2026.txt'), { year: 2027 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('2026') });
  });
});

describe('parseNotice — a line it cannot read is an error naming the line, never a partial calendar', () => {
  const withLine = (n: number, text: string) => {
    const lines = read('2026.txt').split('\n');
    lines[n - 1] = text;
    return parseNotice(lines.join('\n'));
  };
  it('refuses an item whose dates have no 放假 or 上班', () => {
    const r = withLine(13, '四、劳动节：5月1日（周五）至5日（周二）另行通知。');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ line: 13, text: '四、劳动节：5月1日（周五）至5日（周二）另行通知。' });
      expect(r.problems[0].message).toContain('看不懂');
    }
  });
  it('refuses a weekday that does not match the date (a wrong year)', () => {
    const r = withLine(7, '一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。1月4日（周一）上班。');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 7, message: expect.stringContaining('2026-01-01 是周四') });
  });
  it('refuses a 农历 remark that does not match the date', () => {
    const r = withLine(
      9,
      '二、春节：2月15日（农历腊月二十七、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 9, message: expect.stringContaining('不是农历腊月二十七') });
  });
  it('refuses a “共N天” that the dates do not add up to', () => {
    const r = withLine(15, '五、端午节：6月19日（周五）至21日（周日）放假，共4天。');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 15, message: expect.stringContaining('共4天') });
  });
  it('refuses an extension when the holiday it extends is not known', () => {
    const r = parseNotice(read('2020-spring-extension.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toContain('请先导入原放假安排通知');
  });
  it('refuses a text with no arrangement at all', () => {
    const r = parseNotice('国务院办公厅关于2027年部分节假日安排的通知\n\n（全文待发布）');
    expect(r.ok).toBe(false);
  });
});
