import type { Content } from 'pdfmake/interfaces';
import { MonthlySeriesPoint } from '../../statistics/monthly';
import { MONTHLY_TEXT as T } from './labels';

export const RECEIVED_COLOR = '#2F5597';
export const ANSWERED_COLOR = '#C55A11';

/** Chart geometry in points. */
export interface ChartSize {
  width: number;
  height: number;
  /** Left column for the y-axis figures. */
  axis: number;
}

const DEFAULT_SIZE: ChartSize = { width: 600, height: 160, axis: 30 };
const TICKS = 4;

/** The smallest "nice" axis maximum (1, 2, 5 × 10ⁿ per tick) at or above `max`, with 4 ticks. */
export function niceAxisMax(max: number): number {
  if (max <= 0) return TICKS;
  const raw = max / TICKS;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return Math.max(TICKS, Math.ceil(step) * TICKS);
}

/** A rectangle or a line of the chart, in points from the plot's top-left corner. */
export type ChartMark =
  | { shape: 'line'; kind: 'grid' | 'axis'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { shape: 'bar'; kind: 'received' | 'answered'; month: string; x: number; y: number; width: number; height: number; color: string };

/** The chart's plot as marks (grid lines, the y axis, two bars a month) and its axis maximum: SVG and PNG draw these. */
export function monthlyChartMarks(
  series: readonly MonthlySeriesPoint[],
  size: ChartSize = DEFAULT_SIZE,
): { marks: ChartMark[]; plotWidth: number; axisMax: number } {
  const plotW = size.width - size.axis;
  const h = size.height;
  const axisMax = niceAxisMax(Math.max(0, ...series.map((p) => Math.max(p.received, p.answered))));
  const groupW = plotW / 12;
  const barW = groupW * 0.32;
  const y = (v: number) => h - (v / axisMax) * h;
  const marks: ChartMark[] = [];
  for (let i = 0; i <= TICKS; i++) {
    const gy = (h * i) / TICKS;
    const base = i === TICKS;
    marks.push({
      shape: 'line',
      kind: base ? 'axis' : 'grid',
      x1: 0,
      y1: gy,
      x2: plotW,
      y2: gy,
      width: base ? 0.8 : 0.4,
      color: base ? '#000000' : '#BFBFBF',
    });
  }
  marks.push({ shape: 'line', kind: 'axis', x1: 0, y1: 0, x2: 0, y2: h, width: 0.8, color: '#000000' });
  series.slice(0, 12).forEach((p, i) => {
    const x0 = i * groupW + groupW * 0.16;
    const bar = (v: number, x: number, color: string, kind: 'received' | 'answered'): ChartMark => ({
      shape: 'bar',
      kind,
      month: p.month,
      x,
      y: y(v),
      width: barW,
      height: h - y(v),
      color,
    });
    marks.push(bar(p.received, x0, RECEIVED_COLOR, 'received'), bar(p.answered, x0 + barW + groupW * 0.04, ANSWERED_COLOR, 'answered'));
  });
  return { marks, plotWidth: plotW, axisMax };
}

/**
 * The 12-month bar chart (received vs answered) as SVG: grid lines and bars only. Text is laid out
 * by pdfmake around it, because pdfmake's SVG text cannot use fonts from its virtual file system.
 */
export function monthlyChartSvg(series: readonly MonthlySeriesPoint[], size: ChartSize = DEFAULT_SIZE): { svg: string; axisMax: number } {
  const { marks, plotWidth: plotW, axisMax } = monthlyChartMarks(series, size);
  const h = size.height;
  const parts = marks.map((m) =>
    m.shape === 'line'
      ? `<line x1="${m.x1}" y1="${m.y1.toFixed(2)}" x2="${m.x2}" y2="${m.y2.toFixed(2)}" stroke="${m.color}" stroke-width="${m.width}"/>`
      : `<rect data-kind="${m.kind}" data-month="${m.month}" x="${m.x.toFixed(2)}" y="${m.y.toFixed(2)}" width="${m.width.toFixed(2)}" height="${m.height.toFixed(2)}" fill="${m.color}"/>`,
  );
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${plotW}" height="${h}" viewBox="0 0 ${plotW} ${h}">${parts.join('')}</svg>`,
    axisMax,
  };
}

function swatch(color: string): Content {
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9" fill="${color}"/></svg>`,
    width: 9,
    margin: [0, 1, 0, 0],
  };
}

/** The chart as pdfmake content: legend, y-axis figures, the SVG plot, month labels. */
export function monthlyChart(series: readonly MonthlySeriesPoint[], size: ChartSize = DEFAULT_SIZE): Content {
  const { svg, axisMax } = monthlyChartSvg(series, size);
  const plotW = size.width - size.axis;
  const step = size.height / TICKS;
  const fontSize = 7;
  // One fixed-height row per tick; the table is raised half a line so each figure centres on its grid line.
  const yLabels: Content = {
    table: {
      widths: [size.axis - 4],
      heights: Array.from({ length: TICKS + 1 }, () => step),
      body: Array.from({ length: TICKS + 1 }, (_, i) => [
        { text: String((axisMax * (TICKS - i)) / TICKS), fontSize, alignment: 'right' as const },
      ]),
    },
    layout: {
      defaultBorder: false,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, -fontSize * 0.7, 0, -step],
  };
  return {
    stack: [
      {
        columns: [
          { width: '*', text: '' },
          swatch(RECEIVED_COLOR),
          { width: 'auto', text: T.received, fontSize: 8, margin: [0, 0, 12, 0] },
          swatch(ANSWERED_COLOR),
          { width: 'auto', text: T.answered, fontSize: 8, margin: [0, 0, 12, 0] },
          { width: 'auto', text: T.chartCaption, fontSize: 8 },
        ],
        columnGap: 3,
        margin: [0, 0, 0, 6],
      },
      {
        columns: [
          { width: size.axis, stack: [yLabels] },
          { width: plotW, svg, height: size.height },
        ],
      },
      {
        columns: [
          { width: size.axis, text: '' },
          {
            width: plotW,
            table: {
              widths: Array.from({ length: 12 }, () => '*'),
              body: [
                series
                  .slice(0, 12)
                  .map((p) => ({ text: T.monthLabel(Number(p.month.slice(5, 7))), fontSize: 8, alignment: 'center' as const })),
              ],
            },
            layout: 'noBorders',
          },
        ],
        margin: [0, 2, 0, 0],
      },
    ],
    unbreakable: true,
  };
}
