import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import { NOTICE_KINDS, noticeKindOf } from '../../../reports/documents/notices/kinds';
import { buildNotice, NoticeContext, NoticeError, replyKindOf } from '../../../reports/documents/notices/model';
import { DocumentBlockedError } from '../../../reports/documents/preconditions';
import { formatNoticeNumber, seqFromAppNo } from '../../../reports/documents/notices/numbering';
import { defaultNoticeTemplates, parseNoticeTemplates, withTemplateOverrides } from '../../../reports/documents/notices/templates';
import { application, d, sampleApplications, SETTINGS } from './fixtures';

const ctx: NoticeContext = {
  settings: SETTINGS,
  calendar: WorkCalendar.standard(),
  preset: loadPreset('national'),
  today: d('2025-12-01'),
};
const [extended, corrected, consulted, charged] = sampleApplications();
const text = (m: { paragraphs: string[]; remedy: string[] }) => [...m.paragraphs, ...m.remedy].join('\n');
// An extension notice is issued only while its period runs: print it on the day the register says it went out.
const onExtensionDay = { ...ctx, today: d('2025-10-28') };

describe('notice templates', () => {
  it('has a valid template for every kind', () => {
    const t = defaultNoticeTemplates();
    expect(Object.keys(t.notices).sort()).toEqual([...NOTICE_KINDS].sort());
  });
  it('rejects wording with an unknown placeholder, naming it', () => {
    expect(() => withTemplateOverrides({ notices: { receipt: { body: ['收到{申请日期}'] } } }, 'office.json')).toThrow(
      /未知的占位符 \{申请日期\}/,
    );
    expect(() => parseNoticeTemplates({ common: defaultNoticeTemplates().common, notices: {} }, 'x')).toThrow(/缺少文书模板 receipt/);
  });
  it('lets an office change one notice and keeps the others', () => {
    const t = withTemplateOverrides({ notices: { correction: { periodWorkdays: 10 } } }, 'office.json');
    const m = buildNotice(corrected, 'correction', { ...ctx, templates: t });
    expect(m.values.补正工作日).toBe('10');
    expect(t.notices.receipt).toEqual(defaultNoticeTemplates().notices.receipt);
  });
});

describe('numbering', () => {
  it('fills the configurable pattern', () => {
    expect(formatNoticeNumber('{机关代字}公复〔{yyyy}〕{seq}号', { abbreviation: '普应急', year: 2026, seq: 7 })).toBe(
      '普应急公复〔2026〕7号',
    );
    expect(formatNoticeNumber('{机关代字}〔{yyyy}〕第{seq:03}号-{申请编号}', { abbreviation: '普', year: 2025, seq: 7, appNo: 'A9' })).toBe(
      '普〔2025〕第007号-A9',
    );
  });
  it('takes the default sequence from the 申请编号', () => {
    expect(seqFromAppNo('2025-017')).toBe(17);
    expect(seqFromAppNo('普应急依申请〔2025〕第8号')).toBe(8);
    expect(seqFromAppNo('无编号')).toBeUndefined();
  });
  it('numbers answers with settings.noticeNumberPattern and procedural notices with their own', () => {
    expect(buildNotice(extended, 'reply', ctx).number).toBe('普应急公复〔2025〕17号');
    expect(buildNotice(extended, 'extension', onExtensionDay).number).toBe('普应急公延〔2025〕17号');
    expect(
      buildNotice(extended, 'reply', {
        ...ctx,
        seq: 3,
        settings: { ...SETTINGS, noticeNumberPattern: '{机关代字}信复字〔{yyyy}〕{seq:02}号' },
      }).number,
    ).toBe('普应急信复字〔2025〕03号');
  });
});

