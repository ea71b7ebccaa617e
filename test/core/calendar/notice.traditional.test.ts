/**
 * A notice copied from a site in traditional characters (港澳台 copies) reads as the simplified one: every word the
 * reader looks for — the title's 节假日, the holidays' names, 补休, 延长, 鼓励, the preamble's 批准/根据/原则, 周 and
 * 农历/农历 (曆 or 歷) with 腊月 — is converted first.
 */
import { parseNotice } from '../../../core/calendar';
import { noticeMessages as M } from '../../../core/calendar/notice/messages';

const SIMPLIFIED = `国务院办公厅关于2026年部分节假日安排的通知
一、劳动节：5月1日（周五）至5日放假调休，共5天。4月26日（周日）、5月9日（周六）上班。
二、国庆节：10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班。10月8日补休。鼓励各单位10月9日安排休息。
经国务院批准，6月1日放假。
根据有关规定，6月2日放假。
按照原则，6月3日放假。
三、春节：2月16日（农历腊月廿九）至22日放假。延长春节假期至2月23日。`;

const TRADITIONAL = `國務院辦公廳關於2026年部分節假日安排的通知
一、勞動節：5月1日（週五）至5日放假調休，共5天。4月26日（週日）、5月9日（週六）上班。
二、國慶節：10月1日至7日放假調休，共7天。9月20日（週日）、10月10日（週六）上班。10月8日補休。鼓勵各單位10月9日安排休息。
經國務院批準，6月1日放假。
根據有關規定，6月2日放假。
按照原則，6月3日放假。
三、春節：2月16日（農曆臘月廿九）至22日放假。延長春節假期至2月23日。`;

const read = (text: string) => {
  const r = parseNotice(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.notice;
};

describe('parseNotice — a notice in traditional characters', () => {
  it('gives the same days and items as the simplified text, and keeps its own title', () => {
    const simplified = read(SIMPLIFIED);
    const traditional = read(TRADITIONAL);
    expect(traditional.days).toEqual(simplified.days);
    expect(traditional.items).toEqual(simplified.items);
    expect(traditional.title).toBe('國務院辦公廳關於2026年部分節假日安排的通知');
    // What the simplified text says, so that "the same" is not "the same nothing".
    const days = simplified.days.map((d) => `${d.date}${d.off ? '休' : '班'}${d.holiday}`);
    expect(days).toEqual(expect.arrayContaining(['2026-05-09班劳动节', '2026-10-08休国庆节', '2026-02-23休春节']));
    expect(days.filter((d) => /^2026-06-0[123]/.test(d))).toEqual([]);
    expect(days.some((d) => d.startsWith('2026-10-09'))).toBe(false);
    expect(days).toHaveLength(25);
  });

  it('checks a weekday written with 週 and a 農曆 or 農歷 day with 臘月', () => {
    const problems = (text: string) => {
      const r = parseNotice(text);
      return r.ok ? [] : r.problems.map((p) => p.message);
    };
    const title = '國務院辦公廳關於2026年部分節假日安排的通知\n';
    expect(problems(`${title}一、勞動節：5月1日（週四）放假。`)).toEqual([M.weekday('5月1日(周四)', '周四', '2026-05-01', '周五')]);
    for (const calendarWord of ['農曆', '農歷'])
      expect(problems(`${title}一、春節：2月16日（${calendarWord}臘月廿八）放假。`)).toEqual([
        M.lunar('2月16日(农历腊月廿八)', '农历腊月廿八', '2026-02-16'),
      ]);
  });
});

describe('parseNotice — a notice of one holiday', () => {
  it.each([
    ['端午节', '6月19日至21日'],
    ['中秋节', '9月25日至27日'],
    ['国庆节', '10月1日至7日'],
  ])('names its unlabelled days after the holiday in its title (%s)', (holiday, range) => {
    const r = parseNotice(`国务院办公厅关于2026年${holiday}放假安排的通知\n${range}放假。`);
    expect(r.ok && [...new Set(r.notice.days.map((d) => d.holiday))]).toEqual([holiday]);
  });
});
