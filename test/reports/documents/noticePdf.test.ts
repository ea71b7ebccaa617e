import { WorkCalendar } from '../../../core/calendar';
import { loadPreset } from '../../../core/presets';
import { ApplicationRecord } from '../../../core/register/types';
import { NOTICE_KINDS, NoticeKind } from '../../../reports/documents/notices/kinds';
import { buildNotice, NoticeContext } from '../../../reports/documents/notices/model';
import { noticeDefinition } from '../../../reports/documents/notices/definition';
import { d, sampleApplications, SETTINGS } from './fixtures';
import { pdfFonts, renderAndRead } from './pdfTools';
import { renderPdf } from '../../../reports/render/pdf/renderPdf';
import { loadPdfFonts } from '../../../cli/fonts';

jest.setTimeout(120_000);

const ctx: NoticeContext = {
  settings: SETTINGS,
  calendar: WorkCalendar.standard(),
  preset: loadPreset('national'),
  today: d('2025-12-01'),
  thirdParty: '上海某某仓储有限公司',
};
const [extended, corrected, consulted, charged] = sampleApplications();

/** Which application each notice is printed for, and what the printed text must contain. */
const CASES: Record<NoticeKind, { app: ApplicationRecord; row?: Partial<ApplicationRecord>; expect: string[] }> = {
  receipt: {
    app: extended,
    expect: [
      '政府信息公开申请登记回执',
      '普应急公收〔2025〕17号',
      '3101**********0017',
      '收到申请日期2025年9月26日',
      '2025年10月30日前作出答复',
      '第三十三条',
    ],
  },
  correction: {
    app: corrected,
    expect: ['补正告知书', '普应急公补〔2025〕21号', '2025年2月20日前', '15个工作日内', '视为放弃申请', '第三十条'],
  },
  extension: {
    app: extended,
    expect: ['延期答复告知书', '原答复期限为2025年10月30日', '延长20个工作日', '2025年11月27日前作出答复', '工作机构负责人同意'],
  },
  consult: { app: consulted, expect: ['征求第三方意见书', '上海某某仓储有限公司：', '15个工作日内', '第三十二条', '逾期未提出意见'] },
  consultNotice: {
    app: consulted,
    expect: ['征求意见告知书', '2025年5月6日书面征求第三方的意见', '不计算在答复期限内', '第三十三条第三款'],
  },
  fee: {
    app: charged,
    expect: ['收费通知书', '人民币1100元', '按量计收', '第101—120页20页×20元=400元', '次日起20个工作日内', '109号', '视为放弃申请'],
  },
  delay: {
    app: extended,
    row: { delayToDate: d('2025-12-31'), delayNoticeDate: d('2025-10-20') },
    expect: ['延迟答复告知书', '普应急公迟〔2025〕17号', '第三十五条', '2025年12月31日前作出答复'],
  },
  granted: { app: extended, expect: ['答复书', '决定予以公开', '第三十六条第（一）项', '60日内', '6个月内'] },
  published: {
    app: extended,
    row: { accessRoute: '普陀区人民政府门户网站“政府信息公开—法定主动公开内容—规划信息”栏目' },
    expect: ['已经主动公开', '第三十六条第（一）项', '获取该政府信息的方式和途径', '规划信息”栏目', '60日内'],
  },
  partial: {
    app: consulted,
    expect: ['区分处理', '第三十七条', '商业秘密', '应当先向行政复议机关申请行政复议', '第二十三条第一款第（四）项'],
  },
  denied: {
    app: extended,
    expect: [
      '普应急公复〔2025〕17号',
      '过程性信息',
      '决定不予公开',
      '第三十六条第（三）项',
      '应当先向行政复议机关申请行政复议',
      '2025年11月20日',
    ],
  },
  notheld: { app: corrected, expect: ['不掌握相关政府信息', '第三十六条第（四）项', '6个月内'] },
  notours: {
    app: corrected,
    row: { responsibleAgency: '上海市普陀区规划和自然资源局', responsibleContact: '021-52564000（上海市普陀区大渡河路1668号）' },
    expect: ['不属于本机关负责公开', '第三十六条第（五）项', '上海市普陀区规划和自然资源局', '021-52564000', '60日内', '6个月内'],
  },
  create: { app: extended, expect: ['没有您所申请的现成信息', '第三十八条'] },
  unclear: { app: corrected, expect: ['2025年1月24日告知您对申请内容作出补正', '补正后的申请内容仍不明确', '第三十条'] },
  petition: { app: extended, expect: ['信访、投诉、举报', '第三十九条第一款'] },
  repeat: { app: extended, expect: ['不予重复处理', '第三十六条第（六）项'] },
  publication: { app: extended, expect: ['公开出版物', '第三十九条第二款'] },
  mass: { app: extended, expect: ['明显超过合理范围', '第三十五条'] },
  confirm: { app: extended, expect: ['确认或者重新出具'] },
  nocorrect: { app: corrected, expect: ['逾期未补正', '2025年1月24日书面告知'] },
  nofee: { app: charged, expect: ['2025年6月20日向您发出收费通知书', '逾期未按收费通知的要求缴纳'] },
  other: { app: extended, row: { resultReason: '申请人书面撤回申请，本机关终止办理' }, expect: ['申请人书面撤回申请，本机关终止办理'] },
};

const COMMON = ['上海市普陀区应急管理局', '联系地址：上海市普陀区大渡河路1668号', '联系电话：021-52564588', '（盖章）'];

describe('notice PDFs', () => {
  it.each(NOTICE_KINDS.map((k) => [k]))('%s: prints its required elements, office data and seal', async (kind) => {
    const c = CASES[kind as NoticeKind];
    // An extension notice is printed on the day the register says it went out (its period still runs).
    const model = buildNotice({ ...c.app, ...c.row }, kind as NoticeKind, kind === 'extension' ? { ...ctx, today: d('2025-10-28') } : ctx);
    const pdf = await renderAndRead(noticeDefinition(model), `notice-${kind}`);
    for (const phrase of [...c.expect, ...COMMON, model.number]) expect(pdf.flat).toContain(phrase.replace(/\s+/g, ''));
    expect(pdf.flat).not.toContain('310104198001010017');
    if (kind !== 'receipt') expect(pdf.flat).not.toMatch(/\d{4}\*+\d{3}[\dX]/);
    if (kind === 'consult') expect(pdf.flat).not.toContain('上海某某建设工程有限公司');
    expect(pdf.pages.length).toBe(1);
  });

  it('batches several notices, each on its own page, with embedded subset fonts', async () => {
    const models = [extended, corrected, consulted].map((a) => buildNotice(a, 'reply', ctx));
    const pdf = await renderAndRead(noticeDefinition(models), 'notice-batch');
    expect(pdf.pages.length).toBe(3);
    expect(pdf.pages[1].replace(/\s+/g, '')).toContain('普应急公复〔2025〕21号');
    expect(pdfFonts(pdf.file).every((f) => f.embedded && f.subset)).toBe(true);
    const again = await renderPdf(noticeDefinition(models), { fonts: loadPdfFonts(), title: 'notice-batch', date: d('2026-04-10') });
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  it('matches the snapshot of its definition', () => {
    expect(noticeDefinition(buildNotice(extended, 'reply', ctx))).toMatchSnapshot();
  });
});