describe('buildNotice dates from the clock', () => {
  it('receipt: due 20 working days after receipt, counting the make-up workdays (§2.3 vector)', () => {
    const m = buildNotice(extended, 'receipt', ctx);
    expect(m.values.答复期限).toBe('2025年10月30日');
    expect(m.fields).toContainEqual(['答复期限', '2025年10月30日前']);
    expect(m.fields).toContainEqual(['证件号码', '3101**********0017']);
    expect(m.date).toBe('2025-09-26');
  });
  it('extension: states the original and the new deadline (+20 working days)', () => {
    const m = buildNotice(extended, 'extension', onExtensionDay);
    expect(m.values).toMatchObject({ 原答复期限: '2025年10月30日', 新答复期限: '2025年11月27日', 延长工作日: '20' });
    expect(text(m)).toContain('答复期限延长20个工作日，本机关将于2025年11月27日前作出答复');
  });
  it('correction: states the period and warns when the notice came later than 7 working days', () => {
    const m = buildNotice(corrected, 'correction', ctx);
    // 2025-01-24 + 15 WD: 01-26 (Sun, make-up) and 02-08 (Sat, make-up) count, 01-28..02-04 are off
    expect(m.values.补正期限).toBe('2025年2月20日');
    expect(m.findings.map((f) => f.code)).not.toContain('document.correction.late');
    const late = buildNotice({ ...corrected, correctionNoticeDate: d('2025-02-06') }, 'correction', ctx);
    expect(late.findings.map((f) => f.code)).toContain('document.correction.late');
  });
  it('extension counts the consultation pause into the original deadline', () => {
    const m = buildNotice({ ...consulted, extensionDays: 10, extensionNoticeDate: d('2025-06-05') }, 'extension', {
      ...ctx,
      today: d('2025-06-05'),
    });
    // 2025-04-30 + 20 WD = 06-03 (05-01..05 and 05-31..06-02 off); the pause (05-06, 05-20] adds 10 WD
    expect(m.values.原答复期限).toBe('2025年6月17日');
  });
  it('extension reads the 征求意见记录 cell as ogi check does: two consultations, each a pause', () => {
    const app = {
      ...consulted,
      consultSentDate: undefined,
      consultReplyDate: undefined,
      consultations: '2025-05-06至2025-05-20；2025-05-26至2025-05-28',
      extensionDays: 10,
      extensionNoticeDate: d('2025-06-05'),
    };
    const m = buildNotice(app, 'extension', { ...ctx, today: d('2025-06-05') });
    // 06-03 + 10 WD for (05-06, 05-20] + 2 WD for (05-26, 05-28] = 06-19; + 10 WD of extension = 07-03
    expect(m.values).toMatchObject({ 原答复期限: '2025年6月19日', 新答复期限: '2025年7月3日' });
  });
  it('extension caps a third party that answered late at 15 working days (第三十二条)', () => {
    const app = { ...consulted, consultReplyDate: d('2025-06-10'), extensionDays: 10, extensionNoticeDate: d('2025-06-05') };
    const m = buildNotice(app, 'extension', { ...ctx, today: d('2025-06-05') });
    // the pause ends on 05-27 (05-06 + 15 WD), not on 06-10: 06-03 + 15 WD = 06-24
    expect(m.values.原答复期限).toBe('2025年6月24日');
  });
  it('extension: a consultation begun after the original due date counts once the extension, notified in time, runs', () => {
    const app = { ...extended, consultSentDate: d('2025-11-03'), consultReplyDate: d('2025-11-10') };
    const m = buildNotice(app, 'extension', onExtensionDay);
    // 10-30 stands (the clock had not been stopped by then); extended on 10-28 to 11-27, the pause (11-03, 11-10] adds 5 WD
    expect(m.values).toMatchObject({ 原答复期限: '2025年10月30日', 新答复期限: '2025年12月4日' });
  });
});

