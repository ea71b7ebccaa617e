import { existsSync } from 'node:fs';
import type { Content } from 'pdfmake/interfaces';
import { loadPdfFonts } from '../../../../cli/fonts';
import { asCalendarDate } from '../../../../core/dates';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../../../core/register/types';
import { annualPdf, annualPdfDocument } from '../../../../reports/render/annual';
import { titleText } from '../../../../reports/render/annual/pdf';
import { breakBetweenWords } from '../../../../reports/render/annual/pdfTable';
import { TABLE4_CELLS, TABLE4_GROUPS } from '../../../../reports/statistics/model';
import { pageOnePng, pdfFonts, pdfInfo, pdfText, saveOutput, squeeze } from '../pdf/pdfTools';
import {
  HEADINGS,
  huaianModel,
  NOTE,
  OFFICIAL_TABLE2_LABELS,
  OFFICIAL_TABLE3_COLUMNS,
  OFFICIAL_TABLE3_LABELS,
  OFFICIAL_TABLE4_LABELS,
  uniqueModel,
} from './fixtures';

jest.setTimeout(60_000);
const date = asCalendarDate('2025-01-31');

/** Every table node of a pdfmake content tree. */
function tables(node: unknown): Array<{ dontBreakRows?: boolean; headerRows?: number; body: unknown[][] }> {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (typeof node !== 'object' || node === null) return [];
  const n = node as Record<string, unknown>;
  const own = n.table ? [n.table as { dontBreakRows?: boolean; headerRows?: number; body: unknown[][] }] : [];
  return [...own, ...tables(n.stack ?? []), ...tables(n.columns ?? [])];
}

describe('annual report PDF', () => {
  const fonts = loadPdfFonts();

  it('prints every official label, heading, the 勾稽 note, the title and the text sentences', async () => {
    const model = huaianModel();
    const { bytes, findings } = await annualPdf(model, fonts, date);
    expect(findings).toEqual([]);
    const path = saveOutput('annual-huaian-2024.pdf', bytes);
    const text = squeeze(pdfText(path, false));
    expect(text).toContain(squeeze('淮安市人民政府2024年政府信息公开工作年度报告统计表'));
    for (const label of [
      ...HEADINGS,
      NOTE,
      ...OFFICIAL_TABLE3_LABELS,
      ...OFFICIAL_TABLE3_COLUMNS,
      ...OFFICIAL_TABLE2_LABELS,
      ...OFFICIAL_TABLE4_LABELS,
    ]) {
      expect(text).toContain(squeeze(label));
    }
    expect(text).toContain(squeeze(model.text!.overview));
    expect(text).toContain(squeeze(model.text!.fees));
    expect(text).toContain('另有2件申请因数据不全未计入上表');
    expect(existsSync(pageOnePng(path, 'annual-huaian-2024-page1'))).toBe(true);
  });

  it('puts every number of tables 二, 三 and 四 in its row, in column order', async () => {
    const model = uniqueModel();
    const { bytes } = await annualPdf(model, fonts, date);
    const lines = pdfText(saveOutput('annual-unique.pdf', bytes)).split('\n');
    const lineWith = (numbers: string[]) => lines.some((l) => new RegExp(numbers.join('\\s+')).test(l));
    for (const r of TABLE3_ROWS) {
      const row = model.table3.rows[r].map(String);
      expect({ row: r, found: lineWith(row) }).toEqual({ row: r, found: true });
    }
    const t4 = TABLE4_GROUPS.flatMap((g) => TABLE4_CELLS.map((c) => String(model.table4[g][c])));
    expect(lineWith(t4)).toBe(true);
    expect(lineWith(['规章', '301', '302', '303'])).toBe(true);
    expect(lineWith(['行政规范性文件', '311', '312', '313'])).toBe(true);
    for (const [label, v] of [
      ['行政许可', '321'],
      ['行政处罚', '331'],
      ['行政强制', '332'],
      ['行政事业性收费', '3.75'],
    ]) {
      expect(lineWith([label!, v!])).toBe(true);
    }
    expect(TABLE3_COLUMNS).toHaveLength(7);
  });

  it('prints 待填, never 0 or a blank cell, for a figure of table 二 nobody gave', async () => {
    const model = uniqueModel();
    model.table2.penalty = null;
    const { bytes } = await annualPdf(model, fonts, date);
    const lines = pdfText(saveOutput('annual-blank.pdf', bytes)).split('\n');
    const penalty = lines.find((l) => l.includes('行政处罚'))!;
    expect(penalty.replace('行政处罚', '').trim()).toBe('待填');
  });

  it('is small, embeds subset fonts, carries PDF/A metadata and numbers its pages', async () => {
    const { bytes } = await annualPdf(huaianModel(), fonts, date);
    expect(bytes.length).toBeLessThanOrEqual(300 * 1024);
    const path = saveOutput('annual-huaian-2024-meta.pdf', bytes);
    for (const f of pdfFonts(path)) expect([f.name, f.embedded, f.subset]).toEqual([f.name, true, true]);
    const info = pdfInfo(path);
    expect(info.Title).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    expect(info['PDF version']).toBe('1.7');
    expect(Buffer.from(bytes).toString('utf8')).toContain('<pdfaid:part>2</pdfaid:part>');
    const pages = pdfText(path)
      .split('\f')
      .filter((p) => p.trim() !== '');
    pages.forEach((p, i) => expect(squeeze(p)).toContain(`第${i + 1}页共${pages.length}页`));
  });

  it('gives identical bytes for the same model', async () => {
    const a = await annualPdf(huaianModel(), fonts, date);
    const b = await annualPdf(huaianModel(), fonts, date);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
  });

  it('keeps rows whole and repeats table headers (every table: dontBreakRows, headerRows)', () => {
    const doc = annualPdfDocument(huaianModel());
    const found = tables(doc.content as Content);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const t of found) expect(t.dontBreakRows).toBe(true);
    const t3 = found.find((t) => t.body.length === 3 + 25)!;
    expect(t3.headerRows).toBe(3);
  });

  it('adds the per-office breakdown when the report is consolidated', async () => {
    const a = { ...uniqueModel(), office: '甲街道办事处' };
    const b = { ...uniqueModel(), office: '乙镇人民政府' };
    const model = { ...uniqueModel(), office: '某区人民政府', offices: [a, b] };
    const { bytes } = await annualPdf(model, fonts, date);
    const path = saveOutput('annual-consolidated.pdf', bytes);
    const text = pdfText(path);
    expect(squeeze(text)).toContain('分单位情况');
    const total = TABLE3_COLUMNS.indexOf('total');
    const newTotal = String(a.table3.rows.new[total]);
    const suits = String(a.table4.suitDirect.total! + a.table4.suitAfterReview.total!);
    for (const name of ['甲街道办事处', '乙镇人民政府', '合计']) {
      const line = text.split('\n').find((l) => l.includes(name) && l.includes(newTotal));
      expect(line).toBeDefined();
      expect(line).toContain(suits);
    }
  });
});

