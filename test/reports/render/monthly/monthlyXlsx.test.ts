import ExcelJS from 'exceljs';
import { MONTHLY_TABLE_TOP_ROW, MONTHLY_TEXT, monthlyXlsx } from '../../../../reports/render/monthly';
import { saveOutput } from '../pdf/pdfTools';
import { marchModel } from './fixtures';
import { unzlibSync } from 'fflate';
import { monthlyChartMarks } from '../../../../reports/render/monthly/chart';
import { monthlyChartPng } from '../../../../reports/render/monthly/chartPng';

describe('monthly report .xlsx', () => {
  it('writes the per-department table with merged group headers, numbers as numbers and the notes', async () => {
    const model = marchModel();
    const bytes = await monthlyXlsx(model);
    saveOutput('monthly-2025-03.xlsx', bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(MONTHLY_TEXT.sheet)!;
    const top = MONTHLY_TABLE_TOP_ROW;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining([`A${top}:A${top + 1}`, `B${top}:E${top}`, `F${top}:J${top}`, `K${top}:P${top}`]));
    expect(ws.getCell(`A${top}`).value).toBe('承办科室');
    const first = ws.getRow(top + 2);
    expect(first.getCell(1).value).toBe('办公室');
    expect(first.getCell(2).value).toBe(101);
    expect(first.getCell(4).value).toBe(0.875);
    expect(first.getCell(4).numFmt).toBe('0.0%');
    expect(first.getCell(16).value).toBe(125);
    const planning = ws.getRow(top + 3);
    expect(planning.getCell(10).value).toBeNull(); // unknown on-time rate stays blank
    expect(ws.getRow(top + 5).getCell(1).value).toBe('合计');
    expect(ws.getRow(top + 6).getCell(1).value).toBe('本年累计');
    const all: string[] = [];
    ws.eachRow((r) =>
      r.eachCell((c) => {
        if (typeof c.value === 'string') all.push(c.value);
      }),
    );
    for (const n of model.notes) expect(all).toContain(n);
    const series = wb.getWorksheet(MONTHLY_TEXT.seriesSheet)!;
    expect(series.getRow(3).values).toEqual([undefined, '2025-01', 12, 9]);
    expect(series.getRow(14).getCell(1).value).toBe('2025-12');
  });
});

describe('monthly report .xlsx dates', () => {
  it('dates the workbook as asked (the CLI and the pane: the month end), else a fixed day', async () => {
    const load = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return [wb.created.toISOString(), wb.modified.toISOString()];
    };
    expect(await load(await monthlyXlsx(marchModel(), { date: marchModel().period.to }))).toEqual([
      '2025-03-31T00:00:00.000Z',
      '2025-03-31T00:00:00.000Z',
    ]);
    expect((await load(await monthlyXlsx(marchModel())))[0]).toBe('2000-01-01T00:00:00.000Z');
  });
});

describe('the monthly chart as a picture in the workbook', () => {
  /** The RGB pixel at (x, y) of an unfiltered 8-bit RGB PNG. */
  function pixelAt(png: Uint8Array, x: number, y: number): [number, number, number] {
    const view = new DataView(png.buffer, png.byteOffset);
    const width = view.getUint32(16);
    const idat: Uint8Array[] = [];
    for (let at = 8; at < png.length;) {
      const length = view.getUint32(at);
      const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
      if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = unzlibSync(Buffer.concat(idat));
    const i = y * (width * 3 + 1) + 1 + x * 3;
    return [raw[i]!, raw[i + 1]!, raw[i + 2]!];
  }

  it('draws each month’s two bars in their colours, as tall as their figures, on white', () => {
    const model = marchModel();
    const { png, width, height, axisMax } = monthlyChartPng(model.series);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const { marks } = monthlyChartMarks(model.series);
    const bars = marks.filter((m) => m.kind === 'received' || m.kind === 'answered');
    expect(bars).toHaveLength(24);
    for (const bar of bars) {
      if (bar.shape === 'line' || bar.height <= 2) continue;
      const x = Math.round((bar.x + bar.width / 2 + 4) * 2);
      const y = Math.round((bar.y + bar.height - 2 + 4) * 2);
      expect(pixelAt(png, x, y)).toEqual(bar.kind === 'received' ? [0x2f, 0x55, 0x97] : [0xc5, 0x5a, 0x11]);
      // Just above the bar's top: white or a grid line, never the bar's colour.
      expect(pixelAt(png, x, Math.round((bar.y + 4) * 2) - 3)).not.toEqual(
        bar.kind === 'received' ? [0x2f, 0x55, 0x97] : [0xc5, 0x5a, 0x11],
      );
    }
    expect(pixelAt(png, width - 2, 2)).toEqual([255, 255, 255]);
    expect(height).toBe(336);
    expect(axisMax).toBeGreaterThanOrEqual(Math.max(...model.series.map((p) => Math.max(p.received, p.answered))));
  });

  it('puts the picture on the series sheet beside its figures, with a legend and the unit', async () => {
    const model = marchModel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await monthlyXlsx(model)) as unknown as ArrayBuffer);
    const series = wb.getWorksheet(MONTHLY_TEXT.seriesSheet)!;
    const images = series.getImages();
    expect(images).toHaveLength(1);
    expect(images[0]!.range.tl.col).toBeGreaterThanOrEqual(3);
    const media = (wb.model as unknown as { media: Array<{ extension: string; buffer: Buffer }> }).media;
    expect(media[0]!.extension).toBe('png');
    expect(Buffer.from(media[0]!.buffer).equals(Buffer.from(monthlyChartPng(model.series).png))).toBe(true);
    const texts: string[] = [];
    series.eachRow((r) => r.eachCell((c) => void texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['收到', '办结']));
    expect(texts.some((t) => t.startsWith('单位：件；每格'))).toBe(true);
    expect(wb.getWorksheet(MONTHLY_TEXT.sheet)!.getImages()).toHaveLength(0);
  });
});