describe('buildNotice wording', () => {
  it('不予公开 carries its ground and the 复议前置 notice', () => {
    const m = buildNotice(extended, 'reply', ctx);
    expect(m.kind).toBe('denied');
    expect(text(m)).toContain('讨论记录、过程稿、磋商信函、请示报告等过程性信息');
    expect(text(m)).toContain('第二十三条第一款第（四）项');
    expect(text(m)).toContain('60日内向上海市普陀区人民政府申请行政复议');
    expect(text(m)).not.toContain('6个月内');
  });
  it('other answers carry the 60日 / 6个月 clause', () => {
    const m = buildNotice(corrected, 'reply', ctx);
    expect(m.kind).toBe('notheld');
    expect(text(m)).toContain('60日内向上海市普陀区人民政府申请行政复议，或者自收到本答复之日起6个月内向上海铁路运输法院提起行政诉讼');
  });
  it('部分公开 turns a short reason into the ground wording', () => {
    const m = buildNotice(consulted, 'reply', ctx);
    expect(m.values.不予公开理由).toContain('商业秘密、个人隐私等');
    expect(m.remedy.join()).toContain('应当先向行政复议机关申请行政复议');
  });
  it('the third party letter names neither the applicant nor the ID', () => {
    const m = buildNotice(consulted, 'consult', { ...ctx, thirdParty: '上海某某仓储有限公司' });
    const all = JSON.stringify({ ...m, values: undefined });
    expect(all).not.toContain('上海某某建设工程有限公司');
    expect(all).not.toContain('91350100');
    expect(m.salutation).toBe('上海某某仓储有限公司：');
    expect(text(m)).toContain('15个工作日内');
  });
  it('answers never print the ID number; only the receipt does, masked', () => {
    // As drafts, so that every kind is made whatever its preconditions (a fee within the free allowance …).
    for (const kind of NOTICE_KINDS) {
      const m = buildNotice(extended, kind, { ...onExtensionDay, draft: true });
      const all = JSON.stringify({ ...m, values: undefined });
      expect(all).not.toContain('310104198001010017');
      if (kind !== 'receipt') expect(all).not.toContain('3101**********0017');
    }
  });
  it('fee notice states amount, basis and payment period', () => {
    const m = buildNotice(charged, 'fee', { ...ctx, today: d('2025-06-20') });
    expect(text(m)).toContain('人民币1100元');
    expect(text(m)).toContain('次日起20个工作日内');
    expect(m.number).toBe('普应急公费〔2025〕44号');
  });
  it('leaves a blank line and a finding for a missing required value, and drops optional paragraphs', () => {
    const m = buildNotice(application({ appNo: 'X-1', receivedDate: d('2025-06-03'), content: '' }), 'granted', ctx);
    expect(m.findings.map((f) => f.field)).toEqual(expect.arrayContaining(['申请内容']));
    expect(text(m)).toContain('申请获取：“＿＿＿＿＿＿”');
    expect(m.findings.map((f) => f.code)).toContain('notice.date.today');
    expect(m.date).toBe('2025-12-01');
    const granted = buildNotice(application({ appNo: 'X-2', receivedDate: d('2025-06-03'), content: '某文件' }), 'granted', ctx);
    expect(text(granted)).not.toContain('说明：');
  });
});

describe('replyKindOf and --type words', () => {
  it('needs the reason for 无法提供 / 不予处理 / 其他处理', () => {
    expect(replyKindOf(application({ resultType: '予以公开' }))).toEqual({ kind: 'granted' });
    expect(replyKindOf(application({ resultType: '不予处理', appNo: 'A1' }))).toEqual({ error: expect.stringContaining('未写明具体情形') });
    expect(() => buildNotice(application({ appNo: 'A2', receivedDate: d('2025-01-02') }), 'reply', ctx)).toThrow(NoticeError);
  });
  it('maps Chinese names and ids', () => {
    expect(noticeKindOf('延期答复告知书')).toBe('extension');
    expect(noticeKindOf('不掌握')).toBe('notheld');
    expect(noticeKindOf('receipt')).toBe('receipt');
    expect(noticeKindOf('答复')).toBe('reply');
    expect(noticeKindOf('xyz')).toBeUndefined();
  });
});

