/**
 * 信息处理费 schedules of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), both 超额累进
 * (progressive on the excess, 第三条): each band's price applies only to the units inside it.
 */

/** 按件 (per application, 第四条) or 按量 (per page, 第五条); one per application, never both (第三条). */
export type FeeBasis = '按件' | '按量';

/** One band of a progressive schedule as applied: units `from`–`to` at `unitPrice` 元. */
export interface FeeBand {
  from: number;
  to: number;
  unitPrice: number;
  units: number;
  amount: number;
}

/** A computed fee with the bands it went through (printed on the 收费通知书). */
export interface FeeComputation {
  basis: FeeBasis;
  /** 件 in the natural month (按件) or 页 of the application (按量). */
  units: number;
  amount: number;
  /** Only the bands that charge something (the free band is stated by the wording). */
  bands: FeeBand[];
  /** The article of 109号文 the schedule comes from. */
  article: string;
}

/** A schedule: [first unit, last unit (Infinity = open), price per unit]. */
type Schedule = readonly (readonly [number, number, number])[];

// 第五条: ≤30 页 free; 31–100 页 10元/页; 101–200 页 20元/页; ≥201 页 40元/页.
const PAGES: Schedule = [
  [1, 30, 0],
  [31, 100, 10],
  [101, 200, 20],
  [201, Infinity, 40],
];

/** 第四条 (三): from the 31st 件, bands of 10, each 100元/件 dearer than the one before (31–40: 200, 41–50: 300, …). */
function countBands(units: number): Schedule {
  const bands: [number, number, number][] = [
    [1, 10, 0],
    [11, 30, 100],
  ];
  for (let from = 31, price = 200; from <= units; from += 10, price += 100) bands.push([from, from + 9, price]);
  return bands;
}

function apply(basis: FeeBasis, units: number, schedule: Schedule, article: string): FeeComputation {
  const bands: FeeBand[] = [];
  let amount = 0;
  for (const [from, to, unitPrice] of schedule) {
    if (units < from) break;
    const last = Math.min(units, to);
    const inBand = last - from + 1;
    if (unitPrice > 0) bands.push({ from, to: last, unitPrice, units: inBand, amount: inBand * unitPrice });
    amount += inBand * unitPrice;
  }
  return { basis, units, amount, bands, article };
}

/**
 * 按件计收 for the `count`-th 件 of one applicant in one natural month, as the month's total.
 * @example feeByCount(35).amount //=> 3000 (20 × 100 + 5 × 200)
 */
export function feeByCount(count: number): FeeComputation {
  const n = Math.max(0, Math.floor(count));
  return apply('按件', n, countBands(n), '第四条');
}

/**
 * 按量计收 for one application of `pages` pages.
 * @example feeByPages(120).amount //=> 1100 (70 × 10 + 20 × 20)
 */
export function feeByPages(pages: number): FeeComputation {
  const n = Math.max(0, Math.floor(pages));
  return apply('按量', n, PAGES, '第五条');
}