describe('annual report PDF fit to file', () => {
  /** The text of every cell of the table under `heading`, row by row. */
  function cellTexts(doc: ReturnType<typeof annualPdfDocument>, tableIndex: number): Array<Array<Record<string, unknown>>> {
    return tables(doc.content)[tableIndex]!.body as Array<Array<Record<string, unknown>>>;
  }

  it('puts a long office on its own line so the title never leaves 「计表」 alone; a short title stays one line', () => {
    expect(titleText('淮安市人民政府', 2024)).toBe('淮安市人民政府\n2024年政府信息公开工作年度报告统计表');
    expect(titleText('某局', 2024)).toBe('某局2024年政府信息公开工作年度报告统计表');
    expect(titleText('', 2024)).toBe('2024年政府信息公开工作年度报告统计表');
  });

  it('breaks narrow headers of table 三 between words (商业/企业), never inside one', () => {
    const body = cellTexts(annualPdfDocument(huaianModel()), 1);
    const headers = body
      .slice(0, 3)
      .flat()
      .map((c) => String(c.text ?? ''));
    expect(headers).toContain('商业\n企业');
    expect(headers).toContain('科研\n机构');
    expect(headers.some((h) => h.includes('商业企\n') || h.includes('\n业'))).toBe(false);
    expect(breakBetweenWords('社会公益组织', 4)).toBe('社会公益\n组织');
    expect(breakBetweenWords('总计', 4)).toBe('总计');
  });

  it('centres every single-row figure vertically and prints 待填 where table 二 has no figure', () => {
    const model = uniqueModel();
    model.table2.licensing = null;
    const doc = annualPdfDocument(model);
    const table3 = cellTexts(doc, 1);
    const figures = table3.flat().filter((c) => c.alignment === 'center' && /^\d+$/.test(String(c.text)));
    expect(figures.length).toBeGreaterThan(100);
    expect(figures.every((c) => c.verticalAlignment === 'middle')).toBe(true);
    const table2 = cellTexts(doc, 0).flat();
    expect(table2.filter((c) => c.text === '待填')).toHaveLength(1);
    expect(
      cellTexts(annualPdfDocument(uniqueModel()), 0)
        .flat()
        .some((c) => c.text === '待填'),
    ).toBe(false);
  });
});
