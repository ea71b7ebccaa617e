import { readFileSync } from 'node:fs';
import { enablePdfFontObjectCache } from '../../../../cli/fonts';
import { asCalendarDate } from '../../../../core/dates';
import { a4Document, borderedTable, PdfFonts, renderPdf } from '../../../../reports/render/pdf';
import { pdfFonts, saveOutput } from './pdfTools';

jest.setTimeout(60_000);

function fontsFromDisk(): PdfFonts {
  const face = (w: string) => ({
    bytes: new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-serif-sc/${w}/NotoSerifSC_${w}.ttf`))),
  });
  return { regular: face('400Regular'), bold: face('700Bold') };
}

const doc = () =>
  a4Document([
    { text: '政府信息公开申请答复书', style: 'title' },
    {
      text: ['正文', { text: '粗体', bold: true }, { text: '斜体映射为常规', italics: true }, { text: '粗斜', bold: true, italics: true }],
    },
    borderedTable([
      ['序号', '名称'],
      ['1', '关于印发某某办法的通知'],
    ]),
  ]);

describe('enablePdfFontObjectCache', () => {
  it('keeps the bytes identical to pdfkit parsing the fonts itself, and embeds each font once', async () => {
    const fonts = fontsFromDisk();
    const options = { fonts, title: '缓存', date: asCalendarDate('2025-05-06') };
    const plain = await renderPdf(doc(), options);
    enablePdfFontObjectCache();
    const first = await renderPdf(doc(), options);
    const second = await renderPdf(doc(), options);
    expect(Buffer.from(first.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
    expect(Buffer.from(second.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
    const names = pdfFonts(saveOutput('pdf-font-cache.pdf', second.bytes)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names.sort()).toEqual(['NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
  });
});
