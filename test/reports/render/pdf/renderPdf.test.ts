import { existsSync, readFileSync } from 'node:fs';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfFonts } from '../../../../cli/fonts';
import { asCalendarDate } from '../../../../core/dates';
import { a4Document, borderedTable, PdfFonts, renderPdf } from '../../../../reports/render/pdf';
import { glyphTest } from '../../../../reports/render/pdf/glyphs';
import { pageOnePng, pdfFonts, pdfInfo, pdfText, saveOutput, squeeze } from './pdfTools';

jest.setTimeout(60_000);

const RARE = ['堃', '昇', '喆', '䶮', '𠮷', '镕', '赟', '玥'];
const PRIVATE_USE = '\uE000';
const date = asCalendarDate('2025-01-31');

function withoutFallback(fonts: PdfFonts): PdfFonts {
  return { regular: fonts.regular, bold: fonts.bold };
}

function longTableDoc(): TDocumentDefinitions {
  const header: TableCell[] = [
    { text: '序号', style: 'tableHeader' },
    { text: '信息名称', style: 'tableHeader' },
    { text: '公开日期', style: 'tableHeader' },
  ];
  const rows: TableCell[][] = Array.from({ length: 70 }, (_, i) => [String(i + 1), `关于第${i + 1}批政府信息公开事项的通知`, '2025-03-01']);
  return a4Document([{ text: '主动公开目录', style: 'title' }, borderedTable([header, ...rows], { widths: [40, '*', 80] })]);
}

