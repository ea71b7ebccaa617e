import { asCalendarDate } from '../../../core/dates';
import { annualReport } from '../../../reports/statistics/annual';
import { feeSentence, formatRate } from '../../../reports/statistics/text';
import { app, register } from './builders';

const d = asCalendarDate;

describe('part 一 overview sentence', () => {
  const apps = [
    app({
      applicantType: '自然人',
      receivedDate: d('2024-12-20'),
      replyDate: d('2025-01-10'),
      resultType: '予以公开',
      resultRow: 'granted',
      computed: { status: '按期办结' },
    }),
    app({
      applicantType: '自然人',
      receivedDate: d('2025-02-01'),
      replyDate: d('2025-03-20'),
      resultType: '无法提供',
      resultRow: 'na_notheld',
      computed: { due: d('2025-03-03') },
    }),
    app({
      applicantType: '商业企业',
      receivedDate: d('2025-05-01'),
      replyDate: d('2025-05-10'),
      resultType: '部分公开',
      resultRow: 'partial',
      computed: { due: d('2025-05-29') },
    }),
    app({
      applicantType: '商业企业',
      receivedDate: d('2025-06-01'),
      replyDate: d('2025-06-10'),
      resultType: '予以公开',
      resultRow: 'granted',
    }),
    app({ applicantType: '自然人', receivedDate: d('2025-12-30') }),
    // Received (in 本年新收) but its answer names no outcome row: out of the outcomes and the rate.
    app({ applicantType: '自然人', receivedDate: d('2025-07-01'), replyDate: d('2025-07-05'), computed: { status: '按期办结' } }),
  ];
  const { model } = annualReport([register('applications', apps)], { year: 2025, office: '测试局' });

  it('states received, carried over, answered by outcome, carried forward and the on-time rate', () => {
    expect(model.text?.overview).toBe(
      '2025 年，本机关共收到政府信息公开申请 5 件，上年结转 1 件；本年度办结 4 件，其中予以公开 2 件、部分公开 1 件、无法提供 1 件；' +
        '结转下年度继续办理 1 件。按期答复 2 件，按期答复率 66.7%（另有 1 件无法判断是否按期）。',
    );
  });
  it('formats rates with one decimal', () => {
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
  });
});

describe('part 六 fee sentence', () => {
  it('says no fee was charged when there were no notices', () => {
    expect(feeSentence(2025, [app({ receivedDate: d('2025-01-01') })])).toContain('本年度未收取信息处理费');
  });
  it('counts notices and payments of the year with their amounts', () => {
    const s = feeSentence(2025, [
      app({ feeNoticeDate: d('2025-03-01'), feePaidDate: d('2025-03-05'), feeAmount: 100 }),
      app({ feeNoticeDate: d('2025-04-01'), feeAmount: 280 }),
      app({ feeNoticeDate: d('2024-12-20'), feePaidDate: d('2025-01-05'), feeAmount: 50.5 }),
      app({ feeNoticeDate: d('2025-12-20') }),
    ]);
    expect(s).toBe(
      '依据《政府信息公开信息处理费管理办法》，本年度共发出收费通知 3 件，通知金额合计 380 元（其中 1 件未登记金额）；' +
        '实际收取信息处理费 2 件，共计 150.5 元。',
    );
  });
  it('takes the amount collected from 实收金额 where recorded and names the applications closed as 逾期未缴费 (三 (六)2)', () => {
    const s = feeSentence(2025, [
      app({ feeNoticeDate: d('2025-03-01'), feePaidDate: d('2025-03-05'), feeAmount: 200, feePaidAmount: 150 }),
      app({
        feeNoticeDate: d('2025-04-01'),
        feeAmount: 1100,
        replyDate: d('2025-05-12'),
        resultType: '其他处理',
        resultRow: 'other_nofee',
      }),
    ]);
    expect(s).toBe(
      '依据《政府信息公开信息处理费管理办法》，本年度共发出收费通知 2 件，通知金额合计 1300 元；' +
        '实际收取信息处理费 1 件，共计 150 元；申请人逾期未缴费、不再处理的申请 1 件。',
    );
  });
  it('says nothing was collected when notices went unpaid', () => {
    expect(feeSentence(2025, [app({ feeNoticeDate: d('2025-03-01'), feeAmount: 60 })])).toBe(
      '依据《政府信息公开信息处理费管理办法》，本年度共发出收费通知 1 件，通知金额合计 60 元；本年度未收取信息处理费。',
    );
  });
});