describe('收费通知书 (109号文)', () => {
  // 王芳 files 12 applications in June 2025: the 11th and 12th cost 100 元 each (第四条).
  const wang = { applicantType: '自然人' as const, applicantName: '王芳', idNumber: '440524188001010014', content: '安全检查记录' };
  const june = Array.from({ length: 12 }, (_, i) =>
    application({ ...wang, appNo: `2025-1${String(i).padStart(2, '0')}`, receivedDate: d(`2025-06-${String(i + 2).padStart(2, '0')}`) }),
  );
  const onTime = { ...ctx, today: d('2025-06-20'), register: june };
  it('shows the 按件 computation over the applicant’s month and this application’s share', () => {
    const m = buildNotice(june[11], 'fee', onTime);
    expect(m.values.收费金额).toBe('100');
    expect(m.values.收费计算).toContain('您于2025年6月累计提出政府信息公开申请12件，本申请为第12件');
    expect(m.values.收费计算).toContain('第11—12件 2件×100元=200元，合计200元；本申请（第12件）应缴纳100元');
    expect(text(m)).toContain('次日起20个工作日内');
  });
  it('shows the 按量 computation from the pages', () => {
    const paper = { ...june[0], feeBasis: '按量', feePages: 120 };
    const m = buildNotice(paper, 'fee', { ...onTime, register: [paper] });
    expect(m.values.收费计算).toContain('第31—100页 70页×10元=700元；第101—120页 20页×20元=400元，合计1100元');
    expect(m.values.收费金额).toBe('1100');
  });
  it('refuses a fee notice within the free allowance, without the pages, or after the answer period', () => {
    const codes = (f: () => unknown) => {
      try {
        f();
        return [];
      } catch (e) {
        return (e as DocumentBlockedError).problems.map((p) => p.code);
      }
    };
    expect(codes(() => buildNotice(june[9], 'fee', onTime))).toEqual(['document.fee.free']);
    expect(codes(() => buildNotice({ ...june[0], feeBasis: '按量' }, 'fee', onTime))).toEqual(['document.fee.noPages']);
    // received 2025-06-13, due 2025-07-11; a notice dated 2025-07-14 is too late
    expect(codes(() => buildNotice({ ...june[11], feeNoticeDate: d('2025-07-14') }, 'fee', onTime))).toEqual(['document.fee.late']);
  });
  it('refuses a register amount that contradicts the computation it would print; a draft shows both', () => {
    expect(() => buildNotice({ ...june[11], feeAmount: 300 }, 'fee', onTime)).toThrow(/300 元与按件计收算出的 100 元不同/);
    expect(buildNotice({ ...june[11], feeAmount: 100 }, 'fee', onTime).values.收费金额).toBe('100');
    const draft = buildNotice({ ...june[11], feeAmount: 300 }, 'fee', { ...onTime, draft: true });
    expect(draft.findings.map((f) => f.code)).toContain('document.fee.differs');
  });
});

describe('已主动公开 and 非本机关 answers', () => {
  const base = {
    appNo: '2025-070',
    receivedDate: d('2025-11-03'),
    applicantType: '自然人' as const,
    applicantName: '刘洋',
    content: '普陀区2025年城市更新规划',
    replyDate: d('2025-11-20'),
  };
  it('reads 已主动公开 as a 予以公开 answer that says where and how to get the information', () => {
    const app = {
      ...application({ ...base, resultType: '予以公开', resultRow: 'granted', accessRoute: '普陀区人民政府门户网站“规划信息”栏目' }),
      original: { resultType: '已主动公开' },
    };
    expect(replyKindOf(app)).toEqual({ kind: 'published' });
    const m = buildNotice(app, 'reply', ctx);
    expect(text(m)).toContain('获取该政府信息的方式和途径：普陀区人民政府门户网站“规划信息”栏目');
    expect(text(m)).not.toContain('随本答复书一并提供');
    // the office's own route when the row has none
    expect(text(buildNotice({ ...app, accessRoute: undefined }, 'reply', ctx))).toContain('www.shpt.gov.cn');
  });
  it('refuses 已主动公开 without any route', () => {
    const app = application({ ...base, resultType: '予以公开', resultRow: 'granted', resultReason: '该信息已主动公开' });
    const none = { ...ctx, settings: { ...SETTINGS, office: { ...SETTINGS.office, publicAccess: '' } } };
    expect(() => buildNotice(app, 'reply', none)).toThrow(DocumentBlockedError);
    expect(() => buildNotice(app, 'reply', none)).toThrow(/获取途径/);
  });
  it('reads 非本机关 as a 不掌握-row answer naming the responsible agency and its contact, and needs both', () => {
    const app = application({
      ...base,
      resultType: '无法提供',
      resultRow: 'na_notheld',
      resultReason: '非本机关负责公开',
      responsibleAgency: '上海市普陀区规划和自然资源局',
      responsibleContact: '021-52564000',
    });
    expect(replyKindOf(app)).toEqual({ kind: 'notours' });
    expect(text(buildNotice(app, 'reply', ctx))).toContain(
      '负责公开该政府信息的行政机关为上海市普陀区规划和自然资源局，联系方式：021-52564000',
    );
    expect(() => buildNotice({ ...app, responsibleContact: undefined }, 'reply', ctx)).toThrow(/负责机关联系方式/);
    // a plain 不掌握 stays the 不掌握 wording
    expect(replyKindOf(application({ ...base, resultType: '无法提供', resultRow: 'na_notheld', resultReason: '经检索没有' }))).toEqual({
      kind: 'notheld',
    });
  });
});
