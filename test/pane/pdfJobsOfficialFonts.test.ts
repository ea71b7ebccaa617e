import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderPrintJob } from '../../pane/pdfJobs';
import { loadPdfFonts } from '../../cli/fonts';
import { WorkCalendar } from '../../core/calendar';
import { loadPreset } from '../../core/presets';
import { buildNotice } from '../../reports/documents/notices/model';
import type { OfficialFonts, PdfFonts } from '../../reports/render/pdf/fonts';
import { d, sampleApplications, SETTINGS } from '../reports/documents/fixtures';
import { pdfFonts } from '../helpers/pdfTools';

jest.setTimeout(120_000);

const OUT = path.resolve(__dirname, '../../test-output/pane');
const NOTO = path.resolve(__dirname, '../../node_modules/@expo-google-fonts/noto-serif-sc');
/** Stand-ins for 仿宋 and 方正小标宋 (the real ones are not free to ship): other weights of Noto Serif SC. */
const official: OfficialFonts = {
  body: { bytes: new Uint8Array(fs.readFileSync(path.join(NOTO, '300Light/NotoSerifSC_300Light.ttf'))) },
  title: { bytes: new Uint8Array(fs.readFileSync(path.join(NOTO, '900Black/NotoSerifSC_900Black.ttf'))) },
  label: '仿宋_GB2312、方正小标宋简体',
};

async function noticePdfFonts(fonts: PdfFonts, name: string): Promise<string[]> {
  const ctx = { settings: SETTINGS, calendar: WorkCalendar.standard(), preset: loadPreset('national'), today: d('2025-12-01') };
  const model = buildNotice(sampleApplications()[0]!, 'receipt', ctx);
  const file = await renderPrintJob({ kind: 'notice', models: [model] }, d('2025-12-01'), fonts);
  fs.mkdirSync(OUT, { recursive: true });
  const out = path.join(OUT, name);
  fs.writeFileSync(out, file.bytes);
  return pdfFonts(out).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
}

describe('notices in the office’s 公文 fonts where the platform found them', () => {
  it('text in the 仿宋 face and the title in the 小标宋 face the FontSource offers', async () => {
    const base = loadPdfFonts();
    const asked = jest.fn(async () => official);
    const names = await noticePdfFonts({ regular: base.regular, bold: base.bold, official: asked }, 'notice-official-fonts.pdf');
    expect(asked).toHaveBeenCalledTimes(1);
    expect(names).toEqual(expect.arrayContaining(['NotoSerifSC-Light', 'NotoSerifSC-Black']));
    expect(names).not.toContain('NotoSerifSC-Regular');
  });

  it('none found: Noto Serif SC, as before', async () => {
    const base = loadPdfFonts();
    const names = await noticePdfFonts({ regular: base.regular, bold: base.bold, official: async () => undefined }, 'notice-noto.pdf');
    expect(names).toContain('NotoSerifSC-Regular');
    expect(names).not.toContain('NotoSerifSC-Light');
  });
});
