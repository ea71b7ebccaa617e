import * as fs from 'node:fs';
import * as path from 'node:path';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  overrides?: Record<string, string>;
};
const installed = (name: string) =>
  (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

// Our code reaches into these libraries' internals (cli/fonts.ts wraps pdfmake's PDFDocument.provideFont and
// reads pdfkit's font tables; renderPdf wraps pdfkit's _addInfo): an upgrade must be a deliberate change.
describe('libraries whose internals we patch', () => {
  it.each([
    ['pdfmake', pkg.dependencies.pdfmake],
    ['exceljs', pkg.dependencies.exceljs],
    ['pdfkit', pkg.overrides?.pdfkit],
  ])('%s is pinned to the exact version installed', (name, spec) => {
    expect(spec).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed(name)).toBe(spec);
  });

  it('the font object cache sits in the path pdfmake really takes: each font file is parsed once, not per document', async () => {
    await jest.isolateModulesAsync(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { default: PdfmakeDocument } = require('pdfmake/js/PDFDocument') as {
        default: { prototype: { provideFont: (...args: unknown[]) => { font?: unknown } } };
      };
      expect(typeof PdfmakeDocument.prototype.provideFont).toBe('function');
      // Count the calls that reach pdfmake's own provideFont (which makes pdfkit parse the font file).
      const own = PdfmakeDocument.prototype.provideFont;
      let parses = 0;
      PdfmakeDocument.prototype.provideFont = function (this: unknown, ...args: unknown[]) {
        parses++;
        return own.apply(this, args);
      };
      /* eslint-disable @typescript-eslint/no-require-imports -- required after the spy, in this module registry */
      const { enablePdfFontObjectCache } = require('../../cli/fonts') as typeof import('../../cli/fonts');
      const { a4Document, renderPdf } = require('../../reports/render/pdf') as typeof import('../../reports/render/pdf');
      const { asCalendarDate } = require('../../core/dates') as typeof import('../../core/dates');
      /* eslint-enable @typescript-eslint/no-require-imports */
      enablePdfFontObjectCache();
      const face = (w: string) => ({
        bytes: new Uint8Array(fs.readFileSync(require.resolve(`@expo-google-fonts/noto-serif-sc/${w}/NotoSerifSC_${w}.ttf`))),
      });
      const fonts = { regular: face('400Regular'), bold: face('700Bold') };
      const doc = () => a4Document([{ text: '政府信息公开', style: 'title' }, '正文']);
      const options = { fonts, title: '缓存', date: asCalendarDate('2025-05-06') };
      await renderPdf(doc(), options);
      const afterFirst = parses;
      await renderPdf(doc(), options);
      await renderPdf(doc(), options);
      // The first document parses regular and bold; later ones reuse them (a pdfmake that renamed or stopped
      // calling provideFont would leave the cache unused, and this count would say so).
      expect(afterFirst).toBeGreaterThanOrEqual(2);
      expect(parses).toBe(afterFirst);
    });
  });
});
