import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import { SettingsSchema } from '../../../core/settings/schema';
import { buildNotice, NoticeContext } from '../../../reports/documents/notices/model';
import { buildTransferSheet } from '../../../reports/documents/transfer/model';
import { defaultGroundCheck, DocumentBlockedError, missingOfficeData } from '../../../reports/documents/preconditions';
import { application, d, OFFICE, sampleApplications, sampleCatalogue, SETTINGS } from './fixtures';

const ctx: NoticeContext = {
  settings: SETTINGS,
  calendar: WorkCalendar.standard(),
  preset: loadPreset('national'),
  today: d('2025-10-28'),
};
const [extended] = sampleApplications();
const blockedBy = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof DocumentBlockedError) return e.problems.map((p) => `${p.code}:${p.field}`);
    throw e;
  }
  return [];
};

describe('document preconditions', () => {
  it('recognises the lawful grounds (core lawfulGround) and rejects words that only sound like one', () => {
    expect(defaultGroundCheck('属于国家秘密')).toEqual({ row: 'deny_secret', article: '条例第十四条' });
    expect(defaultGroundCheck('涉及商业秘密')).toEqual({ row: 'deny_3rdparty', article: '条例第十五条' });
    expect(defaultGroundCheck('过程性信息')).toEqual({ row: 'deny_process', article: '条例第十六条第二款' });
    // 信息不存在 is an answer of its own (无法提供), not a reason to refuse
    for (const word of ['暂时无法公开', '按本科室内部规定不公开', '领导要求暂不公开', '领导不同意公开', '信息不存在']) {
      expect(defaultGroundCheck(word)).toEqual({ unlawful: expect.stringContaining(`“${word}”`) });
    }
  });

  it('asks for exactly the office data the wording prints, and the 机关代字 only when the 文号 pattern uses it', () => {
    const blank = SettingsSchema.parse({}).office;
    const keys = (texts: string[], pattern?: string) => missingOfficeData(blank, '告知书', texts, pattern).map((f) => f.field);
    expect(keys(['联系地址：{地址}（邮编：{邮编}）'], '{机关代字}公延〔{yyyy}〕{seq}号')).toEqual([
      'office.abbreviation',
      'office.address',
      'office.postcode',
    ]);
    expect(keys(['{申请人}：'], '公延〔{yyyy}〕{seq}号')).toEqual([]);
    expect(missingOfficeData(OFFICE, '告知书', ['{机关名称}{地址}{电话}'], '{机关代字}公复〔{yyyy}〕{seq}号')).toEqual([]);
  });

  it('an extension needs the original period still running and a new date not yet past', () => {
    // 2025-017: received 2025-09-26, due 2025-10-30, told 2025-10-28, new due 2025-11-27
    expect(blockedBy(() => buildNotice(extended, 'extension', ctx))).toEqual([]);
    expect(blockedBy(() => buildNotice(extended, 'extension', { ...ctx, today: d('2025-11-28') }))).toEqual([
      'document.extension.past:extensionNoticeDate',
    ]);
    expect(blockedBy(() => buildNotice({ ...extended, extensionNoticeDate: d('2025-10-31') }, 'extension', ctx))).toEqual([
      'document.extension.late:extensionNoticeDate',
    ]);
    expect(blockedBy(() => buildNotice({ ...extended, extensionDays: 25 }, 'extension', ctx))).toEqual([
      'document.extension.tooLong:extensionDays',
    ]);
    const pending = application({ appNo: '2025-060', receivedDate: d('2025-09-26'), applicantType: '自然人', applicantName: '钱多' });
    // not sent yet: dated today, so a request on the last day of the period passes and the next day does not
    expect(blockedBy(() => buildNotice(pending, 'extension', { ...ctx, today: d('2025-10-30') }))).toEqual([]);
    expect(blockedBy(() => buildNotice(pending, 'extension', { ...ctx, today: d('2025-10-31') }))).toEqual([
      'document.extension.late:extensionNoticeDate',
    ]);
  });

  it('a draft is made anyway, marked as one, with the unmet conditions among its findings', () => {
    const m = buildNotice(extended, 'extension', { ...ctx, today: d('2026-01-05'), draft: true });
    expect(m.draft).toBe(true);
    expect(m.findings.map((f) => `${f.severity}:${f.code}`)).toEqual(
      expect.arrayContaining(['error:document.extension.past', 'info:document.draft']),
    );
  });

  it('a transfer sheet needs the 移交单位; the draft flag passes on to the 确认单 model', () => {
    const blank = { ...OFFICE, name: '' };
    expect(
      blockedBy(() => buildTransferSheet(sampleCatalogue(), { recipient: '档案馆', transferDate: d('2026-04-10'), office: blank })),
    ).toEqual(['document.office.missing:office.name']);
    const draft = buildTransferSheet(sampleCatalogue(), { recipient: '档案馆', transferDate: d('2026-04-10'), office: blank, draft: true });
    expect(draft.draft).toBe(true);
    expect(buildTransferSheet(sampleCatalogue(), { recipient: '档案馆', transferDate: d('2026-04-10'), office: OFFICE }).draft).toBe(false);
  });
});
