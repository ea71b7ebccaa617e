import { zlibSync } from 'fflate';
import { MonthlySeriesPoint } from '../../statistics/monthly';
import { ChartSize, monthlyChartMarks } from './chart';

/** Pixels per point: the image is drawn at twice its printed size so it stays sharp on paper. */
const SCALE = 2;
const WHITE = [0xff, 0xff, 0xff] as const;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGB image encoded as PNG (8-bit truecolour, no filter): what exceljs embeds in a sheet. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The 12-month chart as a PNG for the monthly workbook (exceljs cannot write Excel charts): the same
 * grid lines and bars as the PDF's SVG, rasterised; the figures stay in the cells beside it.
 */
export function monthlyChartPng(
  series: readonly MonthlySeriesPoint[],
  size?: ChartSize,
): { png: Uint8Array; width: number; height: number; axisMax: number } {
  const { marks, plotWidth, axisMax } = monthlyChartMarks(series, size);
  const margin = 4;
  const plotHeight = size?.height ?? 160;
  const width = Math.ceil((plotWidth + 2 * margin) * SCALE);
  const height = Math.ceil((plotHeight + 2 * margin) * SCALE);
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels.set(WHITE, i);
  const fill = (x0: number, y0: number, x1: number, y1: number, color: string) => {
    const c = rgb(color);
    const [left, top] = [Math.max(0, Math.round((x0 + margin) * SCALE)), Math.max(0, Math.round((y0 + margin) * SCALE))];
    const [right, bottom] = [Math.min(width, Math.round((x1 + margin) * SCALE)), Math.min(height, Math.round((y1 + margin) * SCALE))];
    for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) pixels.set(c, (y * width + x) * 3);
  };
  for (const m of marks) {
    if (m.shape === 'line') {
      // At least one pixel wide: thin rules vanish when rounded.
      const half = Math.max(m.width, 1 / SCALE) / 2;
      fill(Math.min(m.x1, m.x2) - half, Math.min(m.y1, m.y2) - half, Math.max(m.x1, m.x2) + half, Math.max(m.y1, m.y2) + half, m.color);
    } else fill(m.x, m.y, m.x + m.width, m.y + m.height, m.color);
  }
  return { png: encodePng(width, height, pixels), width, height, axisMax };
}
