import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { buildTransferSheet } from '../../../reports/documents/transfer/model';
import {
  paginateRows,
  rowHeight,
  rowLines,
  titleColumnWidth,
  TRANSFER_LAYOUT,
  transferSheetDefinition,
  transferWidths,
} from '../../../reports/documents/transfer/definition';
import { transferSheetWidths } from '../../../reports/documents/transfer/sheet';
import { d, item, OFFICE, sampleCatalogue } from './fixtures';

const sheet = (records = sampleCatalogue()) =>
  buildTransferSheet(records, { recipient: '受理中心', transferDate: d('2026-04-10'), office: OFFICE });

function tables(def: ReturnType<typeof transferSheetDefinition>): ContentTable[] {
  return (def.content as object[]).filter((c): c is ContentTable => 'table' in c && (c as ContentTable).table.headerRows === 1);
}

describe('transferSheetDefinition', () => {
  it('matches the snapshot', () => {
    expect(transferSheetDefinition(sheet())).toMatchSnapshot();
  });

  it('is landscape A4 with a repeated header row and rows that never split', () => {
    const def = transferSheetDefinition(sheet());
    expect(def.pageSize).toBe('A4');
    expect(def.pageOrientation).toBe('landscape');
    for (const t of tables(def)) {
      expect(t.table.headerRows).toBe(1);
      expect(t.table.dontBreakRows).toBe(true);
      expect((t.table.body[0] as { text: string }[]).map((c) => c.text)).toEqual([
        '序号',
        '索引号',
        '信息名称',
        '文号',
        '生成日期',
        '公开属性',
        '载体',
        '页数',
        '份数',
        '备注',
      ]);
    }
  });

  it('puts the page count as the last row of each page and the pages add up to the total', () => {
    const many = Array.from({ length: 75 }, (_, i) =>
      item({
        indexNo: `X/2026-${i}`,
        title: i % 4 ? `通知${i}` : '关于印发《普陀区安全生产领域专项整治三年行动实施方案》暨加强城市运行安全管理工作的通知',
        formedDate: d('2026-01-05'),
        attribute: '主动公开',
      }),
    );
    const def = transferSheetDefinition(sheet(many));
    const ts = tables(def);
    expect(ts.length).toBeGreaterThan(2);
    const counts = ts.map((t) => {
      const last = t.table.body[t.table.body.length - 1][0] as { text: string };
      return Number(/本页 (\d+) 件/.exec(last.text)?.[1]);
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(75);
    ts.forEach((t, i) => expect(counts[i]).toBe(t.table.body.length - 2));
    expect(ts.slice(1).every((t) => t.pageBreak === 'before')).toBe(true);
  });

  it('never fills a page beyond its height by its own estimate', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      item({ title: '长'.repeat(i * 3), formedDate: d('2026-01-05'), attribute: '主动公开' }),
    );
    const m = sheet(many);
    const L = TRANSFER_LAYOUT;
    const content = L.pageHeight - L.margins[1] - L.margins[3];
    paginateRows(m.rows).forEach((page, i) => {
      const used = page.reduce((s, r) => s + rowHeight(r), 0) + (i === 0 ? L.firstPageHead : 0) + 2 * (L.lineHeight + L.rowChrome);
      if (page.length > 1) expect(used).toBeLessThanOrEqual(content);
    });
  });

  it('says 零报送 when nothing is due', () => {
    const def = transferSheetDefinition(sheet([]));
    const body = tables(def)[0].table.body as TableCell[][];
    expect(JSON.stringify(body)).toContain('零报送');
    expect(JSON.stringify(def.content)).toContain('合计 0 件');
  });
});

describe('索引号 on one line', () => {
  const long = '11310115MB2F38792X/2025-000123';
  const withLong = () =>
    sheet([...sampleCatalogue(), item({ indexNo: long, title: '长索引号的文件', formedDate: d('2026-03-01'), attribute: '主动公开' })]);

  it('widens the 索引号 column to the longest number, taking the room from 信息名称', () => {
    const model = withLong();
    const widths = transferWidths(model.rows);
    expect(widths[1]).toBeGreaterThan(TRANSFER_LAYOUT.widths[1]);
    expect(titleColumnWidth(widths)).toBeLessThan(titleColumnWidth());
    for (const row of model.rows) expect(rowLines(row, widths)[1]).toEqual([row.indexNo]);
    expect(transferWidths(sheet().rows)).toEqual([...TRANSFER_LAYOUT.widths]);
  });

  it('prints it unbroken in the PDF and gives the sheet a column as wide', () => {
    const model = withLong();
    const cells = tables(transferSheetDefinition(model)).flatMap((t) => t.table.body.map((r) => r[1] as { text?: string }));
    expect(cells.map((c) => c.text)).toContain(long);
    const [, indexWidth] = transferSheetWidths(model);
    expect(indexWidth).toBeGreaterThanOrEqual(long.length);
    expect(transferSheetWidths(model)[2]).toBeLessThan(transferSheetWidths(sheet())[2]!);
  });
});
