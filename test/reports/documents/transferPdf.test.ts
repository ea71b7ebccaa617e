import { buildTransferSheet } from '../../../reports/documents/transfer/model';
import { transferSheetDefinition } from '../../../reports/documents/transfer/definition';
import { renderPdf } from '../../../reports/render/pdf/renderPdf';
import { loadPdfFonts } from '../../../cli/fonts';
import { d, item, OFFICE, sampleCatalogue } from './fixtures';
import { pdfFonts, renderAndRead } from './pdfTools';

jest.setTimeout(60_000);

const options = { recipient: '档案馆' as const, transferDate: d('2026-04-10'), office: OFFICE, receiverName: '上海市普陀区档案馆' };

describe('transfer sheet PDF', () => {
  it('prints the header block, exactly the selected items, the totals and the signature block', async () => {
    const model = buildTransferSheet(sampleCatalogue(), options);
    const pdf = await renderAndRead(transferSheetDefinition(model), 'transfer-sheet');
    for (const phrase of [
      '政府信息移交表',
      '移交单位：上海市普陀区应急管理局',
      '接收单位：上海市普陀区档案馆',
      '批次号：20260410-DA',
      '移交日期：2026年4月10日',
      '序号索引号信息名称文号生成日期公开属性载体页数份数备注',
      '合计4件（主动公开4件）',
      '移交人：',
      '联系电话：021-52564588',
      '接收人：',
      '接收日期：',
      '（移交单位盖章）',
      '第1页共1页',
      '本页4件',
    ]) {
      expect(pdf.flat).toContain(phrase);
    }
    const listed = [...pdf.flat.matchAll(/MB2F1234X\/\d{4}-\d{5}/g)].map((m) => m[0]);
    expect(listed).toEqual(model.rows.map((r) => r.indexNo));
    expect(pdf.flat).toMatch(/废止；由.{0,4}2026年新办法替代/);
    expect(pdf.flat).not.toContain('关于做好春节期间安全生产工作的通知'); // delivered already
    expect(pdf.flat).not.toContain('约谈记录'); // 不予公开: not for the archives
  });

  it('repeats the header on every page and the count printed on each page matches the rows on it', async () => {
    const many = Array.from({ length: 90 }, (_, i) =>
      item({
        indexNo: `MB2F1234X/2026-${String(i + 1).padStart(5, '0')}`,
        title:
          i % 3
            ? `关于开展第${i + 1}批次安全检查的通知`
            : '关于印发《普陀区安全生产领域专项整治三年行动实施方案（2026—2028年）》暨加强城市运行安全管理工作的通知',
        docNo: `普应急〔2026〕${i + 1}号`,
        formedDate: d('2026-01-05'),
        attribute: '主动公开',
        pages: 2,
      }),
    );
    const pdf = await renderAndRead(transferSheetDefinition(buildTransferSheet(many, options)), 'transfer-sheet-long');
    expect(pdf.pages.length).toBeGreaterThan(3);
    let total = 0;
    pdf.pages.forEach((page, i) => {
      const flat = page.replace(/\s+/g, '');
      expect(flat).toContain(`第${i + 1}页共${pdf.pages.length}页`);
      const count = /本页(\d+)件/.exec(flat);
      if (!count) return; // the closing block may stand on a page of its own
      expect(flat).toContain('序号索引号信息名称');
      const seqs = [...flat.matchAll(/MB2F1234X\/2026-(\d{5})/g)];
      expect(seqs.length).toBe(Number(count[1]));
      total += seqs.length;
    });
    expect(total).toBe(90);
    expect(pdf.flat).toContain('合计90件');
  });

  it('embeds subset fonts and gives identical bytes for the same input', async () => {
    const def = () => transferSheetDefinition(buildTransferSheet(sampleCatalogue(), options));
    const pdf = await renderAndRead(def(), 'transfer-sheet-again');
    const fonts = pdfFonts(pdf.file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    const again = await renderPdf(def(), { fonts: loadPdfFonts(), title: 'transfer-sheet-again', date: d('2026-04-10') });
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });
});
