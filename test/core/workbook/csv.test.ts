import { csvToGrid, parseCsv, readCsvText } from '../../web/read/csvToGrid';
import { readCsvBytes } from '../../cli/readers/csv';
import { readerMessages } from '../../cli/readers/messages';
import * as iconv from 'iconv-lite';
import { decodeText } from '../../web/read/decodeText';

describe('decodeText', () => {
  it('reads a GBK file saved by Chinese Excel as GB18030', () => {
    // "收到日期,申请人" in GBK
    const gbk = Uint8Array.from([0xca, 0xd5, 0xb5, 0xbd, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc9, 0xea, 0xc7, 0xeb, 0xc8, 0xcb]);
    expect(decodeText(gbk)).toEqual({ text: '收到日期,申请人', encoding: 'gb18030' });
  });

  it('drops a UTF-8 BOM and keeps UTF-8 without one', () => {
    const text = '申请编号,备注';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
  });
});

describe('parseCsv', () => {
  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('a,"b,1","say ""hi""\nthere"\r\nc,,d\n')).toEqual([
      ['a', 'b,1', 'say "hi"\nthere'],
      ['c', '', 'd'],
    ]);
  });

  it('detects a tab-separated export', () => {
    expect(parseCsv('编号\t日期\n1\t2025-01-02')).toEqual([
      ['编号', '日期'],
      ['1', '2025-01-02'],
    ]);
  });
});

describe('csvToGrid', () => {
  it('keeps every value as text, blanks as null, and drops trailing empty lines', () => {
    const grid = csvToGrid('编号,收到日期,备注\n001,2025/1/2,=SUM(A1)\n,,\n', '台账');
    expect(grid.sheet).toBe('台账');
    expect(grid.rows).toEqual([
      ['编号', '收到日期', '备注'],
      ['001', '2025/1/2', '=SUM(A1)'],
    ]);
    expect(grid.firstRow).toBe(1);
  });
});

describe('readCsvText', () => {
  it('warns, as the CLI reader does, about a quote that never closes', () => {
    const { grid, findings } = readCsvText('编号,备注\n1,"没有闭合\n2,后面的行', '台账');
    expect(grid.rows).toEqual([['编号', '备注'], ['1', '没有闭合\n2,后面的行']]);
    expect(findings).toEqual([expect.objectContaining({ row: 2, severity: 'warning', code: 'csv.quote.unclosed' })]);
    expect(findings[0].message).toBe(readerMessages.csvUnclosedQuote(2));
    expect(readCsvText('a,"b"\n', 'x').findings).toEqual([]);
  });

  it('finds what the CLI reader finds in a GBK file with an unclosed quote', () => {
    const bytes = iconv.encode('申请编号,备注\n1,"未闭合\n', 'gbk');
    const cli = readCsvBytes(new Uint8Array(bytes), 'S');
    expect(readCsvText(decodeText(new Uint8Array(bytes)).text, 'S')).toEqual({ grid: cli.grid, findings: cli.findings.filter((f) => f.code !== 'file.encoding.gbk') });
  });
});
