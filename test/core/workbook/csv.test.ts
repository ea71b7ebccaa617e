import * as iconv from 'iconv-lite';
import { decodeCsvBytes, detectDelimiter, parseCsv, readCsvBytes, readCsvText, workbookMessages } from '../../../core/workbook';

describe('decodeCsvBytes', () => {
  it('reads a GBK file saved by Chinese Excel as GB18030', () => {
    // "收到日期,申请人" in GBK
    const gbk = Uint8Array.from([0xca, 0xd5, 0xb5, 0xbd, 0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc9, 0xea, 0xc7, 0xeb, 0xc8, 0xcb]);
    expect(decodeCsvBytes(gbk)).toMatchObject({ text: '收到日期,申请人', encoding: 'gb18030' });
  });

  it('drops a UTF-8 BOM and keeps UTF-8 without one', () => {
    const text = '申请编号,备注';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads a UTF-8 BOM followed by GBK bytes as GB18030 and says the BOM was wrong', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...iconv.encode('申请编号,申请人\r\n2025-001,张三\r\n', 'gbk')]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.text).toBe('申请编号,申请人\r\n2025-001,张三\r\n');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.findings).toEqual([{ code: 'file.encoding.bomMismatch', severity: 'warning', message: workbookMessages.csvBomNotUtf8 }]);
  });

  it('names the encoding problem when the bytes are neither UTF-8 nor GB18030', () => {
    const decoded = decodeCsvBytes(Uint8Array.from([0x61, 0x2c, 0xff, 0xff, 0xff, 0x0a]));
    expect(decoded.findings?.[0]).toMatchObject({ code: 'file.encoding.invalid', severity: 'warning' });
    expect(decoded.findings?.[0].message).toContain('3 处');
  });
});

describe('parseCsv', () => {
  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('a,"b,1","say ""hi""\nthere"\r\nc,,d\n').rows).toEqual([
      ['a', 'b,1', 'say "hi"\nthere'],
      ['c', '', 'd'],
    ]);
  });

  it('detects a tab-separated export', () => {
    expect(parseCsv('编号\t日期\n1\t2025-01-02').rows).toEqual([
      ['编号', '日期'],
      ['1', '2025-01-02'],
    ]);
  });
});

describe('detectDelimiter', () => {
  it('takes the delimiter of the header and data rows, not of a title line above them', () => {
    const text = '某街道依申请公开登记台账;2025年度\n申请编号,收到日期,申请人\n2025-001,2025-03-05,张三\n2025-002,2025-03-06,李四\n';
    expect(detectDelimiter(text)).toBe(',');
    expect(readCsvText(text, '台账').grid.rows[1]).toEqual(['申请编号', '收到日期', '申请人']);
  });

  it('still picks semicolons when the rows use them and only the title has a comma', () => {
    expect(detectDelimiter('台账,2025\n编号;日期;申请人\n1;2025-03-05;张三\n')).toBe(';');
  });

  it('ignores delimiters inside quoted fields', () => {
    expect(detectDelimiter('编号;备注\n1;"甲,乙,丙,丁"\n2;"戊,己"\n')).toBe(';');
  });
});

describe('readCsvText', () => {
  it('keeps every value as text, blanks as null, and drops trailing empty lines', () => {
    const { grid } = readCsvText('编号,收到日期,备注\n001,2025/1/2,=SUM(A1)\n,,\n', '台账');
    expect(grid.sheet).toBe('台账');
    expect(grid.rows).toEqual([
      ['编号', '收到日期', '备注'],
      ['001', '2025/1/2', '=SUM(A1)'],
    ]);
    expect(grid.firstRow).toBe(1);
  });

  it('warns about a quote that never closes', () => {
    const { grid, findings } = readCsvText('编号,备注\n1,"没有闭合\n2,后面的行', '台账');
    expect(grid.rows).toEqual([
      ['编号', '备注'],
      ['1', '没有闭合\n2,后面的行'],
    ]);
    expect(findings).toEqual([expect.objectContaining({ row: 2, severity: 'warning', code: 'csv.quote.unclosed' })]);
    expect(findings[0].message).toBe(workbookMessages.csvUnclosedQuote(2));
    expect(readCsvText('a,"b"\n', 'x').findings).toEqual([]);
  });

  it('finds the same in a GBK file with an unclosed quote, after the encoding note', () => {
    const bytes = iconv.encode('申请编号,备注\n1,"未闭合\n', 'gbk');
    const read = readCsvBytes(new Uint8Array(bytes), 'S');
    expect(read.findings.map((f) => f.code)).toEqual(['file.encoding.gbk', 'csv.quote.unclosed']);
    expect(readCsvText(decodeCsvBytes(new Uint8Array(bytes)).text, 'S')).toEqual({ grid: read.grid, findings: read.findings.slice(1) });
  });

  it('truncates a cell over 32,767 characters, keeping its length and first characters in the finding', () => {
    const long = '长'.repeat(40_000);
    const { grid, findings } = readCsvText(`编号,内容\n1,${long}\n`, '台账');
    expect((grid.rows[1][1] as string).length).toBe(32_767);
    expect(findings).toEqual([expect.objectContaining({ row: 2, column: 'B', code: 'cell.text.tooLong', severity: 'warning' })]);
    expect(findings[0].message).toContain('40,000');
    expect(findings[0].message).toContain('长'.repeat(40));
  });
});
