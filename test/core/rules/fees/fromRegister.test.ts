import { asCalendarDate } from '../../../../core/dates';
import { ApplicationRecord } from '../../../../core/register/types';
import { ApplicationFee, applicationFees, feeSummary } from '../../../../core/rules/fees';

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
const wang = { applicantName: '王芳', idNumber: '440524188001010014' };

describe('applicationFees', () => {
  it('counts one applicant’s applications per natural month, in date order, each paying what it adds', () => {
    // 王芳 files 12 applications in June 2025 and one on 1 July; 王芳 with another ID number is another person.
    const june = Array.from({ length: 12 }, (_, i) => app(wang, `2025-06-${String(i + 2).padStart(2, '0')}`));
    const july = app(wang, '2025-07-01');
    const namesake = app({ applicantName: '王芳', idNumber: '310104198001010017' }, '2025-06-20');
    const fees = applicationFees([...june.slice().reverse(), july, namesake]);
    const f = (a: ApplicationRecord) => fees.get(a) as ApplicationFee;
    expect(june.map((a) => f(a).position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(june.map((a) => f(a).amount)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 100]);
    expect(f(june[11]).computation.amount).toBe(200);
    expect(f(july)).toMatchObject({ month: '2025-07', position: 1, amount: 0 });
    expect(f(namesake)).toMatchObject({ position: 1, amount: 0 });
  });
  it('at the 31st 件 the price rises to 200 元', () => {
    const month = Array.from({ length: 31 }, (_, i) =>
      app({ applicantName: '某某咨询有限公司', idNumber: '91350100M000100Y43' }, `2025-03-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const fees = applicationFees(month);
    const amounts = [...fees.values()].map((v) => (v as ApplicationFee).amount).sort((a, b) => a - b);
    expect(amounts.filter((a) => a === 0)).toHaveLength(10);
    expect(amounts.filter((a) => a === 100)).toHaveLength(20);
    expect(amounts.filter((a) => a === 200)).toHaveLength(1);
  });
  it('按量 charges the application’s own pages, and needs them', () => {
    const paper = app({ ...wang, feeBasis: '按量', feePages: 120 }, '2025-06-03');
    const noPages = app({ ...wang, feeBasis: '按量计收' }, '2025-06-04');
    const fees = applicationFees([paper, noPages, app({}, undefined)]);
    expect(fees.get(paper)).toMatchObject({ basis: '按量', amount: 1100 });
    expect(fees.get(noPages)).toBe('noPages');
    expect([...fees.values()]).toContain('noReceivedDate');
  });
});

describe('feeSummary', () => {
  it('counts notices and payments of the year, collected = 实收金额 where recorded', () => {
    const apps = [
      app({ feeNoticeDate: asCalendarDate('2025-03-01'), feePaidDate: asCalendarDate('2025-03-05'), feeAmount: 200, feePaidAmount: 200 }),
      app({ feeNoticeDate: asCalendarDate('2025-04-01'), feeAmount: 1100 }),
      app({ feeNoticeDate: asCalendarDate('2024-12-20'), feePaidDate: asCalendarDate('2025-01-05'), feeAmount: 100, feePaidAmount: 80.5 }),
      app({ feeNoticeDate: asCalendarDate('2025-05-01') }),
    ];
    expect(feeSummary(apps, '2025-01-01', '2025-12-31')).toEqual({
      notices: 3,
      noticeAmount: 1300,
      noticeAmountMissing: 1,
      paid: 2,
      paidAmount: 280.5,
      paidAmountMissing: 0,
    });
  });
});
