import { asCalendarDate } from '../../../../core/dates';
import { ApplicationRecord } from '../../../../core/register/types';
import { ApplicationFee, applicationFees, describeFee, feeBasisOf, feeByCount, feeByPages, feeSummary } from '../../../../core/rules/fees';

// Who counts as one applicant, the order inside a month, the basis and the year's edges: what the first tests left open.
let row = 2;
const app = (fields: Partial<ApplicationRecord>, received?: string): ApplicationRecord => ({
  source: { sheet: '2025年', row: row++ },
  extra: {},
  original: {},
  computed: {},
  applicantType: '自然人',
  ...(received ? { receivedDate: asCalendarDate(received) } : {}),
  ...fields,
});
const positions = (apps: ApplicationRecord[]) => {
  const fees = applicationFees(apps);
  return apps.map((a) => (fees.get(a) as ApplicationFee).position);
};

describe('feeBasisOf', () => {
  it.each([
    ['按量', '按量'],
    ['按页计收', '按量'],
    ['页', '按量'],
    ['按件', '按件'],
    ['', '按件'],
    [undefined, '按件'],
  ])('%p → %s', (feeBasis, basis) => {
    expect(feeBasisOf({ feeBasis })).toBe(basis);
  });
});

describe('applicationFees: who is one applicant', () => {
  it('the same ID number with another name is another applicant', () => {
    const id = '440524188001010014';
    expect(
      positions([app({ applicantName: '王芳', idNumber: id }, '2025-06-02'), app({ applicantName: '李明', idNumber: id }, '2025-06-03')]),
    ).toEqual([1, 1]);
  });
  it('blanks inside the name or the ID number do not make another applicant', () => {
    const apps = [
      app({ applicantName: '王 芳', idNumber: '4405 2418 8001 0100 14' }, '2025-06-02'),
      app({ applicantName: '王芳', idNumber: '440524188001010014' }, '2025-06-03'),
    ];
    expect(positions(apps)).toEqual([1, 2]);
  });
  it('a name without an ID number is still one applicant', () => {
    expect(positions([app({ applicantName: '王芳' }, '2025-06-02'), app({ applicantName: '王芳' }, '2025-06-03')])).toEqual([1, 2]);
  });
  it('an ID number without a name is still one applicant', () => {
    const id = { idNumber: '440524188001010014' };
    expect(positions([app(id, '2025-06-02'), app(id, '2025-06-03')])).toEqual([1, 2]);
  });
  it('applications with neither name nor ID number each stand alone', () => {
    expect(positions([app({}, '2025-06-02'), app({}, '2025-06-03'), app({}, '2025-06-03')])).toEqual([1, 1, 1]);
  });
});

describe('applicationFees: the order inside a month', () => {
  const wang = { applicantName: '王芳', idNumber: '440524188001010014' };
  it('is the date received, not the row', () => {
    // The later row was received first.
    const late = app(wang, '2025-06-20');
    const early = app(wang, '2025-06-02');
    expect(positions([late, early])).toEqual([2, 1]);
  });
  it('on the same day is the row', () => {
    const first = app(wang, '2025-06-02');
    const second = app(wang, '2025-06-02');
    const third = app(wang, '2025-06-02');
    expect(positions([third, first, second])).toEqual([3, 1, 2]);
  });
  it('says the basis of a 按件 fee', () => {
    const a = app(wang, '2025-06-02');
    expect(applicationFees([a]).get(a)).toEqual({
      basis: '按件',
      month: '2025-06',
      position: 1,
      computation: feeByCount(1),
      amount: 0,
    });
  });
});

describe('feeByPages', () => {
  it('names its basis and article', () => {
    expect(feeByPages(31)).toMatchObject({ basis: '按量', units: 31, amount: 10, article: '第五条' });
  });
});

describe('describeFee without a position', () => {
  it('counts the computation’s units as the place of the application', () => {
    const text = describeFee({ basis: '按件', month: '2025-06', computation: feeByCount(12), amount: 100 });
    expect(text).toContain('您于2025年6月累计提出政府信息公开申请12件，本申请为第12件');
    expect(text).toContain('本申请（第12件）应缴纳100元');
  });
});

describe('feeSummary: the edges of the year', () => {
  const on = (d: string) => asCalendarDate(d);
  it('counts a notice or payment on the first and on the last day, not the days outside', () => {
    const apps = [
      app({ feeNoticeDate: on('2025-01-01'), feeAmount: 100, feePaidDate: on('2025-12-31'), feePaidAmount: 100 }),
      app({ feeNoticeDate: on('2025-12-31'), feeAmount: 200, feePaidDate: on('2026-01-01'), feePaidAmount: 200 }),
      app({ feeNoticeDate: on('2024-12-31'), feeAmount: 400, feePaidDate: on('2024-12-31'), feePaidAmount: 400 }),
      app({ feeNoticeDate: on('2026-01-01'), feeAmount: 800 }),
    ];
    expect(feeSummary(apps, '2025-01-01', '2025-12-31')).toMatchObject({ notices: 2, noticeAmount: 300, paid: 1, paidAmount: 100 });
  });
  it('a payment with neither 实收金额 nor 收费金额 is counted as missing', () => {
    const apps = [app({ feePaidDate: on('2025-03-05') }), app({ feePaidDate: on('2025-03-06'), feePaidAmount: 50 })];
    expect(feeSummary(apps, '2025-01-01', '2025-12-31')).toMatchObject({ paid: 2, paidAmount: 50, paidAmountMissing: 1 });
  });
});