describe('renderPdf', () => {
  const fonts = loadPdfFonts();

  it('embeds every font as a subset', async () => {
    const { bytes } = await renderPdf(a4Document([{ text: '政府信息公开', style: 'title' }, '正文 12345']), {
      fonts,
      title: '字体测试',
      date,
    });
    const list = pdfFonts(saveOutput('pdf-fonts.pdf', bytes));
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const f of list) {
      expect(f).toEqual({ name: f.name, embedded: true, subset: true });
    }
    // Subsetting keeps a page with a dozen characters far below the 14 MB font files.
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('gives byte-identical output for the same input and a different file for another date', async () => {
    const doc = longTableDoc();
    const a = await renderPdf(doc, { fonts, title: '目录', date });
    const b = await renderPdf(longTableDoc(), { fonts, title: '目录', date });
    const c = await renderPdf(longTableDoc(), { fonts, title: '目录', date: asCalendarDate('2025-02-01') });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
  });

  it('writes PDF/A-2b metadata with the title escaped in XMP and plain in the Info dictionary', async () => {
    const title = '某区政府信息公开 A&B <年报>';
    const { bytes } = await renderPdf(a4Document(['内容']), { fonts, title, author: '办公室&信息科', subject: '年报<2024>', date });
    const path = saveOutput('pdf-metadata.pdf', bytes);
    const info = pdfInfo(path);
    expect(info['PDF version']).toBe('1.7');
    expect(info.Title).toBe(title);
    expect(info.Author).toBe('办公室&信息科');
    expect(info.CreationDate).toMatch(/Jan 31 00:00:00 2025/);
    const raw = readFileSync(path).toString('utf8');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('某区政府信息公开 A&amp;B &lt;年报&gt;');
    expect(raw).toContain('办公室&amp;信息科');
    expect(raw).not.toContain('A&B <年报>');
    expect(raw).toContain('/OutputIntents');
    // PDF/A: the Info dates have their XMP twins.
    expect(raw).toContain('<xmp:CreateDate>2025-01-31T00:00:00Z</xmp:CreateDate>');
    expect(raw).toContain('<xmp:ModifyDate>2025-01-31T00:00:00Z</xmp:ModifyDate>');
  });

  it('repeats the header row on every page and numbers pages 第 X 页 共 Y 页', async () => {
    const { bytes } = await renderPdf(longTableDoc(), { fonts, title: '目录', date });
    const path = saveOutput('pdf-long-table.pdf', bytes);
    const pages = pdfText(path)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(squeeze(page)).toContain('序号信息名称公开日期');
      expect(squeeze(page)).toContain(`第${i + 1}页共${pages.length}页`);
    });
    // Every row is there exactly once.
    const all = squeeze(pages.join(''));
    for (const n of [1, 35, 70]) expect(all).toContain(`关于第${n}批政府信息公开事项的通知`);
    expect(existsSync(pageOnePng(path, 'pdf-long-table-page1'))).toBe(true);
  });

  it('draws the rare characters with the fallback font where the main font lacks them', async () => {
    const doc = a4Document([
      { text: `申请人：${RARE.join('')}`, style: 'heading' },
      borderedTable([['姓名'], [`王${RARE[4]}（${RARE[0]}）`]]),
    ]);
    const { bytes, findings } = await renderPdf(doc, { fonts, title: '生僻字', date });
    const path = saveOutput('pdf-rare-chars.pdf', bytes);
    const lacking = RARE.filter((c) => !glyphTest(fonts.regular)(c.codePointAt(0)!));
    // Noto Serif SC itself lacks 𠮷 (U+20BB7, outside GB 18030's core set).
    expect(lacking).toContain('𠮷');
    const text = squeeze(pdfText(path));
    const fallback = fonts.fallback;
    const drawable = fallback ? lacking.filter((c) => glyphTest(fallback.regular)(c.codePointAt(0)!)) : [];
    for (const c of RARE.filter((ch) => !lacking.includes(ch) || drawable.includes(ch))) {
      expect(text).toContain(c);
    }
    const reported = findings.flatMap((f) => RARE.filter((c) => f.message.includes(c)));
    expect(reported.sort()).toEqual(lacking.filter((c) => !drawable.includes(c)).sort());
    if (drawable.length > 0) {
      expect(
        pdfFonts(path)
          .map((f) => f.name)
          .some((n) => n.includes(fallback!.regular.postscriptName ?? 'CJK')),
      ).toBe(true);
    }
  });

  it('reports a character no font has as pdf.glyph.missing, naming it', async () => {
    const { findings } = await renderPdf(a4Document([`编号${PRIVATE_USE}与${RARE[4]}`]), {
      fonts: withoutFallback(fonts),
      title: '缺字',
      date,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.code).toBe('pdf.glyph.missing');
    expect(findings[0]!.message).toContain('U+E000');
    expect(findings[0]!.message).toContain('“𠮷”（U+20BB7）');
  });

  it('finds characters inside tables, stacks, inline runs and the footer', async () => {
    const doc: TDocumentDefinitions = {
      ...a4Document([{ stack: [{ text: ['甲', { text: `乙${PRIVATE_USE}`, bold: true }] }] }]),
      footer: () => ({ text: `页脚\uE001` }),
    };
    const { findings } = await renderPdf(doc, { fonts: withoutFallback(fonts), title: '遍历', date });
    expect(findings[0]!.message).toContain('U+E000');
    expect(findings[0]!.message).toContain('U+E001');
  });
});

describe('renderPdf watermark and background', () => {
  const fonts = loadPdfFonts();

  it('reports a watermark character the main font lacks even when a fallback font has it', async () => {
    const { findings } = await renderPdf(
      { ...a4Document(['正文']), watermark: { text: `样张${RARE[4]}`, opacity: 0.1 } },
      {
        fonts,
        title: '水印',
        date,
      },
    );
    expect(findings.map((f) => f.code)).toEqual(['pdf.glyph.missing']);
    expect(findings[0]!.message).toContain('U+20BB7');
  });

  it('checks the characters of a dynamic background', async () => {
    const { findings } = await renderPdf(
      { ...a4Document(['正文']), background: () => ({ text: `底纹${PRIVATE_USE}` }) },
      {
        fonts: withoutFallback(fonts),
        title: '背景',
        date,
      },
    );
    expect(findings[0]!.message).toContain('U+E000');
  });
});
